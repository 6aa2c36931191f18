/**
 * A keyboard-wedge scanner types a whole code in a fast burst ending with Enter or Tab;
 * a person types slowly and unevenly. These settings tell the two apart.
 */
export interface WedgeSettings {
  /** Median gap between keys at or below which the input counts as a scanner burst. */
  readonly maxInterKeyMs: number;
  /** Fewer characters than this is never taken as a scan. */
  readonly minLength: number;
  /** Characters the scanner is set to add before/after each code, removed before reading. */
  readonly prefix: string;
  readonly suffix: string;
}

export const DEFAULT_WEDGE: WedgeSettings = { maxInterKeyMs: 35, minLength: 4, prefix: '', suffix: '' };

export type InputKind = 'wedge' | 'keyboard';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

/** Classifies one entry from the times (ms) each character key went down. */
export function classifyKeystrokes(keyTimes: readonly number[], settings: WedgeSettings): InputKind {
  if (keyTimes.length < Math.max(2, settings.minLength)) return 'keyboard';
  const gaps: number[] = [];
  for (let i = 1; i < keyTimes.length; i += 1) gaps.push((keyTimes[i] ?? 0) - (keyTimes[i - 1] ?? 0));
  return median(gaps) <= settings.maxInterKeyMs ? 'wedge' : 'keyboard';
}

export function stripAffixes(value: string, settings: WedgeSettings): string {
  let out = value;
  if (settings.prefix !== '' && out.startsWith(settings.prefix)) out = out.slice(settings.prefix.length);
  if (settings.suffix !== '' && out.endsWith(settings.suffix)) out = out.slice(0, out.length - settings.suffix.length);
  return out;
}
