import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { migrate } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import type { Migration } from '../../../db/migrations/migration';
import { explainError } from '../../../shared/error-words';
import { DocksideError } from '../../../shared/errors';

const first: Migration = { version: 1, name: 'first', sql: 'CREATE TABLE a (id INTEGER PRIMARY KEY);' };
const broken: Migration = { version: 2, name: 'second, fails midway', sql: 'CREATE TABLE b (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);' };
const fixed: Migration = { version: 2, name: 'second', sql: 'CREATE TABLE b (id INTEGER PRIMARY KEY);' };

const tableNames = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
const recorded = (db: Database.Database) => db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();

describe('migrations', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dockside-migrate-'));
    file = join(dir, 'dockside.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are numbered 1, 2, 3... in order, with a name each', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const m of MIGRATIONS) expect(m.name.length).toBeGreaterThan(0);
  });

  it('a new database gets every migration, each recorded with its version, name and time', () => {
    const db = openDatabase(file);
    const rows = db.prepare('SELECT version, name, applied_at AS appliedAt FROM schema_migrations ORDER BY version').all() as { version: number; name: string; appliedAt: string }[];
    db.close();
    expect(rows.map(({ version, name }) => ({ version, name }))).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    for (const row of rows) expect(new Date(row.appliedAt).toISOString()).toBe(row.appliedAt);
  });

  it('reopening applies nothing', () => {
    openDatabase(file).close();
    const db = openDatabase(file);
    const before = recorded(db);
    expect(migrate(db)).toEqual({ applied: [], version: MIGRATIONS.length });
    expect(recorded(db)).toEqual(before);
    db.close();
  });

  it('each runs in its own transaction: one that fails midway leaves the database at the previous version', () => {
    const db = new Database(file);
    try {
      expect(() => migrate(db, [first, broken])).toThrow(/no_such_table/);
      expect(recorded(db)).toEqual([{ version: 1, name: 'first' }]);
      expect(tableNames(db)).toEqual(['a', 'schema_migrations']);
      expect(migrate(db, [first, fixed])).toEqual({ applied: [2], version: 2 });
      expect(tableNames(db)).toEqual(['a', 'b', 'schema_migrations']);
    } finally {
      db.close();
    }
  });

  it('a database from a newer Dockside is refused with DB_TOO_NEW, in words, and left untouched', () => {
    openDatabase(file).close();
    const db = new Database(file);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(MIGRATIONS.length + 1, 'from a newer app', '2030-01-01T00:00:00.000Z');
    db.close();
    const bytes = readFileSync(file);
    let refused: DocksideError | null = null;
    try {
      openDatabase(file).close();
    } catch (error) {
      if (error instanceof DocksideError) refused = error;
    }
    expect(refused?.error.code).toBe('DB_TOO_NEW');
    expect(explainError(refused?.error ?? { code: 'INTERNAL', message: '' })).toBe('This database was written by a newer Dockside. Update the app before using it.');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
