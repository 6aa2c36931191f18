/**
 * AIM symbology identifiers ("]" + letter + modifier) that a scanner can be set to send before each code. They say
 * which kind of barcode was read; Dockside's scan reader already understands and removes them.
 */
const FAMILIES: Readonly<Record<string, string>> = {
  A: 'Code 39',
  C: 'Code 128',
  d: 'Data Matrix',
  E: 'EAN / UPC',
  e: 'GS1 DataBar',
  F: 'Codabar',
  G: 'Code 93',
  I: 'Interleaved 2 of 5',
  L: 'PDF417',
  Q: 'QR code',
  z: 'Aztec',
  X: 'another symbology',
};

const SPECIAL: Readonly<Record<string, string>> = {
  ']C1': 'GS1-128 (Code 128 with GS1 data)',
  ']d1': 'Data Matrix',
  ']d2': 'GS1 DataMatrix',
  ']E0': 'EAN-13 or UPC-A',
  ']E4': 'EAN-8',
  ']Q1': 'QR code',
  ']Q3': 'GS1 QR code',
  ']e0': 'GS1 DataBar',
};

export interface AimPrefix {
  readonly identifier: string;
  readonly words: string;
}

const AIM = /^\][A-Za-z][0-9A-Za-z]/;

/** The AIM identifier a scan starts with, in words; null when it has none. */
export function readAimPrefix(raw: string): AimPrefix | null {
  const identifier = AIM.exec(raw)?.[0];
  if (identifier === undefined) return null;
  const family = FAMILIES[identifier.charAt(1)];
  const words = SPECIAL[identifier] ?? (family === undefined ? 'an unknown symbology' : `${family} (modifier ${identifier.charAt(2)})`);
  return { identifier, words };
}
