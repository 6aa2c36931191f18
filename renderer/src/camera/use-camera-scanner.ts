import { useEffect, useRef, useState, type RefObject } from 'react';
import type { DecoderName } from '../../../shared/decoding/decoder';
import { createDeduper } from '../../../shared/decoding/dedupe';
import type { Point } from '../../../shared/decoding/frame';
import type { Candidate, PickPreference } from '../../../shared/decoding/pick-code';
import { takeFromFrame } from '../../../shared/decoding/take-from-frame';
import { createDecodeClient } from './decode-client';
import { createFrameGrabber } from './frame-grabber';

/** The outline of a code found in the last frames, in video pixels. */
export interface Mark {
  readonly key: string;
  readonly points: readonly Point[];
}

export interface CameraScan {
  readonly marks: readonly Mark[];
  readonly choice: readonly Candidate[] | null;
  readonly decoder: DecoderName | null;
  readonly problem: string | null;
  /** Drops the choice on offer (the technician picked one, or pressed Esc). */
  clearChoice(): void;
}

interface ScannerOptions {
  readonly videoRef: RefObject<HTMLVideoElement | null>;
  readonly stream: MediaStream | null;
  readonly tagPattern: RegExp;
  readonly prefer: PickPreference;
  /** A new code was read (the same code again only after it has been out of view for a moment). */
  readonly onCode: (text: string) => void;
}

const MARK_HOLD_MS = 700;
const IDLE_WAIT_MS = 30;

/**
 * Continuous scanning: grabs a frame, has the worker decode it (one frame in flight at a time), draws an outline
 * around each code, takes a single code or offers a choice, and never takes the same code twice while it stays in view.
 */
export function useCameraScanner({ videoRef, stream, tagPattern, prefer, onCode }: ScannerOptions): CameraScan {
  const [marks, setMarks] = useState<readonly Mark[]>([]);
  const [choice, setChoice] = useState<readonly Candidate[] | null>(null);
  const [decoder, setDecoder] = useState<DecoderName | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The loop reads the latest rule and callback without restarting the worker on every render.
  const latest = useRef({ tagPattern, prefer, onCode });
  latest.current = { tagPattern, prefer, onCode };

  useEffect(() => {
    if (stream === null) return undefined;
    const client = createDecodeClient();
    const grabber = createFrameGrabber();
    const deduper = createDeduper();
    let stopped = false;
    let rule = latest.current.prefer;
    let lastMarkAt = 0;
    let timer = 0;

    const schedule = () => {
      if (stopped) return;
      const video = videoRef.current;
      if (video !== null && 'requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => void tick());
      else timer = window.setTimeout(() => void tick(), IDLE_WAIT_MS);
    };

    const tick = async () => {
      if (stopped) return;
      const video = videoRef.current;
      const grab = video === null ? null : grabber.grab(video);
      if (grab === null) {
        timer = window.setTimeout(schedule, IDLE_WAIT_MS);
        return;
      }
      const reply = await client.decode(grab.frame);
      if (stopped) return;
      const now = performance.now();
      if (!reply.ok) {
        setProblem('The camera picture could not be read. Turn the camera off and on again.');
        schedule();
        return;
      }
      setProblem(null);
      setDecoder(reply.decoder);
      if (reply.codes.length > 0) {
        lastMarkAt = now;
        setMarks(reply.codes.map((code) => ({ key: code.text, points: code.corners.map(grab.toVideo) })));
      } else if (now - lastMarkAt > MARK_HOLD_MS) setMarks((current) => (current.length === 0 ? current : []));
      if (latest.current.prefer !== rule) {
        rule = latest.current.prefer;
        deduper.reset();
      }
      const take = takeFromFrame(reply.codes, deduper, now, latest.current.tagPattern, latest.current.prefer);
      if (take.kind === 'take') {
        setChoice(null);
        latest.current.onCode(take.text);
      } else if (take.kind === 'offer') setChoice(take.candidates);
      schedule();
    };

    schedule();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      client.close();
    };
  }, [stream, videoRef]);

  return { marks, choice, decoder, problem, clearChoice: () => setChoice(null) };
}
