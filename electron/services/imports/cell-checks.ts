import { MAPPED_FIELD_WORDS, type MappedField } from '../../../shared/domain/vendors';

/** The fields that identify a device; Excel damages these when it takes them for numbers. */
export const IDENTITY_FIELDS = ['serial', 'assetTag'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export function fieldWords(field: MappedField): string {
  return MAPPED_FIELD_WORDS[field];
}

/** Excel's scientific notation for a long number (1.23E+11, 4,5E+12): the digits past the first few are gone. */
const SCIENTIFIC = /^[0-9]+([.,][0-9]+)?E[+-]?[0-9]+$/i;
/** Control characters (C0 except tab / line feed / carriage return, DEL, C1), zero-width and bidi overrides. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;
const LINE_OR_TAB = /[\t\n\r]/;
export const MAX_CELL_LENGTH = 500;
const MAX_IDENTITY_LENGTH = 64;

/** Why one cell's value cannot be taken as given, in words, or null when it can. */
export function cellProblem(field: MappedField, value: string): string | null {
  const name = fieldWords(field);
  if (CONTROL.test(value)) return `The ${name} holds control characters (a garbled export or a hostile file).`;
  if (value.length > MAX_CELL_LENGTH) return `The ${name} is ${value.length} characters long: far too long for that column.`;
  const identity = field === 'serial' || field === 'assetTag' || field === 'certificateNumber';
  if (!identity) return null;
  if (SCIENTIFIC.test(value)) {
    return `The ${name} reads ${value}: Excel turned it into a number in scientific notation and the real ${name} is lost. Export it again from the vendor\u2019s system, or open the file in Excel as text.`;
  }
  if (LINE_OR_TAB.test(value)) return `The ${name} has a line break or tab inside it.`;
  if (field !== 'certificateNumber' && value.length > MAX_IDENTITY_LENGTH) return `The ${name} is longer than ${MAX_IDENTITY_LENGTH} characters.`;
  return null;
}

/**
 * Excel drops the leading zeros of any cell made only of digits (00012345 becomes 12345), and nothing in the file
 * shows whether it did. So every digits-only serial or tag is flagged, and matching tries the value as written first,
 * then a record whose identity is the same digits behind leading zeros.
 */
export function mayHaveLostZeros(value: string): boolean {
  return /^[1-9][0-9]*$/.test(value);
}
