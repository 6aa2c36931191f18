import { parseGs1 } from '../domain/gs1';

const GS = '\u001d';

/**
 * Turns a raw GS1 element string (FNC1 separators as GS, as @zxing/library gives them) into the bracketed form
 * "(01)…(21)…" that zxing-wasm gives and the scan reader understands; null when it is not well-formed GS1.
 */
export function gs1RawToBracketed(raw: string): string | null {
  const body = raw.startsWith(GS) ? raw.slice(1) : raw;
  const parsed = parseGs1(body);
  if (parsed === null) return null;
  const flat = body.replaceAll(GS, '');
  return Object.entries(parsed.elements)
    .map(([ai, value]) => ({ ai, value, at: flat.indexOf(ai + value) }))
    .sort((a, b) => a.at - b.at)
    .map((e) => `(${e.ai})${e.value}`)
    .join('');
}
