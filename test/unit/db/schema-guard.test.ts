import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { readSchema, schemaDrift, type SchemaShape } from '../../support/schema-shape';
import { migratedSchema, readSnapshot } from '../../support/schema-snapshot';

/** A fresh database built by every migration, altered by `change` as a careless migration might. */
function schemaAfter(change: string): SchemaShape {
  const db = new Database(':memory:');
  try {
    migrate(db);
    db.exec(change);
    return readSchema(db);
  } finally {
    db.close();
  }
}

describe('schema guard: no shipped table, column, index or trigger is dropped or changed', () => {
  const shipped = readSnapshot();

  it('the migrations still build everything in db/schema.snapshot.json', () => {
    expect(schemaDrift(shipped, migratedSchema())).toEqual([]);
  });

  it('the snapshot is as of the latest migration (regenerate: npm exec -- tsx test/support/schema-snapshot.ts)', () => {
    expect(shipped.version).toBe(MIGRATIONS.at(-1)?.version);
    expect(Object.keys(shipped.tables)).toEqual(expect.arrayContaining(['custody_events', 'outbox', 'assets', 'technicians', 'stations', 'schema_migrations']));
    expect(Object.keys(shipped.triggers)).toEqual(expect.arrayContaining(['custody_events_no_update', 'custody_events_no_delete']));
  });

  it('a database upgraded one migration at a time ends with the same schema as a fresh one', () => {
    const db = new Database(':memory:');
    try {
      for (let n = 1; n <= MIGRATIONS.length; n += 1) migrate(db, MIGRATIONS.slice(0, n));
      expect(readSchema(db)).toEqual(migratedSchema());
    } finally {
      db.close();
    }
  });

  it('fails on each kind of drop or change', () => {
    const cases: [string, string][] = [
      ['DROP TABLE receiving_batch_items', 'table receiving_batch_items was dropped'],
      ['ALTER TABLE assets DROP COLUMN central_id', 'column assets.central_id was dropped'],
      ['ALTER TABLE settings RENAME COLUMN value TO val', 'column settings.value was dropped'],
      ['DROP INDEX assets_custodian', 'index assets_custodian was dropped'],
      ['DROP INDEX assets_custodian; CREATE INDEX assets_custodian ON assets (custodian)', 'index assets_custodian changed'],
      ['DROP TRIGGER custody_events_no_delete', 'trigger custody_events_no_delete was dropped'],
      [
        "DROP TRIGGER custody_events_no_update; CREATE TRIGGER custody_events_no_update BEFORE UPDATE ON custody_events WHEN 0 BEGIN SELECT RAISE(ABORT, 'x'); END",
        'trigger custody_events_no_update changed',
      ],
      [
        `CREATE TABLE t2 (key TEXT PRIMARY KEY, value TEXT); INSERT INTO t2 SELECT * FROM settings; DROP TABLE settings; ALTER TABLE t2 RENAME TO settings`,
        'column settings.value changed from TEXT NOT NULL to TEXT',
      ],
    ];
    for (const [change, problem] of cases) {
      const drift = schemaDrift(shipped, schemaAfter(change));
      expect({ change, found: drift.some((d) => d.startsWith(problem)) }).toEqual({ change, found: true });
    }
  });

  it('reports a changed type, default or primary key', () => {
    const assets = shipped.tables['assets'];
    if (assets === undefined) throw new Error('no assets table in the snapshot');
    const changed = (column: string, edit: Partial<{ type: string; default: string | null; pk: number }>): SchemaShape => ({
      ...shipped,
      tables: { ...shipped.tables, assets: { ...assets, columns: assets.columns.map((c) => (c.name === column ? { ...c, ...edit } : c)) } },
    });
    expect(schemaDrift(shipped, changed('event_count', { type: 'TEXT' }))).toEqual(['column assets.event_count changed from INTEGER NOT NULL DEFAULT 0 to TEXT NOT NULL DEFAULT 0']);
    expect(schemaDrift(shipped, changed('status', { default: "'received'" }))).toEqual([
      "column assets.status changed from TEXT NOT NULL DEFAULT 'expected' to TEXT NOT NULL DEFAULT 'received'",
    ]);
    expect(schemaDrift(shipped, changed('id', { pk: 0 }))).toEqual(['column assets.id changed from TEXT PK1 to TEXT']);
  });

  it('additions are fine: a new column, table, index or trigger', () => {
    const added = schemaAfter(`
      ALTER TABLE assets ADD COLUMN colour TEXT;
      CREATE TABLE labels (id TEXT PRIMARY KEY);
      CREATE INDEX assets_model ON assets (model);
      CREATE TRIGGER labels_no_delete BEFORE DELETE ON labels BEGIN SELECT RAISE(ABORT, 'no'); END;`);
    expect(schemaDrift(shipped, added)).toEqual([]);
  });
});
