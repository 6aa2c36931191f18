import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { manifestCsv } from '../services/pickups/manifest/manifest-csv';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type Command } from './cli-io';
import { sessionIdOf } from './pickup-session-arg';
import { openForReading } from './read-database';

/** `dockside export manifest SESSION --db DB [--out FILE.csv] [--json]`: the session's manifest in the vendor's own column layout. */
export const exportManifestCommand: Command = (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { db: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('Name one pickup session: dockside export manifest SESSION_ID --db FILE [--out FILE.csv]');
  if (values.db === undefined) throw new UsageError('Name the database: --db FILE');
  const db = openForReading(resolve(values.db));
  try {
    const sessionId = sessionIdOf(db, positionals[0]);
    const csv = manifestCsv(db, sessionId);
    const out = resolve(values.out ?? csv.fileName);
    writeFileSync(out, csv.content);
    if (values.json) printJson(io, { ok: true, file: out, sessionId, rows: csv.rows });
    else io.out(`Wrote the manifest (${csv.rows} lines, the vendor's columns) to ${out}`);
    return EXIT.ok;
  } finally {
    db.close();
  }
};
