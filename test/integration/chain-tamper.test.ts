import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import type { VerifyReport } from '../../electron/cli/verify-report';
import { hashEvent } from '../../electron/services/custody/canonical';
import { EVENT_COLUMNS, rowToEvent, type EventRow } from '../../electron/services/custody/event-rows';
import { replayState, writeState } from '../../electron/services/custody/projection-store';
import type { ChainScope } from '../../electron/services/custody/verify-chain';
import { verifyDatabase } from '../../electron/services/custody/verify-db';
import { newSigner, type StationSigner } from '../../electron/services/station/signer';
import { explainError } from '../../shared/error-words';
import type { ChainReport } from '../../shared/views';
import { tamper } from '../support/attacker';
import { removeFixture } from '../support/core-fixture';
import { custodyScenario, type CustodyScenario } from '../support/custody-scenario';
import { jsonOf, runDockside } from '../cli/support/run-dockside';

const CHAIN_WORDS = explainError({ code: 'CHAIN_BROKEN', message: '' });

function readRow(db: Database.Database, seq: number): EventRow {
  return db.prepare(`SELECT ${EVENT_COLUMNS} FROM custody_events WHERE seq = ?`).get(seq) as EventRow;
}

/** Rewrites a row's hash-chain fields the way an attacker without the station key can: everything but the signature. */
function rehash(db: Database.Database, seq: number): void {
  const event = rowToEvent(readRow(db, seq));
  const previous = db.prepare('SELECT hash FROM custody_events WHERE seq < ? ORDER BY seq DESC LIMIT 1').get(seq) as { hash: string } | undefined;
  const assetPrevious = db.prepare('SELECT hash FROM custody_events WHERE asset_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1').get(event.assetId, seq) as
    | { hash: string }
    | undefined;
  const prevHash = previous?.hash ?? '0'.repeat(64);
  const assetPrevHash = assetPrevious?.hash ?? null;
  const { hash: _hash, signature: _signature, ...body } = { ...event, prevHash, assetPrevHash };
  db.prepare('UPDATE custody_events SET prev_hash = ?, asset_prev_hash = ?, hash = ? WHERE seq = ?').run(prevHash, assetPrevHash, hashEvent(body), seq);
}

/** Appends a well-formed event for IT-000104, hash-linked to the log, signed by `signer` under `stationId`. */
function appendForged(db: Database.Database, s: CustodyScenario, signer: StationSigner, stationId: string): string {
  const last = rowToEvent(readRow(db, 10));
  const assetId = s.assets['IT-000104'] ?? '';
  const assetLast = db.prepare('SELECT hash FROM custody_events WHERE asset_id = ? ORDER BY seq DESC LIMIT 1').get(assetId) as { hash: string };
  const unsigned = { ...last, id: `${last.id.slice(0, -4)}beef`, seq: 11, stationId, assetId, prevHash: last.hash, assetPrevHash: assetLast.hash };
  const { hash: _hash, signature: _signature, ...body } = unsigned;
  const hash = hashEvent(body);
  db.prepare(`INSERT INTO custody_events (${EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    body.seq, body.id, stationId, assetId, body.type, JSON.stringify(body.payload), body.technicianId, body.site, body.deviceTime, body.prevHash, body.assetPrevHash, hash, signer.sign(hash),
  );
  return body.id;
}

describe('tampering with the SQLite file is detected and the first broken event is named', () => {
  let s: CustodyScenario;
  beforeEach(async () => {
    s = await custodyScenario();
    s.fixture.close();
  });
  afterEach(() => removeFixture(s.fixture));

  const file = () => s.fixture.dbFile;
  function verifyWithApp(scope: ChainScope = { kind: 'log' }): ChainReport {
    const db = openDatabase(file());
    try {
      return verifyDatabase(db, scope);
    } finally {
      db.close();
    }
  }
  function verifyWithCli(...extra: string[]): { status: number | null; report: VerifyReport } {
    const run = runDockside(['verify', file(), '--json', ...extra]);
    return { status: run.status, report: jsonOf<VerifyReport>(run) };
  }
  /** `checked`: how many events verified before the broken one (fewer than seq - 1 when rows were deleted). */
  function expectBrokenAt(seq: number, reason: RegExp, checked = seq - 1): void {
    const app = verifyWithApp();
    expect(app.ok).toBe(false);
    expect(app.firstProblem).toMatchObject({ seq, eventId: s.at(seq).id });
    expect(app.firstProblem?.reason).toMatch(reason);
    expect(app.checked).toBe(checked);
    const cli = verifyWithCli();
    expect(cli.status).toBe(1);
    expect(cli.report.ok).toBe(false);
    expect(cli.report.firstProblem).toEqual(app.firstProblem);
  }

  it('an edited payload: the edited event is named, in the JSON report and in words', () => {
    tamper(file(), (db) => db.prepare("UPDATE custody_events SET payload = replace(payload, 'F3/C5', 'F6/C9') WHERE seq = 6").run());
    expectBrokenAt(6, /was altered/);
    const human = runDockside(['verify', file()]);
    expect(human.status).toBe(1);
    expect(human.stdout).toContain(`BROKEN at event 6 (id ${s.at(6).id})`);
    expect(human.stdout).toContain('Event 6 was altered: its content no longer matches its hash');
    expect(human.stdout).toContain(CHAIN_WORDS);
  });

  it('a changed technician', () => {
    tamper(file(), (db) => db.prepare("UPDATE custody_events SET technician_id = 'TECH-9' WHERE seq = 7").run());
    expectBrokenAt(7, /was altered/);
  });

  it('a deleted row in the middle of the log', () => {
    tamper(file(), (db) => db.prepare('DELETE FROM custody_events WHERE seq = 5').run());
    expectBrokenAt(6, /sequence jumps from 4 to 6/, 4);
  });

  it("the last event of an asset deleted: its own chain looks whole, the log and the asset's state do not", () => {
    const tag = s.at(7).tag;
    expect(s.at(7).type).toBe('received');
    tamper(file(), (db) => {
      db.prepare('DELETE FROM outbox WHERE event_id = ?').run(s.at(7).id);
      db.prepare('DELETE FROM custody_events WHERE seq = 7').run();
    });
    expect(verifyWithApp({ kind: 'asset', assetId: s.assets[tag] ?? '' })).toMatchObject({ ok: true, checked: 1 });
    expectBrokenAt(8, /sequence jumps from 6 to 8/, 6);
    const { report } = verifyWithCli();
    expect(report.projections?.mismatches).toContainEqual({ assetId: s.assets[tag], label: tag, field: 'status', stored: 'received', replayed: 'expected' });
  });

  it('the very last event of the log deleted: the chain alone cannot see it, the asset state check does', () => {
    const last = s.at(10);
    expect(last).toMatchObject({ type: 'condition_recorded', tag: 'IT-000103' });
    tamper(file(), (db) => {
      db.prepare('DELETE FROM outbox WHERE event_id = ?').run(last.id);
      db.prepare('DELETE FROM custody_events WHERE seq = 10').run();
    });
    expect(verifyWithApp()).toMatchObject({ ok: true, checked: 9 });
    const cli = verifyWithCli();
    expect(cli.status).toBe(1);
    expect(cli.report.firstProblem).toBeNull();
    expect(cli.report.projections).toMatchObject({ checked: 4, mismatchedAssets: 1 });
    expect(cli.report.projections?.mismatches).toContainEqual({ assetId: s.assets['IT-000103'], label: 'IT-000103', field: 'condition', stored: 'F3/C5', replayed: null });
    const human = runDockside(['verify', file()]);
    expect(human.stdout).toContain('IT-000103: condition is stored as "F3/C5" but its events give nothing');
    expect(human.stdout).toContain('NOT VERIFIED');
  });

  it('a changed row re-hashed and re-linked without the station key: the signature gives it away', () => {
    tamper(file(), (db) => {
      db.prepare("UPDATE custody_events SET payload = replace(payload, 'HINGE', 'LIQUID') WHERE seq = 6").run();
      for (let seq = 6; seq <= 10; seq += 1) rehash(db, seq);
    });
    expectBrokenAt(6, /forged or broken station signature/);
  });

  it('rows swapped between assets', () => {
    tamper(file(), (db) => {
      const a = readRow(db, 7).asset_id;
      const b = readRow(db, 9).asset_id;
      db.prepare('UPDATE custody_events SET asset_id = ? WHERE seq = 7').run(b);
      db.prepare('UPDATE custody_events SET asset_id = ? WHERE seq = 9').run(a);
    });
    expectBrokenAt(7, /was altered/);
  });

  it('a payload that is no longer JSON', () => {
    tamper(file(), (db) => db.prepare("UPDATE custody_events SET payload = 'deleted by hand' WHERE seq = 3").run());
    expectBrokenAt(3, /unreadable payload/);
  });

  it('a forged event appended under the station name, signed with another key', () => {
    let forgedId = '';
    tamper(file(), (db) => {
      forgedId = appendForged(db, s, newSigner(), s.fixture.signer.stationId);
    });
    const app = verifyWithApp();
    expect(app.firstProblem).toMatchObject({ seq: 11, eventId: forgedId });
    expect(app.firstProblem?.reason).toMatch(/forged or broken station signature/);
    expect(verifyWithCli()).toMatchObject({ status: 1, report: { firstProblem: app.firstProblem } });
  });

  it("a forged event under the attacker's own station key: consistent on its own, refused once the real key is pinned", () => {
    const forger = newSigner();
    let forgedId = '';
    tamper(file(), (db) => {
      db.prepare('INSERT INTO stations (station_id, public_key, created_at) VALUES (?, ?, ?)').run(forger.stationId, forger.publicKey, '2026-11-02T09:00:00.000Z');
      forgedId = appendForged(db, s, forger, forger.stationId);
      writeState(db, s.assets['IT-000104'] ?? '', replayState(db, s.assets['IT-000104'] ?? ''));
    });
    expect(verifyWithApp()).toMatchObject({ ok: true, checked: 11 });
    expect(verifyWithCli().status).toBe(0);
    const pem = join(s.fixture.dir, 'station.pub.pem');
    writeFileSync(pem, s.fixture.signer.publicKey);
    const pinned = verifyWithCli('--pubkey', pem);
    expect(pinned.status).toBe(1);
    expect(pinned.report.firstProblem).toEqual({
      seq: 11,
      eventId: forgedId,
      reason: `Event 11 was signed by station ${forger.stationId}, not by the pinned station key`,
    });
  });
});
