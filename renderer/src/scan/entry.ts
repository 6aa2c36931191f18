import type { ScanSource } from '../../../shared/domain/scan';
import { classifyKeystrokes, stripAffixes, type WedgeSettings } from '../../../shared/domain/wedge';

/** One finished entry in a scan field: what came in, and whether a scanner, a person or the camera entered it. */
export interface ScanEntry {
  readonly value: string;
  readonly source: ScanSource;
  /** Median gap between keys (ms), or null when there were too few keys to measure. */
  readonly medianGapMs: number | null;
  readonly keys: number;
}

/** The median gap between key presses, as shown to a supervisor tuning the scanner settings. */
export function medianGap(keyTimes: readonly number[]): number | null {
  if (keyTimes.length < 2) return null;
  const gaps = keyTimes.slice(1).map((t, i) => t - (keyTimes[i] ?? t)).sort((a, b) => a - b);
  const mid = Math.floor(gaps.length / 2);
  const upper = gaps[mid] ?? 0;
  return gaps.length % 2 === 1 ? upper : ((gaps[mid - 1] ?? upper) + upper) / 2;
}

export function readEntry(raw: string, keyTimes: readonly number[], wedge: WedgeSettings): ScanEntry {
  return { value: stripAffixes(raw, wedge), source: classifyKeystrokes(keyTimes, wedge), medianGapMs: medianGap(keyTimes), keys: keyTimes.length };
}

/** A code the camera read: no keys, so no timing. */
export function cameraEntry(value: string): ScanEntry {
  return { value, source: 'camera', medianGapMs: null, keys: 0 };
}

export const SOURCE_WORDS: Readonly<Record<ScanSource, string>> = { wedge: 'scanner', keyboard: 'typed', camera: 'camera' };
