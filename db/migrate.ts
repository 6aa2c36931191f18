import type Database from 'better-sqlite3';
import { DocksideError } from '../shared/errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export interface MigrationReport {
  readonly applied: readonly number[];
  readonly version: number;
}

/** Applies each pending migration in its own transaction and records it; refuses a database from a newer app. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): MigrationReport {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new DocksideError('DB_TOO_NEW', `Database schema version ${current} is newer than this app's ${latest}`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    applied.push(migration.version);
  }
  return { applied, version: Math.max(current, latest) };
}
