import { readAimPrefix, type AimPrefix } from '../../../shared/domain/aim';
import type { WedgeSettings } from '../../../shared/domain/wedge';
import { readEntry, type ScanEntry } from './entry';

/** One entry in the scanner setup box, taken apart: what the scanner sent around the code, and how fast. */
export interface ScanAnatomy {
  readonly raw: string;
  readonly entry: ScanEntry;
  readonly endKey: 'Enter' | 'Tab';
  readonly aim: AimPrefix | null;
  /** The configured prefix and suffix, when this scan carried them (they are removed before reading). */
  readonly removedPrefix: string | null;
  readonly removedSuffix: string | null;
  /** The slowest gap between two keys (ms): one slow key in a burst shows here, not in the median. */
  readonly maxGapMs: number | null;
}

const CONTROL_NAMES: Readonly<Record<number, string>> = { 9: 'TAB', 10: 'LF', 13: 'CR', 27: 'ESC', 29: 'GS', 30: 'RS', 4: 'EOT' };

/** The text with invisible characters made visible: ⟨GS⟩, ⟨CR⟩, ⟨0x01⟩… */
export function visibleText(raw: string): string {
  return [...raw]
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (code >= 32 && code !== 127) return ch;
      return `\u27e8${CONTROL_NAMES[code] ?? `0x${code.toString(16).padStart(2, '0')}`}\u27e9`;
    })
    .join('');
}

function maxGap(keyTimes: readonly number[]): number | null {
  if (keyTimes.length < 2) return null;
  return Math.max(...keyTimes.slice(1).map((t, i) => t - (keyTimes[i] ?? t)));
}

export function describeScan(raw: string, keyTimes: readonly number[], endKey: 'Enter' | 'Tab', wedge: WedgeSettings): ScanAnatomy {
  const removedPrefix = wedge.prefix !== '' && raw.startsWith(wedge.prefix) ? wedge.prefix : null;
  return {
    raw,
    entry: readEntry(raw, keyTimes, wedge),
    endKey,
    aim: readAimPrefix(raw.slice(removedPrefix?.length ?? 0)),
    removedPrefix,
    removedSuffix: wedge.suffix !== '' && raw.endsWith(wedge.suffix) ? wedge.suffix : null,
    maxGapMs: maxGap(keyTimes),
  };
}

const MAX_AFFIX = 8;

function commonStart(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return a.slice(0, n);
}

/** Scanner-added affixes are symbols or control characters; letters and digits shared by two labels are data. */
const leadingSymbols = (text: string): string => /^[^A-Za-z0-9]*/.exec(text)?.[0] ?? '';

/**
 * What every scan of different labels starts and ends with: characters the scanner adds (a prefix or suffix set in
 * its configuration). AIM identifiers are left out: they differ by symbology and the scan reader removes them anyway.
 */
export function commonAffixes(raws: readonly string[]): { readonly prefix: string; readonly suffix: string } | null {
  const distinct = [...new Set(raws.map((raw) => raw.replace(/^\][A-Za-z][0-9A-Za-z]/, '')))];
  if (distinct.length < 2) return null;
  const first = distinct[0] ?? '';
  const prefix = leadingSymbols(distinct.reduce(commonStart, first));
  const reversed = distinct.map((raw) => [...raw].reverse().join(''));
  const suffix = [...leadingSymbols(reversed.reduce(commonStart, reversed[0] ?? ''))].reverse().join('');
  return { prefix: prefix.length <= MAX_AFFIX ? prefix : '', suffix: suffix.length <= MAX_AFFIX ? suffix : '' };
}

/** Fastest a person types (ms between keys); scanners are well below it. */
const TYPING_FLOOR_MS = 60;

/** A wedge threshold from the scans seen: twice the slowest scanner median gap, at least 15 ms, below typing speed. */
export function suggestThreshold(medianGaps: readonly (number | null)[]): number | null {
  const scans = medianGaps.filter((gap): gap is number => gap !== null && gap < TYPING_FLOOR_MS / 2);
  if (scans.length === 0) return null;
  return Math.min(TYPING_FLOOR_MS - 10, Math.max(15, Math.ceil(Math.max(...scans) * 2)));
}
