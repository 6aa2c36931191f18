import Papa from 'papaparse';
import type { Delimiter } from './delimiter';

export interface CsvRecord {
  /** The file's physical line the record starts on (a quoted line break makes a record span several lines). */
  readonly line: number;
  readonly cells: readonly string[];
  /** Why the record could not be split into cells reliably (a stray or unclosed quote), or null. */
  readonly broken: string | null;
}

const QUOTE_WORDS: Readonly<Record<string, string>> = {
  MissingQuotes: 'A quote mark opens a cell that never closes: everything after it was read as one cell.',
  InvalidQuotes: 'A quote mark sits inside a cell that is not quoted properly (inner quote marks must be doubled).',
};

/**
 * Calls onRecord for each record of LF-only text, with the physical line it starts on; empty lines are skipped.
 * onRecord returns false to stop early. Streaming: no record is kept here.
 */
export function eachRecord(text: string, delimiter: Delimiter, onRecord: (record: CsvRecord) => boolean): void {
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = cursor;
      const end = result.meta.cursor;
      const startLine = line;
      for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) line += 1;
      cursor = end;
      const cells = result.data;
      if (cells.every((c) => c.trim() === '')) return;
      const error = result.errors[0];
      const broken = error === undefined ? null : (QUOTE_WORDS[error.code] ?? error.message);
      if (!onRecord({ line: startLine, cells, broken })) parser.abort();
    },
  });
}
