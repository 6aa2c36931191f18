import type { MappedColumn, MappedField } from '../../../shared/domain/vendors';
import { csvDocument } from '../wipes/export/csv';

/**
 * Rows in the vendor's own column layout: its headings in its order, a UTF-8 byte-order mark, RFC 4180 quoting,
 * CRLF line ends, and any value a spreadsheet would run as a formula defused with a leading apostrophe.
 */
export function writeMappedCsv(rows: readonly Readonly<Partial<Record<MappedField, string>>>[], columns: readonly MappedColumn[]): string {
  return csvDocument(
    columns.map((c) => c.column),
    rows.map((row) => columns.map((c) => row[c.field] ?? null)),
  );
}
