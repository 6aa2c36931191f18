import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/connection';
import { readState, replayState } from '../../electron/services/custody/projection-store';
import { verifyDatabase } from '../../electron/services/custody/verify-db';
import { runDbOpen } from '../bench/db-open.bench';
import { runScanCommit } from '../bench/scan-commit.bench';
import { cacheKey, ensureBenchDatabase, workingCopy, type BenchDatabase } from '../bench/support/bench-db';
import { ms } from '../bench/support/report';
import { runBenches } from '../bench/support/run-benches';
import { burstRows } from '../bench/support/scan-burst-loader';

/** The benchmarks at a tiny scale: they still build, scan, open and report. No timing is asserted here. */
const SCALE = { assets: 2_000, events: 10_000 };

describe('benchmarks at a tiny scale', () => {
  let root: string;
  let source: BenchDatabase;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dockside-bench-smoke-'));
    source = await ensureBenchDatabase(SCALE, { root });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const withDb = <T>(file: string, work: (db: Db) => T): T => {
    const db = openDatabase(file);
    try {
      return work(db);
    } finally {
      db.close();
    }
  };

  it('generates the asked number of assets and events, a chain that verifies, and projections equal to their events', () => {
    expect(source.reused).toBe(false);
    expect(source.manifest.generation).toMatchObject({ assets: 2_000, events: 10_000, signed: true, hashChained: true });
    withDb(source.file, (db) => {
      const n = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
      expect(n('SELECT count(*) AS n FROM assets')).toBe(2_000);
      expect(n('SELECT count(*) AS n FROM custody_events')).toBe(10_000);
      expect(n('SELECT max(seq) AS n FROM custody_events')).toBe(10_000);
      expect(n("SELECT count(*) AS n FROM custody_events WHERE type = 'asset_registered'")).toBe(2_000);
      expect(n('SELECT count(*) AS n FROM assets a WHERE a.event_count <> (SELECT count(*) FROM custody_events e WHERE e.asset_id = a.id)')).toBe(0);
      expect(n("SELECT count(*) AS n FROM receiving_batch_items")).toBe(n("SELECT count(*) AS n FROM custody_events WHERE type = 'received'"));
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(verifyDatabase(db, { kind: 'log' })).toEqual({ ok: true, checked: 10_000, firstProblem: null });
      const ids = db.prepare('SELECT id FROM assets').pluck().all() as string[];
      expect(ids.filter((id) => JSON.stringify(replayState(db, id)) !== JSON.stringify(readState(db, id)))).toEqual([]);
    });
  });

  it('reuses the cached file for the same scale instead of generating it again', async () => {
    const again = await ensureBenchDatabase(SCALE, { root });
    expect(again.reused).toBe(true);
    expect(again.file).toBe(source.file);
    expect(again.manifest.createdAt).toBe(source.manifest.createdAt);
  });

  it('brings a cached file of an older schema forward with the real migrations instead of generating it again', async () => {
    const olderRoot = join(root, 'older');
    const fresh = await ensureBenchDatabase(SCALE, { root: olderRoot });
    const latest = fresh.manifest.schemaVersion;
    renameSync(dirname(fresh.file), join(olderRoot, cacheKey(SCALE, latest - 1)));
    const upgraded = await ensureBenchDatabase(SCALE, { root: olderRoot });
    expect(upgraded.manifest).toMatchObject({ schemaVersion: latest, migratedFrom: { schemaVersion: latest - 1 }, createdAt: fresh.manifest.createdAt });
    expect(existsSync(join(olderRoot, cacheKey(SCALE, latest - 1)))).toBe(false);
    withDb(upgraded.file, (db) => expect((db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v).toBe(latest));
  }, 60_000);

  it('records every measured scan through the real core, linked and signed, and leaves the cached file untouched', async () => {
    const work = workingCopy(source, join(root, 'scan-work'));
    const result = await runScanCommit({ file: work.file, keyFile: work.keyFile, assets: SCALE.assets, scans: 50, warmup: 5 });
    expect(result.scanMs.count).toBe(50);
    expect(result.pragmas).toMatchObject({ journal_mode: 'wal', synchronous: 'FULL', foreign_keys: 1 });
    expect(result.recorded).toMatchObject({ expectedEvents: 112, eventsAdded: 112, batchItems: 56, outboxRowsAdded: 112, linkedToLog: 112, scansFound: 50, assetChainsVerified: 50, allRecorded: true });
    withDb(work.file, (db) => {
      expect(verifyDatabase(db, { kind: 'log' })).toEqual({ ok: true, checked: 10_112, firstProblem: null });
      expect((db.prepare("SELECT count(*) AS n FROM custody_events WHERE type = 'received' AND device_time > ?").get(source.manifest.createdAt) as { n: number }).n).toBe(56);
    });
    withDb(source.file, (db) => expect((db.prepare('SELECT max(seq) AS n FROM custody_events').get() as { n: number }).n).toBe(10_000));
  }, 60_000);

  it('opens the file in fresh processes and applies every migration to an empty file', () => {
    const work = workingCopy(source, join(root, 'open-work'));
    const result = runDbOpen({ file: work.file, keyFile: work.keyFile, runs: 2 });
    expect(result.openToFirstAnswerMs.count).toBe(2);
    expect(result.emptyFileAllMigrationsMs.count).toBe(2);
    expect(result.schemaVersion).toBeGreaterThanOrEqual(1);
    expect([result.openToFirstAnswerMs.p50, result.openDatabaseMs.p50, result.setupStatusMs.p50, result.emptyFileAllMigrationsMs.p50].every(Number.isFinite)).toBe(true);
  }, 60_000);

  it('writes a result file per benchmark with the machine, and a summary table for the README', async () => {
    const resultsDir = join(root, 'results');
    const run = await runBenches({ scale: SCALE, cacheRoot: root, resultsDir, scans: 90, openRuns: 1, diagnose: true });
    expect(run.dataset.reusedFromCache).toBe(true);
    for (const name of ['dataset', 'db-open', 'scan-commit', 'scan-commit-diagnosis']) {
      const written = JSON.parse(readFileSync(join(resultsDir, `${name}.json`), 'utf8')) as { benchmark: string; machine: { cores: number; sqlite: string; node: string } };
      expect(written.benchmark).toBe(name);
      expect(written.machine.cores).toBeGreaterThan(0);
      expect(written.machine.sqlite).toMatch(/^3\.\d+/);
    }
    expect(run.diagnosis?.variants.map((v) => v.allRecorded)).toEqual([true, true, true, true]);
    expect(run.diagnosis?.scanPath.preparesPerScan).toBeGreaterThan(0);
    expect(run.diagnosis?.variants.at(-1)?.checkpoints?.walPagesPerScan).toBeGreaterThan(0);
    expect(run.diagnosis?.variants.slice(0, -1).map((v) => v.checkpoints)).toEqual([null, null, null]);
    const summary = readFileSync(join(resultsDir, 'SUMMARY.md'), 'utf8');
    expect(summary).toContain('| Benchmark | Figure | Result | Target |');
    expect(summary).toContain(`Scan to durable commit in the core (2,000 assets / 10,000 events) | p99 | ${ms(run.scanCommit.scanMs.p99)} |`);
    expect(summary).toContain('Database open + migrations + first query (2,000 assets)');
  }, 120_000);

  it('puts the Chromium scan burst in the summary table from the figures runScanBurst returns', () => {
    const rows = burstRows({ p50Ms: 21.5, p95Ms: 61, maxMs: 90, scans: 50, recorded: 49, scansPerSecond: 10, targetP95Ms: 50, targetMet: false });
    expect(rows.map((r) => [r.figure, r.result, r.target, r.met])).toEqual([
      ['p50', '21.5 ms', '', null],
      ['p95', '61.0 ms', '≤ 50 ms', false],
      ['max', '90.0 ms', '', null],
      ['scans recorded', '49 / 50', '50 / 50', false],
    ]);
    expect(burstRows({ somethingElse: true })).toEqual([]);
  });
});
