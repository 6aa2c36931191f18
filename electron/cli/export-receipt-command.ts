import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { receiptPdf } from '../services/pickups/receipt/receipt-file';
import { chromiumPdfPrinter } from './chromium-pdf-printer';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type Command } from './cli-io';
import { sessionIdOf } from './pickup-session-arg';
import { openForReading } from './read-database';

/**
 * `dockside export receipt SESSION --db DB [--out FILE.pdf] [--json]`: the chain-of-custody receipt of a
 * signed-off pickup session, printed by headless Chromium (DOCKSIDE_CHROMIUM, default /usr/bin/chromium).
 */
export const exportReceiptCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { db: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('Name one pickup session: dockside export receipt SESSION_ID --db FILE [--out FILE.pdf]');
  if (values.db === undefined) throw new UsageError('Name the database: --db FILE');
  const db = openForReading(resolve(values.db));
  const printer = chromiumPdfPrinter();
  try {
    const sessionId = sessionIdOf(db, positionals[0]);
    const stationId = (db.prepare('SELECT station_id FROM pickup_facts WHERE session_id = ? ORDER BY seq LIMIT 1').get(sessionId) as { station_id: string }).station_id;
    const pdf = await receiptPdf(db, sessionId, stationId, new Date(), printer);
    const out = resolve(values.out ?? pdf.fileName);
    writeFileSync(out, pdf.bytes);
    if (values.json) printJson(io, { ok: true, file: out, sessionId, lines: pdf.lines });
    else io.out(`Wrote the chain-of-custody receipt (${pdf.lines} lines) to ${out}`);
    return EXIT.ok;
  } finally {
    await printer.close();
    db.close();
  }
};
