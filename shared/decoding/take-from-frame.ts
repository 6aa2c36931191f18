import type { DecodedCode } from './decoder';
import type { Deduper } from './dedupe';
import { pickCode, type Candidate, type PickPreference } from './pick-code';

export type FrameTake =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'take'; readonly text: string }
  | { readonly kind: 'offer'; readonly candidates: readonly Candidate[] };

/**
 * What one camera frame adds to continuous scanning. Every code in the frame counts as in view, whether it was taken,
 * offered or passed over: a label beside the one taken (or both labels of a choice) is not taken on its own a moment
 * later when a blurred frame happens to read only it. A code is taken, or a choice offered, only when something in it
 * is new.
 */
export function takeFromFrame(codes: readonly DecodedCode[], deduper: Deduper, nowMs: number, tagPattern: RegExp, prefer: PickPreference): FrameTake {
  const fresh = new Set(codes.filter((code) => deduper.admit(code.text, nowMs)).map((code) => code.text));
  const pick = pickCode(codes, tagPattern, prefer);
  if (pick.kind === 'one' && fresh.has(pick.code.text)) return { kind: 'take', text: pick.code.text };
  if (pick.kind === 'choose' && pick.candidates.some((c) => fresh.has(c.code.text))) return { kind: 'offer', candidates: pick.candidates };
  return { kind: 'nothing' };
}
