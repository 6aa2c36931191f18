import { writeFileSync } from 'node:fs';
import type { GreyFrame } from '../../../shared/decoding/frame';
import { composeFrame, type Placement } from '../../support/frames/compose-frame';
import { renderCode, type LabelKind } from '../../support/frames/render-code';

/** One stretch of the fake camera's video: a picture shown for a number of seconds. */
export interface CameraShot {
  readonly frame: GreyFrame;
  readonly seconds: number;
}

export const FAKE_CAMERA_FPS = 10;

/**
 * Writes a YUV4MPEG2 (4:2:0) video that Chromium plays as a camera (--use-file-for-fake-video-capture), looping it.
 * The grey frame is the Y plane; the colour planes are neutral.
 */
export function writeY4m(file: string, shots: readonly CameraShot[], fps = FAKE_CAMERA_FPS): void {
  const first = shots[0]?.frame;
  if (first === undefined) throw new Error('A fake camera video needs at least one shot');
  const { width, height } = first;
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)];
  for (const shot of shots) {
    if (shot.frame.width !== width || shot.frame.height !== height) throw new Error('Every shot must have the same size');
    const frames = Math.max(1, Math.round(shot.seconds * fps));
    for (let i = 0; i < frames; i += 1) parts.push(Buffer.from('FRAME\n'), Buffer.from(shot.frame.data), chroma);
  }
  writeFileSync(file, Buffer.concat(parts));
}

/** A label held up to the camera: its kind, its text, and where it sits (fractions of the picture). */
export interface HeldLabel {
  readonly kind: LabelKind;
  readonly text: string;
  readonly cx?: number;
  readonly cy?: number;
  readonly module?: number;
  readonly angleDeg?: number;
}

/** A camera picture of labels (none: an empty bench), drawn by the project's own generator. */
export async function cameraPicture(labels: readonly HeldLabel[], width = 640, height = 480): Promise<GreyFrame> {
  const placements: Placement[] = [];
  for (const label of labels) {
    placements.push({ code: await renderCode(label.kind, label.text), module: label.module ?? 3, cx: label.cx ?? 0.5, cy: label.cy ?? 0.5, angleDeg: label.angleDeg ?? 0 });
  }
  return composeFrame(width, height, placements);
}

/** The Chromium flags that present a video file as the camera and accept the camera prompt. */
export function fakeCameraArgs(y4mFile: string): string[] {
  return ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${y4mFile}`];
}
