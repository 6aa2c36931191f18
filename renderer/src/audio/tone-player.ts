import { scheduleTone, type Tone } from './tones';

export interface TonePlayer {
  play(tone: Tone): void;
}

/** A player that opens its audio context on first use (after the first key press, so autoplay rules allow it). */
export function createTonePlayer(): TonePlayer {
  let context: AudioContext | null = null;
  return {
    play(tone) {
      try {
        context ??= new AudioContext();
        if (context.state === 'suspended') void context.resume();
        scheduleTone(context, tone);
      } catch {
        // No audio device: the banner's colour and words still carry the feedback.
      }
    },
  };
}
