import type { GreyFrame } from '../../../shared/decoding/frame';

/** One printed code placed in a scene: its bitmap (1 px per module), the size of a module, where and at what angle. */
export interface Placement {
  readonly code: GreyFrame;
  /** Pixels per module in the frame (1 to 2 are "small modules"). */
  readonly module: number;
  /** Centre of the code, as a fraction of the frame's width and height. */
  readonly cx: number;
  readonly cy: number;
  readonly angleDeg: number;
}

/** What the camera does to the picture. */
export interface Effects {
  /** Box blur radius in pixels. */
  readonly blur?: number;
  /** Darkest and lightest grey of the print (low contrast: e.g. 110..170). */
  readonly ink?: number;
  readonly paper?: number;
  /** A bright glare spot: centre (fractions of the frame), radius (fraction of the width), strength 0..1. */
  readonly glare?: { readonly cx: number; readonly cy: number; readonly radius: number; readonly strength: number };
  /** A grey block over part of the frame (a thumb, a sticker): fractions of the frame. */
  readonly occlude?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** Sensor noise amplitude (deterministic). */
  readonly noise?: number;
}

const QUIET_MODULES = 10;

function sampleCode(code: GreyFrame, u: number, v: number): number | null {
  const x = Math.floor(u);
  const y = Math.floor(v);
  if (x < -QUIET_MODULES || y < -QUIET_MODULES || x >= code.width + QUIET_MODULES || y >= code.height + QUIET_MODULES) return null;
  if (x < 0 || y < 0 || x >= code.width || y >= code.height) return 255;
  return code.data[y * code.width + x] ?? 255;
}

/** Paints a code with supersampling (2x2), so fractional module sizes and rotations look like a camera's view. */
function paint(frame: Float32Array, width: number, height: number, place: Placement): void {
  const angle = (place.angleDeg * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = place.cx * width;
  const cy = place.cy * height;
  const halfW = ((place.code.width + 2 * QUIET_MODULES) * place.module) / 2;
  const halfH = ((place.code.height + 2 * QUIET_MODULES) * place.module) / 2;
  const reach = Math.ceil(Math.hypot(halfW, halfH));
  for (let y = Math.max(0, Math.floor(cy - reach)); y < Math.min(height, Math.ceil(cy + reach)); y += 1) {
    for (let x = Math.max(0, Math.floor(cx - reach)); x < Math.min(width, Math.ceil(cx + reach)); x += 1) {
      let sum = 0;
      let hits = 0;
      for (const [sx, sy] of [[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]] as const) {
        const dx = x + sx - cx;
        const dy = y + sy - cy;
        const u = (dx * cos + dy * sin) / place.module + place.code.width / 2;
        const v = (-dx * sin + dy * cos) / place.module + place.code.height / 2;
        const value = sampleCode(place.code, u, v);
        if (value !== null) {
          sum += value;
          hits += 1;
        }
      }
      if (hits > 0) frame[y * width + x] = (sum / 255 + (4 - hits) * (frame[y * width + x] ?? 1)) / 4;
    }
  }
}

function boxBlur(src: Float32Array, width: number, height: number, radius: number): Float32Array {
  const tmp = new Float32Array(src.length);
  const out = new Float32Array(src.length);
  const span = 2 * radius + 1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      for (let k = -radius; k <= radius; k += 1) sum += src[y * width + Math.min(width - 1, Math.max(0, x + k))] ?? 0;
      tmp[y * width + x] = sum / span;
    }
  }
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      for (let k = -radius; k <= radius; k += 1) sum += tmp[Math.min(height - 1, Math.max(0, y + k)) * width + x] ?? 0;
      out[y * width + x] = sum / span;
    }
  }
  return out;
}

/** A deterministic pseudo-random sequence (so the committed frames are the same on every run). */
function noiseAt(i: number): number {
  const s = Math.sin(i * 12.9898) * 43758.5453;
  return s - Math.floor(s) - 0.5;
}

/** Draws a camera frame: paper background, the codes, then blur, contrast, glare, occlusion and noise. */
export function composeFrame(width: number, height: number, placements: readonly Placement[], effects: Effects = {}): GreyFrame {
  let scene: Float32Array<ArrayBufferLike> = new Float32Array(width * height).fill(1);
  for (const place of placements) paint(scene, width, height, place);
  if (effects.blur !== undefined && effects.blur > 0) scene = boxBlur(scene, width, height, effects.blur);
  const ink = effects.ink ?? 25;
  const paper = effects.paper ?? 225;
  const data = new Uint8Array(width * height);
  const glare = effects.glare;
  const occ = effects.occlude;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      let value = ink + (scene[i] ?? 1) * (paper - ink);
      if (glare !== undefined) {
        const d = Math.hypot(x - glare.cx * width, y - glare.cy * height) / (glare.radius * width);
        if (d < 1) value += (255 - value) * glare.strength * (1 - d * d);
      }
      if (occ !== undefined && x >= occ.x * width && x < (occ.x + occ.width) * width && y >= occ.y * height && y < (occ.y + occ.height) * height) value = 90;
      if (effects.noise !== undefined) value += noiseAt(i) * effects.noise;
      data[i] = Math.max(0, Math.min(255, Math.round(value)));
    }
  }
  return { width, height, data };
}
