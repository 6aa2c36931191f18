import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyDatabase } from '../../electron/services/custody/verify-db';
import { removeFixture } from '../support/core-fixture';
import { custodyScenario, type CustodyScenario } from '../support/custody-scenario';

type Row = Record<string, unknown>;

describe('the custody log is append-only in the database itself', () => {
  let s: CustodyScenario;
  let before: Row[];
  const allRows = (db: Database.Database) => db.prepare('SELECT * FROM custody_events ORDER BY seq').all() as Row[];

  beforeEach(async () => {
    s = await custodyScenario();
    before = allRows(s.fixture.db);
  });
  afterEach(() => removeFixture(s.fixture));

  it('refuses UPDATE and DELETE through the app connection and leaves every event as it was', () => {
    const db = s.fixture.db;
    expect(() => db.prepare("UPDATE custody_events SET technician_id = 'SOMEONE-ELSE' WHERE seq = 5").run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE custody_events SET payload = '{}'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM custody_events WHERE seq = 10').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM custody_events').run()).toThrow(/append-only/);
    expect(allRows(db)).toEqual(before);
    expect(verifyDatabase(db, { kind: 'log' })).toMatchObject({ ok: true, checked: 10 });
  });

  it('refuses INSERT OR REPLACE over an existing event (a delete in disguise)', () => {
    const db = s.fixture.db;
    const row = before[4] as Row;
    const forged = { ...row, payload: JSON.stringify({ forged: true }) };
    const columns = Object.keys(forged);
    const replace = `INSERT OR REPLACE INTO custody_events (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
    expect(() => db.prepare(replace).run(forged)).toThrow(/append-only/);
    expect(allRows(db)).toEqual(before);
  });

  it('refuses UPDATE and DELETE from any other connection that has not removed the guard', () => {
    const other = new Database(s.fixture.dbFile);
    try {
      expect(() => other.prepare("UPDATE custody_events SET site = 'Elsewhere' WHERE seq = 1").run()).toThrow(/append-only/);
      expect(() => other.prepare('DELETE FROM custody_events WHERE seq = 1').run()).toThrow(/append-only/);
    } finally {
      other.close();
    }
    expect(allRows(s.fixture.db)).toEqual(before);
  });
});
