import { classifyKeystrokes, stripAffixes, type InputKind, type WedgeSettings } from '../../../shared/domain/wedge';

/** One finished entry in a scan field: what came in, and whether a scanner or a person typed it. */
export interface ScanEntry {
  readonly value: string;
  readonly source: InputKind;
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

export const SOURCE_WORDS: Readonly<Record<InputKind, string>> = { wedge: 'scanner', keyboard: 'typed' };
