import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { wipeCsv } from '../services/wipes/export/wipe-csv';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type Command } from './cli-io';
import { parsePeriod } from './period-flag';
import { openForReading } from './read-database';

/** `dockside export wipes --db DB --out FILE.csv [--period FROM..TO] [--json]`: every wipe record, for auditors. */
export const exportWipesCommand: Command = (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { db: { type: 'string' }, out: { type: 'string' }, period: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new UsageError(`export wipes takes no other names; unexpected: ${positionals.join(' ')}`);
  if (values.db === undefined) throw new UsageError('Name the database to export from: --db FILE');
  if (values.out === undefined) throw new UsageError('Name the CSV file to write: --out FILE.csv');
  const period = values.period === undefined ? null : parsePeriod(values.period, '--period');
  const db = openForReading(resolve(values.db));
  try {
    const csv = wipeCsv(db, period, new Date());
    const out = resolve(values.out);
    writeFileSync(out, csv.content, 'utf8');
    if (values.json) printJson(io, { ok: true, file: out, rows: csv.rows });
    else io.out(`Wrote ${csv.rows} wipe record(s) to ${out} (UTF-8 with BOM; formula-looking cells defused)`);
    return EXIT.ok;
  } finally {
    db.close();
  }
};
