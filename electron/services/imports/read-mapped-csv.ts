import { normaliseHeading, type MappedColumn, type MappedField } from '../../../shared/domain/vendors';
import { DocksideError } from '../../../shared/errors';
import { cellProblem, fieldWords, IDENTITY_FIELDS, mayHaveLostZeros, type IdentityField } from './cell-checks';
import { csvText } from './csv-text';
import { firstContentLine, pickDelimiter } from './delimiter';
import { locateColumns, type LocatedColumn } from './header-match';
import { eachRecord } from './records';

export interface MappedRow {
  readonly line: number;
  readonly values: Readonly<Partial<Record<MappedField, string>>>;
  /** Digits-only serial / tag values: Excel may have stripped their leading zeros (see mayHaveLostZeros). */
  readonly lostZeros: readonly IdentityField[];
}
export interface LineProblem {
  readonly line: number;
  readonly reason: string;
  readonly value: string | null;
}
export interface MappedCsv {
  readonly rows: readonly MappedRow[];
  readonly problems: readonly LineProblem[];
  readonly delimiter: string;
  readonly header: readonly string[];
}

/** The width a record must have: the header up to its last named column (trailing blank headings do not count). */
function headerWidth(header: readonly string[]): number {
  let width = header.length;
  while (width > 0 && (header[width - 1] ?? '').trim() === '') width -= 1;
  return width;
}

function shapeProblem(cells: readonly string[], width: number, fullWidth: number): string | null {
  if (cells.length < width) return `This line has ${cells.length} cells where the header has ${width}: a separator is missing, or the line is cut short.`;
  if (cells.slice(fullWidth).some((c) => c.trim() !== '')) {
    return `This line has ${cells.length} cells where the header has ${fullWidth}: a separator inside a value that is not quoted?`;
  }
  return null;
}

/** Remembers the first line of each serial and tag, case-insensitively, to name it when one comes again. */
function duplicateProblem(values: Partial<Record<MappedField, string>>, firstSeen: Map<string, number>, line: number): LineProblem | null {
  for (const field of IDENTITY_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    const key = `${field}\u0000${value.toUpperCase()}`;
    const first = firstSeen.get(key);
    if (first !== undefined) return { line, reason: `The ${fieldWords(field)} ${value} already appears on line ${first}: only that first line is read.`, value };
  }
  for (const field of IDENTITY_FIELDS) {
    const value = values[field];
    if (value !== undefined) firstSeen.set(`${field}\u0000${value.toUpperCase()}`, line);
  }
  return null;
}

function readValues(cells: readonly string[], located: readonly LocatedColumn[]): { values: Partial<Record<MappedField, string>>; problem: LineProblem | null } {
  const values: Partial<Record<MappedField, string>> = {};
  for (const { field, index } of located) {
    const value = (cells[index] ?? '').trim();
    if (value === '') continue;
    const reason = cellProblem(field, value);
    if (reason !== null) return { values, problem: { line: 0, reason, value } };
    values[field] = value;
  }
  return { values, problem: null };
}

/**
 * A vendor's CSV read through its column mapping: each usable line's values by our field names, and each unusable
 * line with its reason in words. Throws DocksideError for a file that cannot be read at all (FILE_TOO_LARGE,
 * CSV_NOT_UTF8, CSV_UNREADABLE, CSV_EMPTY, CSV_MISSING_COLUMNS, CSV_AMBIGUOUS_COLUMNS).
 */
export function readMappedCsv(file: Uint8Array | string, columns: readonly MappedColumn[]): MappedCsv {
  const text = csvText(file);
  const wanted = new Set(columns.map((c) => normaliseHeading(c.column)));
  const delimiter = pickDelimiter(firstContentLine(text), wanted, normaliseHeading);
  const identityMapped = columns.some((c) => c.field === 'serial' || c.field === 'assetTag');
  const rows: MappedRow[] = [];
  const problems: LineProblem[] = [];
  const firstSeen = new Map<string, number>();
  let header: readonly string[] | null = null;
  let located: LocatedColumn[] = [];
  let width = 0;
  eachRecord(text, delimiter, ({ line, cells, broken }) => {
    if (header === null) {
      header = cells.map((c) => c.trim());
      located = locateColumns(header, columns);
      width = headerWidth(header);
      return true;
    }
    const shape = broken ?? shapeProblem(cells, width, header.length);
    if (shape !== null) {
      problems.push({ line, reason: shape, value: null });
      return true;
    }
    const { values, problem } = readValues(cells, located);
    if (problem !== null) {
      problems.push({ ...problem, line });
      return true;
    }
    if (identityMapped && values.serial === undefined && values.assetTag === undefined) {
      problems.push({ line, reason: 'This line has neither a serial nor an asset tag, so it cannot be matched to a device.', value: null });
      return true;
    }
    const duplicate = duplicateProblem(values, firstSeen, line);
    if (duplicate !== null) {
      problems.push(duplicate);
      return true;
    }
    rows.push({ line, values, lostZeros: IDENTITY_FIELDS.filter((f) => { const v = values[f]; return v !== undefined && mayHaveLostZeros(v); }) });
    return true;
  });
  if (header === null) throw new DocksideError('CSV_EMPTY', 'No header row', { reason: 'The file holds no lines with text.' });
  return { rows, problems, delimiter, header };
}
