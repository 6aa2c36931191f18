/** The separators vendors' files use: comma, semicolon (spreadsheets in many European locales), tab. */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The first line that holds anything: the header row. */
export function firstContentLine(text: string): string {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim() !== '') return line;
    if (end === -1) break;
    start = end + 1;
  }
  return '';
}

/** The cells of one header line split on a delimiter, honouring quotes (enough to choose the delimiter). */
export function splitHeaderLine(line: string, delimiter: Delimiter): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/**
 * The delimiter of a file, chosen from its header line: the one under which the most of the wanted column names
 * appear (when a mapping is known), then the one that splits the header into the most cells; comma when none splits.
 */
export function pickDelimiter(headerLine: string, wanted: ReadonlySet<string>, normalise: (cell: string) => string): Delimiter {
  const scored = DELIMITERS.map((delimiter) => {
    const cells = splitHeaderLine(headerLine, delimiter);
    return { delimiter, known: cells.filter((c) => wanted.has(normalise(c))).length, cells: cells.length };
  });
  const best = scored.reduce((a, b) => (b.known > a.known || (b.known === a.known && b.cells > a.cells) ? b : a));
  return best.delimiter;
}
