/** What makes a spreadsheet read a cell as a formula (OWASP CSV injection): = + - @ first (after any spaces), or a tab / CR. */
const FORMULA_START = /^(\s*[=+\-@]|[\t\r])/;

/** One cell, safe to open in a spreadsheet: a formula-looking value gets a leading apostrophe, then RFC 4180 quoting. */
export function csvCell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  const defused = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(defused) || defused !== defused.trim() ? `"${defused.replaceAll('"', '""')}"` : defused;
}

/** A whole CSV document: UTF-8 byte-order mark (so spreadsheets read the accents right), CRLF line ends. */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
