import { normaliseHeading, type MappedColumn, type MappedField } from '../../../shared/domain/vendors';
import { DocksideError } from '../../../shared/errors';

export interface LocatedColumn {
  readonly field: MappedField;
  readonly column: string;
  readonly index: number;
}

/** Where each mapped column sits in this file's header; refuses a file that lacks one or has one twice. */
export function locateColumns(header: readonly string[], columns: readonly MappedColumn[]): LocatedColumn[] {
  const positions = new Map<string, number[]>();
  header.forEach((cell, index) => {
    const key = normaliseHeading(cell);
    if (key !== '') positions.set(key, [...(positions.get(key) ?? []), index]);
  });
  const missing = columns.filter((c) => !positions.has(normaliseHeading(c.column))).map((c) => c.column);
  if (missing.length > 0) {
    throw new DocksideError('CSV_MISSING_COLUMNS', `Missing columns: ${missing.join(', ')}`, {
      reason: `Missing: ${missing.map((m) => `\u201c${m}\u201d`).join(', ')}. The file\u2019s header has: ${header.filter((h) => h.trim() !== '').join(', ')}.`,
    });
  }
  const twice = columns.filter((c) => (positions.get(normaliseHeading(c.column)) ?? []).length > 1).map((c) => c.column);
  if (twice.length > 0) {
    throw new DocksideError('CSV_AMBIGUOUS_COLUMNS', `Columns appear twice: ${twice.join(', ')}`, {
      reason: `More than one column is headed ${twice.map((m) => `\u201c${m}\u201d`).join(', ')}.`,
    });
  }
  const seen = new Set<MappedField>();
  return columns.flatMap((c) => {
    if (seen.has(c.field)) return [];
    seen.add(c.field);
    return [{ field: c.field, column: c.column, index: positions.get(normaliseHeading(c.column))?.[0] ?? 0 }];
  });
}
