import { readScan, type ScanReading } from '../domain/scan';
import type { DecodedCode } from './decoder';

/** Which code the camera takes when a frame holds several: the site's asset tag, the serial, or ask the technician. */
export const PICK_PREFERENCES = ['asset-tag', 'serial', 'ask'] as const;
export type PickPreference = (typeof PICK_PREFERENCES)[number];

export interface Candidate {
  readonly code: DecodedCode;
  /** How the scan reader reads it, or null when it is neither a tag, a serial nor GS1. */
  readonly reading: ScanReading | null;
}

export type Pick = { readonly kind: 'none' } | { readonly kind: 'one'; readonly code: DecodedCode } | { readonly kind: 'choose'; readonly candidates: readonly Candidate[] };

const leftEdge = (code: DecodedCode): number => Math.min(...code.corners.map((p) => p.x), Number.POSITIVE_INFINITY);

/** Each text once, in the order the labels sit from left to right (the order the buttons are offered in). */
function distinct(codes: readonly DecodedCode[]): DecodedCode[] {
  const byText = new Map<string, DecodedCode>();
  for (const code of codes) if (!byText.has(code.text)) byText.set(code.text, code);
  return [...byText.values()].sort((a, b) => leftEdge(a) - leftEdge(b) || 0);
}

function matches(reading: ScanReading | null, prefer: PickPreference): boolean {
  if (reading === null) return false;
  if (prefer === 'asset-tag') return reading.kind === 'asset-tag';
  if (prefer === 'serial') return reading.kind === 'serial' || (reading.kind === 'gs1' && reading.serial !== null);
  return false;
}

/**
 * Decides what a frame's codes mean for a scan: nothing, one code, or a choice for the technician. A single readable code
 * is taken; among several, the rule takes the one code that matches the preference (by the site's tag pattern), and
 * offers them all when none or more than one does.
 */
export function pickCode(codes: readonly DecodedCode[], tagPattern: RegExp, prefer: PickPreference): Pick {
  const unique = distinct(codes);
  const first = unique[0];
  if (first === undefined) return { kind: 'none' };
  const candidates = unique.map((code) => {
    const outcome = readScan(code.text, tagPattern);
    return { code, reading: outcome.ok ? outcome.reading : null };
  });
  const readable = candidates.filter((c) => c.reading !== null);
  const only = readable.length === 1 ? readable[0] : undefined;
  if (only !== undefined) return { kind: 'one', code: only.code };
  if (readable.length === 0) return unique.length === 1 ? { kind: 'one', code: first } : { kind: 'choose', candidates };
  const preferred = readable.filter((c) => matches(c.reading, prefer));
  const chosen = preferred.length === 1 ? preferred[0] : undefined;
  return chosen !== undefined ? { kind: 'one', code: chosen.code } : { kind: 'choose', candidates: readable };
}
