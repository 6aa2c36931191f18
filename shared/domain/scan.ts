import { parseGs1 } from './gs1';

export const MAX_SCAN_LENGTH = 256;
export const MAX_IDENTIFIER_LENGTH = 64;

export type ScanSource = 'wedge' | 'keyboard' | 'camera';

export type ScanReading =
  | { readonly kind: 'gs1'; readonly value: string; readonly serial: string | null; readonly gtin: string | null }
  | { readonly kind: 'asset-tag'; readonly value: string }
  | { readonly kind: 'serial'; readonly value: string };

export type ScanProblem = 'SCAN_EMPTY' | 'SCAN_TOO_LONG' | 'SCAN_UNREADABLE' | 'SCAN_UNKNOWN_FORMAT';

export type ScanOutcome = { readonly ok: true; readonly reading: ScanReading } | { readonly ok: false; readonly problem: ScanProblem; readonly cleaned: string };

const GS = '\u001d';
/** Zero-width and other invisible format characters some scanners and copy-pastes add. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
/** C0/C1 control characters except GS (the GS1 separator). */
const CONTROL = /[\u0000-\u001c\u001e-\u001f\u007f-\u009f]/g;
/** AIM symbology identifiers: "]C1" GS1-128, "]d2" GS1 DataMatrix, "]Q3" GS1 QR, "]e0" GS1 DataBar. */
const AIM_PREFIX = /^\][A-Za-z][0-9A-Za-z]/;
const AIM_GS1 = new Set([']C1', ']d2', ']Q3', ']e0', ']J1']);
/** What a serial number can look like: letters, digits and a few separators, no spaces inside. */
const SERIAL_SHAPE = /^[A-Z0-9][A-Z0-9\-_./:#]{2,63}$/;
const UNPREFIXED_GS1 = /^(01\d{14})(10|11|17|21)/;

export const DEFAULT_ASSET_TAG_PATTERN = '^[A-Z]{2,6}-?\\d{3,8}$';

/** Compiles a site's asset-tag pattern, or explains why it cannot be used. */
export function compileTagPattern(pattern: string): RegExp | string {
  if (pattern.length > 200) return 'Pattern is too long';
  try {
    return new RegExp(pattern, 'u');
  } catch (error) {
    return error instanceof Error ? error.message : 'Invalid pattern';
  }
}

function clean(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(CONTROL, '').trim();
}

/** Turns what a scanner (or a person) typed into a serial, asset tag or GS1 reading, or says why it cannot. */
export function readScan(raw: string, tagPattern: RegExp): ScanOutcome {
  if (raw.length > MAX_SCAN_LENGTH) return { ok: false, problem: 'SCAN_TOO_LONG', cleaned: '' };
  const stripped = clean(raw);
  if (stripped.replaceAll(GS, '').length === 0) {
    return { ok: false, problem: raw.trim().length === 0 ? 'SCAN_EMPTY' : 'SCAN_UNREADABLE', cleaned: '' };
  }
  const aim = AIM_PREFIX.exec(stripped)?.[0];
  const body = aim === undefined ? stripped : stripped.slice(aim.length);
  const looksGs1 = (aim !== undefined && AIM_GS1.has(aim)) || body.startsWith('(') || body.includes(GS) || UNPREFIXED_GS1.test(body);
  if (looksGs1) {
    const gs1 = parseGs1(body.startsWith(GS) ? body.slice(1) : body);
    if (gs1 !== null && (gs1.serial !== undefined || gs1.gtin !== undefined)) {
      const serial = gs1.serial?.toUpperCase() ?? null;
      return { ok: true, reading: { kind: 'gs1', value: serial ?? gs1.gtin ?? body, serial, gtin: gs1.gtin ?? null } };
    }
    if (aim !== undefined && AIM_GS1.has(aim)) return { ok: false, problem: 'SCAN_UNKNOWN_FORMAT', cleaned: body };
  }
  const value = body.replaceAll(GS, '').trim().toUpperCase();
  if (value.length > MAX_IDENTIFIER_LENGTH) return { ok: false, problem: 'SCAN_TOO_LONG', cleaned: value.slice(0, 80) };
  if (tagPattern.test(value)) return { ok: true, reading: { kind: 'asset-tag', value } };
  if (SERIAL_SHAPE.test(value)) return { ok: true, reading: { kind: 'serial', value } };
  return { ok: false, problem: 'SCAN_UNKNOWN_FORMAT', cleaned: value.slice(0, 80) };
}

/** Normalises an identifier typed into a form the same way a scan is normalised. */
export function normaliseIdentifier(value: string): string {
  return clean(value).replaceAll(GS, '').toUpperCase();
}
