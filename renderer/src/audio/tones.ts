/**
 * What each kind of feedback sounds like: a success is short and high, a warning a double mid beep, an error low and long;
 * "decoded" is the camera's click when it reads a code (as a scanner beeps), before the screen answers the scan.
 */
export type Tone = 'success' | 'info' | 'warning' | 'error' | 'decoded';

interface Beep {
  readonly frequency: number;
  readonly startMs: number;
  readonly lengthMs: number;
  readonly wave: OscillatorType;
}

export const TONE_PATTERNS: Readonly<Record<Tone, readonly Beep[]>> = {
  success: [{ frequency: 1760, startMs: 0, lengthMs: 90, wave: 'sine' }],
  info: [{ frequency: 1175, startMs: 0, lengthMs: 50, wave: 'sine' }],
  warning: [
    { frequency: 660, startMs: 0, lengthMs: 110, wave: 'triangle' },
    { frequency: 660, startMs: 170, lengthMs: 110, wave: 'triangle' },
  ],
  error: [{ frequency: 196, startMs: 0, lengthMs: 650, wave: 'square' }],
  decoded: [{ frequency: 2637, startMs: 0, lengthMs: 40, wave: 'sine' }],
};

const VOLUME = 0.25;
const RAMP_S = 0.01;

/** Schedules one tone's beeps on an audio context: plain oscillators, no audio files. */
export function scheduleTone(context: AudioContext, tone: Tone): void {
  const now = context.currentTime;
  for (const beep of TONE_PATTERNS[tone]) {
    const start = now + beep.startMs / 1000;
    const end = start + beep.lengthMs / 1000;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = beep.wave;
    oscillator.frequency.value = beep.frequency;
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(VOLUME, start + RAMP_S);
    gain.gain.setValueAtTime(VOLUME, end - RAMP_S);
    gain.gain.linearRampToValueAtTime(0, end);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(end + RAMP_S);
  }
}
