/**
 * Regenerates db/schema.snapshot.json from the migrations, after a migration is added:
 *   npm exec -- tsx test/support/schema-snapshot.ts
 * Refuses (exit 1) if anything in the current snapshot would be dropped or changed: shipped schema is never
 * taken away. `--replace` overrides that, only for a migration that has never shipped.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../db/connection';
import { readSchema, schemaDrift, type SchemaShape } from './schema-shape';

export const SNAPSHOT_FILE = fileURLToPath(new URL('../../db/schema.snapshot.json', import.meta.url));

/** The schema a fresh database gets from every migration. */
export function migratedSchema(): SchemaShape {
  const db = openDatabase(':memory:');
  try {
    return readSchema(db);
  } finally {
    db.close();
  }
}

export function readSnapshot(): SchemaShape {
  return JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as SchemaShape;
}

function main(replace: boolean): number {
  const current = migratedSchema();
  if (existsSync(SNAPSHOT_FILE) && !replace) {
    const drift = schemaDrift(readSnapshot(), current);
    if (drift.length > 0) {
      process.stderr.write(`Not written: the migrations drop or change shipped schema:\n  ${drift.join('\n  ')}\n`);
      return 1;
    }
  }
  writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(current, null, 2)}\n`);
  process.stdout.write(`Wrote ${SNAPSHOT_FILE} (schema version ${current.version}).\n`);
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.includes('--replace'));
}
