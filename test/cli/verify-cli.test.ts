import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../electron/cli/verify-report';
import { newSigner } from '../../electron/services/station/signer';
import { explainError } from '../../shared/error-words';
import { removeFixture } from '../support/core-fixture';
import { custodyScenario, type CustodyScenario } from '../support/custody-scenario';
import { jsonOf, runDockside } from './support/run-dockside';

const words = (code: 'DB_TOO_NEW' | 'DB_CORRUPT') => explainError({ code, message: '' });
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('dockside verify on a database file', () => {
  let s: CustodyScenario;
  let pem: string;
  beforeEach(async () => {
    s = await custodyScenario();
    s.fixture.close();
    pem = join(s.fixture.dir, 'station.pub.pem');
    writeFileSync(pem, s.fixture.signer.publicKey);
  });
  afterEach(() => removeFixture(s.fixture));

  const file = () => s.fixture.dbFile;

  it('reports the events checked, the stations and a verified chain and states, and writes nothing', () => {
    const before = digest(file());
    const run = runDockside(['verify', file(), '--pubkey', pem]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Database      ${file()}`);
    expect(run.stdout).toContain(`Stations      1: ${s.fixture.signer.stationId} (checked against the pinned key)`);
    expect(run.stdout).toContain('Chain         OK: all 10 events link in order and carry valid station signatures');
    expect(run.stdout).toContain("Asset states  OK: all 4 assets' stored states equal the replay of their events");
    expect(run.stdout).toContain('VERIFIED');
    expect(digest(file())).toBe(before);
  });

  it('--json gives one document a script can read', () => {
    const run = runDockside(['verify', file(), '--json']);
    expect(run.status).toBe(0);
    expect(jsonOf<VerifyReport>(run)).toEqual({
      ok: true,
      file: file(),
      kind: 'database',
      scope: { kind: 'log' },
      stations: [s.fixture.signer.stationId],
      pinnedKey: false,
      eventsTotal: 10,
      eventsChecked: 10,
      firstProblem: null,
      projections: { checked: 4, mismatchedAssets: 0, mismatches: [] },
    });
  });

  it('reports an asset state edited behind the log (exit status 1)', () => {
    const other = new Database(file());
    other.prepare("UPDATE assets SET status = 'disposed' WHERE asset_tag = 'IT-000104'").run();
    other.close();
    const run = runDockside(['verify', file()]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Chain         OK');
    expect(run.stdout).toContain('Asset states  WRONG for 1 of 4 assets');
    expect(run.stdout).toContain('IT-000104: status is stored as "disposed" but its events give "expected"');
  });

  it('refuses when the pinned key is not the station that signed the log', () => {
    const wrongPem = join(s.fixture.dir, 'other.pub.pem');
    writeFileSync(wrongPem, newSigner().publicKey);
    const run = runDockside(['verify', file(), '--pubkey', wrongPem, '--json']);
    expect(run.status).toBe(1);
    expect(jsonOf<VerifyReport>(run).firstProblem).toEqual({
      seq: 1,
      eventId: s.at(1).id,
      reason: `Event 1 was signed by station ${s.fixture.signer.stationId}, not by the pinned station key`,
    });
  });

  it('a --pubkey file that holds no public key is a usage error', () => {
    const notKey = join(s.fixture.dir, 'not-a-key.pem');
    writeFileSync(notKey, 'hello');
    const run = runDockside(['verify', file(), '--pubkey', notKey]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('does not hold an Ed25519 public key');
  });

  it('a database from a newer Dockside: explained, exit status 2', () => {
    const other = new Database(file());
    other.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', '2030-01-01')").run();
    other.close();
    const run = runDockside(['verify', file()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Error: ${words('DB_TOO_NEW')}`);
  });

  it('a damaged database file: explained, exit status 2', () => {
    const bytes = readFileSync(file());
    writeFileSync(file(), bytes.subarray(0, 4096 + 100));
    const run = runDockside(['verify', file(), '--json']);
    expect(run.status).toBe(2);
    expect(jsonOf<{ error: { code: string; words: string } }>(run).error).toMatchObject({ code: 'DB_CORRUPT', words: words('DB_CORRUPT') });
  });

  it('an SQLite file that is not a Dockside database, and a file that does not exist', () => {
    const foreign = join(s.fixture.dir, 'foreign.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE recipes (name TEXT)');
    db.close();
    const run = runDockside(['verify', foreign]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is an SQLite database but not a Dockside one');
    const missing = runDockside(['verify', join(s.fixture.dir, 'nothing-here.sqlite')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Error: There is no such file or folder.');
  });
});
