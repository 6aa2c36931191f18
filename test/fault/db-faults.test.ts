import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { checkProjections } from '../../electron/cli/check-projections';
import { verifyDatabase } from '../../electron/services/custody/verify-db';
import { explainError } from '../../shared/error-words';
import { DocksideError, type ErrorCode, type Result } from '../../shared/errors';
import { removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';
import type { ReadonlyReport } from './support/readonly-child';
import { logCounts, openStation, type Station } from './support/station';

const words = (code: ErrorCode) => explainError({ code, message: '' });
const READONLY_CHILD = fileURLToPath(new URL('./support/readonly-child.ts', import.meta.url));

function failure<T>(result: Result<T>): { code: ErrorCode; words: string } {
  if (result.ok) throw new Error('expected the command to fail, it succeeded');
  return { code: result.error.code, words: explainError(result.error) };
}

function openError(file: string): { code: ErrorCode; words: string } {
  try {
    openDatabase(file).close();
  } catch (error) {
    if (error instanceof DocksideError) return { code: error.error.code, words: explainError(error.error) };
    throw error;
  }
  throw new Error('expected openDatabase to fail, it opened');
}

describe('database faults: a clear message in words, nothing half-written, and work resumes', () => {
  let f: CoreFixture;
  let station: Station | null;
  let assetIds: string[];
  beforeEach(async () => {
    f = await signedInFixture();
    assetIds = [];
    for (let i = 0; i < 120; i += 1) {
      const asset = await f.call('assets.register', { assetTag: `IT-${300_000 + i}`, serial: `SN-FAULT-${i}`, make: 'Lenovo', model: 'ThinkPad T14 Gen 4', assetClass: 'laptop', custodian: `Leaver ${i}` });
      assetIds.push(asset.id);
    }
    f.close();
    station = null;
  });
  afterEach(() => {
    if (station?.db.open) station.db.close();
    removeFixture(f);
  });

  const receiveInput = (batchId: string, assetId: string) => ({
    batchId,
    assetId,
    source: 'wedge' as const,
    scanned: 'scan',
    condition: { scheme: 'r2v3-rec' as const, functional: 'F4', cosmetic: 'C7' },
    damage: [],
    accessories: ['CHARGER', 'DOCK'],
    note: 'boxed',
  });

  it('locked by another program: DB_BUSY in words, nothing recorded, and it works once the lock is released', async () => {
    const s = await openStation(f.dir, { busyTimeoutMs: 100 });
    station = s;
    const batch = await s.core.invoke('receiving.startBatch', {});
    if (!batch.ok) throw new Error(batch.error.code);
    const before = logCounts(s.db);
    const locker = new Database(f.dbFile);
    locker.exec('BEGIN EXCLUSIVE');
    try {
      expect(failure(await s.core.invoke('receiving.receive', receiveInput(batch.value.batchId, assetIds[0] ?? '')))).toEqual({ code: 'DB_BUSY', words: words('DB_BUSY') });
      expect(failure(await s.core.invoke('assets.register', { serial: 'SN-NEW-1', assetClass: 'phone' })).code).toBe('DB_BUSY');
      const lookup = await s.core.invoke('receiving.lookup', { raw: 'IT-300000', source: 'wedge', batchId: batch.value.batchId });
      expect(lookup.ok && lookup.value.kind).toBe('known');
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    expect(words('DB_BUSY')).toContain('Nothing was recorded');
    expect(logCounts(s.db)).toEqual(before);
    const retried = await s.core.invoke('receiving.receive', receiveInput(batch.value.batchId, assetIds[0] ?? ''));
    expect(retried.ok && retried.value.asset.state.status).toBe('received');
  });

  it('disk full: DB_FULL in words, no event without its outbox row, batch item or state, and it works once space is freed', async () => {
    const s = await openStation(f.dir, {});
    station = s;
    const batch = await s.core.invoke('receiving.startBatch', {});
    if (!batch.ok) throw new Error(batch.error.code);
    s.db.pragma(`max_page_count = ${String(s.db.pragma('page_count', { simple: true }))}`);
    let full: { code: ErrorCode; words: string } | null = null;
    let failedAsset = '';
    let receivedBefore = 0;
    for (const assetId of assetIds) {
      const before = logCounts(s.db);
      const result = await s.core.invoke('receiving.receive', receiveInput(batch.value.batchId, assetId));
      if (result.ok) {
        receivedBefore += 1;
        continue;
      }
      full = failure(result);
      failedAsset = assetId;
      expect(logCounts(s.db)).toEqual(before);
      break;
    }
    expect(full).toEqual({ code: 'DB_FULL', words: words('DB_FULL') });
    expect(logCounts(s.db)).toMatchObject({ eventsWithoutOutbox: 0, receivedWithoutBatchItem: 0, batchItems: receivedBefore });
    expect(s.db.prepare('SELECT count(*) AS n FROM custody_events WHERE asset_id = ?').get(failedAsset)).toEqual({ n: 1 });
    expect(checkProjections(s.db).mismatchedAssets).toBe(0);
    expect(verifyDatabase(s.db, { kind: 'log' }).ok).toBe(true);

    s.db.pragma('max_page_count = 1073741823');
    const retried = await s.core.invoke('receiving.receive', receiveInput(batch.value.batchId, failedAsset));
    expect(retried.ok && retried.value.asset.state).toMatchObject({ status: 'received', condition: 'F4/C7' });
    expect(logCounts(s.db)).toMatchObject({ batchItems: receivedBefore + 1, eventsWithoutOutbox: 0 });
  });

  it('a file of garbage, or a truncated database: DB_CORRUPT in words when opening', () => {
    const garbage = join(f.dir, 'garbage.sqlite');
    writeFileSync(garbage, Buffer.alloc(64 * 1024, 'not a database '));
    expect(openError(garbage)).toEqual({ code: 'DB_CORRUPT', words: words('DB_CORRUPT') });
    const bytes = readFileSync(f.dbFile);
    for (const keep of [1000, 4096 * 2, bytes.length - 4096]) {
      const truncated = join(f.dir, `truncated-${keep}.sqlite`);
      writeFileSync(truncated, bytes.subarray(0, keep));
      expect({ keep, ...openError(truncated) }).toEqual({ keep, code: 'DB_CORRUPT', words: words('DB_CORRUPT') });
    }
  });

  it('a damaged page found after opening: DB_CORRUPT as an answer, not a crash', async () => {
    const probe = new Database(f.dbFile, { readonly: true });
    const { rootpage } = probe.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'custody_events'").get() as { rootpage: number };
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    probe.close();
    const fd = openSync(f.dbFile, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize);
    closeSync(fd);
    const s = await openStation(f.dir, {});
    station = s;
    expect(failure(await s.core.invoke('custody.verify', {}))).toEqual({ code: 'DB_CORRUPT', words: words('DB_CORRUPT') });
    expect(failure(await s.core.invoke('assets.note', { assetId: assetIds[0] ?? '', text: 'still here?' })).code).toBe('DB_CORRUPT');
    expect((await s.core.invoke('setup.status', {})).ok).toBe(true);
  });

  it('a read-only file: DB_READONLY in words, whether the folder is writable or not', () => {
    const asRoot = process.getuid?.() === 0;
    const tmp = mkdtempSync(join(tmpdir(), 'dockside-ro-tmp-'));
    chmodSync(tmp, 0o777);
    chmodSync(f.dbFile, 0o444);
    chmodSync(join(f.dir, 'station-key.pem'), 0o444);
    try {
      const reports = [0o555, 0o777].map((folderMode) => {
        chmodSync(f.dir, folderMode);
        const run = spawnSync(process.execPath, ['--import', 'tsx', READONLY_CHILD, f.dbFile, join(f.dir, 'station-key.pem')], {
          encoding: 'utf8',
          env: { ...process.env, TMPDIR: tmp },
          timeout: 60_000,
          ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        });
        expect(run.stderr).toBe('');
        return JSON.parse(run.stdout) as ReadonlyReport;
      });
      expect(reports[0]).toEqual({ failedAt: 'open', code: 'DB_READONLY', words: words('DB_READONLY') });
      expect(reports[1]).toMatchObject({ code: 'DB_READONLY', words: words('DB_READONLY') });
    } finally {
      chmodSync(f.dir, 0o700);
      chmodSync(f.dbFile, 0o644);
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
