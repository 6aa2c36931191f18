import { closeSync, openSync, readSync } from 'node:fs';
import { openDatabase, type Db } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations';
import { DocksideError } from '../../shared/errors';
import { UsageError } from './cli-errors';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** True when the file starts with SQLite's header, whatever its name. */
export function isSqliteFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    closeSync(fd);
  }
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Opens a Dockside database read-only (nothing is ever written) after checking it is one this tool understands. */
export function openForReading(file: string): Db {
  const db = openDatabase(file, { readonly: true });
  try {
    if (!hasTable(db, 'custody_events') || !hasTable(db, 'schema_migrations')) {
      throw new UsageError(`${file} is an SQLite database but not a Dockside one: it holds no custody log.`);
    }
    const version = (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    if (version > latest) throw new DocksideError('DB_TOO_NEW', `Database schema version ${version} is newer than this tool's ${latest}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
