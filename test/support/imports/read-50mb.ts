import { readMappedCsv } from '../../../electron/services/imports/read-mapped-csv';
import { MAX_CSV_BYTES } from '../../../electron/services/imports/csv-text';

/** Child process: reads a report just under 50 MB through a mapping and prints what it read and the memory it took. */
const header = 'Serial Number;Asset Tag;Disposition;Processed;Cert #;Notes\r\n';
const line = (i: number): string => `SN${String(i).padStart(9, '0')};AT-${i};RECYCLED;2025-03-0${(i % 9) + 1};CERT-${i};"lot ""${i % 97}""; shredded"\r\n`;
const encoder = new TextEncoder();
const chunks: Uint8Array[] = [encoder.encode(`\ufeff${header}`)];
let size = chunks[0]?.byteLength ?? 0;
let lines = 0;
for (;;) {
  const next = encoder.encode(line(lines));
  if (size + next.byteLength > MAX_CSV_BYTES) break;
  chunks.push(next);
  size += next.byteLength;
  lines += 1;
}
const file = new Uint8Array(size);
let at = 0;
for (const chunk of chunks) {
  file.set(chunk, at);
  at += chunk.byteLength;
}
chunks.length = 0;
const csv = readMappedCsv(file, [
  { column: 'serial number', field: 'serial' },
  { column: 'ASSET TAG', field: 'assetTag' },
  { column: 'Disposition', field: 'outcome' },
  { column: 'Cert #', field: 'certificateNumber' },
]);
const last = csv.rows[csv.rows.length - 1];
process.stdout.write(
  `${JSON.stringify({ bytes: size, lines, rows: csv.rows.length, problems: csv.problems.length, delimiter: csv.delimiter, lastLine: last?.line, lastSerial: last?.values.serial, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
