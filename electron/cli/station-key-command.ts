import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stationKeys } from '../services/custody/verify-db';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type Command } from './cli-io';
import { openForReading } from './read-database';

/**
 * `dockside station-key --db FILE [--out FILE] [--json]`: prints the station public keys a database
 * records, so an auditor can keep one at enrolment and later pin it with `verify --pubkey`.
 */
export const stationKeyCommand: Command = (args, io) => {
  const { values } = parseArgs({
    args: [...args],
    options: { db: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.db === undefined) throw new UsageError('Name the database: dockside station-key --db FILE');
  const db = openForReading(resolve(values.db));
  try {
    const keys = [...stationKeys(db)].map(([stationId, publicKey]) => ({ stationId, publicKey }));
    if (values.out !== undefined) {
      if (keys.length !== 1) throw new UsageError(`--out writes one key, but this database records ${keys.length} stations`);
      writeFileSync(resolve(values.out), keys[0]?.publicKey ?? '');
    }
    if (values.json) printJson(io, { ok: true, stations: keys });
    else for (const key of keys) io.out(`Station ${key.stationId}\n${key.publicKey.trim()}`);
    return EXIT.ok;
  } finally {
    db.close();
  }
};
