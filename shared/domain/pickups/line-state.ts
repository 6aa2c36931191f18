/** Where a line of a pickup session stands. */
export type LineState = 'matched' | 'missing' | 'unexpected' | 'substituted' | 'resolved';
export type LineOrigin = 'staged' | 'manifest' | 'scanned';
export const RESOLUTIONS = ['found', 'left-behind', 'added', 'missing'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** The facts about a line that decide its state. */
export interface LineFacts {
  readonly origin: LineOrigin;
  readonly scanned: boolean;
  readonly substituted: boolean;
  readonly resolution: Resolution | null;
}

/** A resolved line is closed; otherwise: expected and not scanned is missing, scanned and flagged is substituted, scanned and not expected is unexpected. */
export function lineState(line: LineFacts): LineState {
  if (line.resolution !== null) return 'resolved';
  if (!line.scanned) return 'missing';
  if (line.substituted) return 'substituted';
  if (line.origin === 'scanned') return 'unexpected';
  return 'matched';
}

export interface PickupCounters {
  /** Lines on the manifest (staged, imported, or added with a reason). */
  readonly expected: number;
  readonly scanned: number;
  readonly matched: number;
  /** Open discrepancies of each kind. */
  readonly missing: number;
  readonly unexpected: number;
  readonly substituted: number;
  readonly resolved: number;
}

/** Counts lines (each given with how many share its facts) into the counters the scan loop shows. */
export function countLines(lines: readonly (LineFacts & { readonly count: number })[]): PickupCounters {
  const counts = { expected: 0, scanned: 0, matched: 0, missing: 0, unexpected: 0, substituted: 0, resolved: 0 };
  for (const line of lines) {
    if (line.origin !== 'scanned' || line.resolution === 'added') counts.expected += line.count;
    if (line.scanned) counts.scanned += line.count;
    counts[lineState(line)] += line.count;
  }
  return counts;
}

export function openDiscrepancies(counters: PickupCounters): number {
  return counters.missing + counters.unexpected + counters.substituted;
}

/** Which resolutions make sense for an open line: a missing device is left behind or reported missing (or found by scanning it); a scanned one is found to be right, added to the manifest, or taken back off. */
export function resolutionsFor(state: LineState): readonly Resolution[] {
  switch (state) {
    case 'missing':
      return ['left-behind', 'missing'];
    case 'unexpected':
      return ['added', 'left-behind'];
    case 'substituted':
      return ['found', 'left-behind'];
    case 'matched':
    case 'resolved':
      return [];
  }
}
