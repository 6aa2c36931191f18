import type { Delimiter } from './delimiter';
import { csvText } from './csv-text';
import { eachRecord } from './records';
import { headerOfText, type CsvHeader } from './read-header';

/** Past this many different values, a column is not a code column (serials, dates): its values are not listed. */
export const MAX_CODES = 40;

export interface CsvSample extends CsvHeader {
  /** Per header column: the different values found in the whole file (sorted), or null when there are too many to be codes. */
  readonly distinct: readonly (readonly string[] | null)[];
  readonly lines: number;
}

/** A sample file for the mapping editor: its header, first lines, and each column's different values (to map condition and outcome codes). */
export function readSample(file: Uint8Array | string): CsvSample {
  const text = csvText(file);
  const head = headerOfText(text);
  const seen: (Set<string> | null)[] = head.header.map(() => new Set<string>());
  let lines = -1;
  eachRecord(text, head.delimiter as Delimiter, ({ cells }) => {
    lines += 1;
    if (lines === 0) return true;
    cells.forEach((cell, index) => {
      const values = seen[index];
      const value = cell.trim();
      if (values === null || values === undefined || value === '') return;
      values.add(value);
      if (values.size > MAX_CODES) seen[index] = null;
    });
    return true;
  });
  return { ...head, lines, distinct: seen.map((values) => (values === null ? null : [...values].sort((a, b) => a.localeCompare(b)))) };
}
