import { verifyDatabase } from '../../electron/services/custody/verify-db';
import { ACCESSORIES, DAMAGE_CODES, REC_COSMETIC, REC_FUNCTIONAL, type Condition } from '../../shared/domain/grading';
import { connectionPragmas, openBenchCore, signInSupervisor, type BenchCore } from './support/bench-core';
import { benchAssetTag } from './support/catalogue';
import { createPrng, type Prng } from '../support/prng';
import { latency, type Latency } from './support/stats';

export interface ScanCommitOptions {
  readonly file: string;
  readonly keyFile: string;
  /** How many assets the file holds (tags IT-0000001 upwards). */
  readonly assets: number;
  readonly scans?: number;
  /** Scans made first, recorded like the rest, but not measured (JIT and page cache warm-up). */
  readonly warmup?: number;
  readonly seed?: number;
  readonly log?: (line: string) => void;
  /** Variant for diagnosis: start a new receiving batch every this many scans (default: one batch for all). */
  readonly batchSize?: number;
  /** Variant for diagnosis: the core's connection reuses compiled statements. */
  readonly cacheStatements?: boolean;
  /** Variant for diagnosis: no WAL checkpoint inside a scan's commit; a PASSIVE checkpoint between scans, timed apart from them, as an idle-time or background checkpointer would. */
  readonly checkpointBetweenScans?: boolean;
}

/** Proof that every scan the benchmark timed was committed, linked and signed. */
export interface RecordedCheck {
  readonly expectedEvents: number;
  readonly eventsAdded: number;
  readonly batchItems: number;
  readonly outboxRowsAdded: number;
  /** New events whose prevHash is the hash of the event before them. */
  readonly linkedToLog: number;
  /** Measured scans whose two events are in the log under the scanned asset. */
  readonly scansFound: number;
  /** Measured assets whose whole chain (history plus new events) verifies: hashes, links, signatures. */
  readonly assetChainsVerified: number;
  readonly allRecorded: boolean;
}

export interface ScanCommitResult {
  readonly scans: number;
  readonly warmupScans: number;
  readonly logEventsBefore: number;
  readonly pragmas: Record<string, string | number>;
  /** The very first scan after opening, before any warm-up (cold statements, cold pages). */
  readonly firstScanMs: { readonly lookup: number; readonly receive: number };
  /** receiving.lookup + receiving.receive, each committed durably. */
  readonly scanMs: Latency;
  readonly lookupMs: Latency;
  readonly receiveMs: Latency;
  /**
   * CPU time per scan. On a busy machine wall-clock figures include time spent waiting for a core;
   * scanMs - scanCpuMs is waiting (fsync, I/O, other processes).
   */
  readonly scanCpuMs: Latency;
  /** Scan latency by position in the (single) receiving batch: does a growing batch slow scans down? */
  readonly scanMsByBatchQuarter: readonly Latency[];
  readonly recorded: RecordedCheck;
  /**
   * Only with checkpointBetweenScans: what each checkpoint of 50 scans' WAL cost (the work an automatic checkpoint
   * does inside one unlucky scan's commit) and how many WAL pages a scan writes.
   */
  readonly checkpoints: { readonly ms: Latency; readonly walPagesPerScan: number } | null;
  readonly targetP99Ms: number;
  readonly targetMet: boolean;
}

export const SCAN_P99_TARGET_MS = 5;

/** With checkpointBetweenScans: scans between two checkpoints. */
const CHECKPOINT_EVERY = 50;

interface Measured {
  readonly tag: string;
  readonly assetId: string;
  readonly eventIds: readonly string[];
  readonly lookupMs: number;
  readonly receiveMs: number;
  /** CPU time this process used during the scan (user + system): the part of the scan that is work, not waiting. */
  readonly cpuMs: number;
}

/** Distinct random asset indexes. */
function sample(count: number, population: number, prng: Prng): number[] {
  if (count > population) throw new Error(`cannot pick ${count} distinct assets out of ${population}`);
  const picked = new Set<number>();
  while (picked.size < count) picked.add(prng.int(population));
  return [...picked];
}

function gradeFor(prng: Prng): { condition: Condition; damage: string[]; accessories: string[] } {
  return {
    condition: { scheme: 'r2v3-rec', functional: prng.pick(REC_FUNCTIONAL).code, cosmetic: prng.pick(REC_COSMETIC).code },
    damage: prng.next() < 0.2 ? [prng.pick(DAMAGE_CODES).code] : [],
    accessories: prng.next() < 0.7 ? [prng.pick(ACCESSORIES).code] : [],
  };
}

/** One scan as the Receive screen makes it: look the scanned tag up, then receive and grade the asset it names. */
async function scanOnce(bench: BenchCore, batchId: string, tag: string, prng: Prng): Promise<Measured> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const lookup = await bench.call('receiving.lookup', { raw: tag, source: 'wedge', batchId });
  const t1 = performance.now();
  if (lookup.kind !== 'known') throw new Error(`scan of ${tag} did not find the asset`);
  if (lookup.alreadyInBatch) throw new Error(`${tag} is already in the batch`);
  const outcome = await bench.call('receiving.receive', { batchId, assetId: lookup.asset.id, source: 'wedge', scanned: tag, ...gradeFor(prng), note: '' });
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return { tag, assetId: lookup.asset.id, eventIds: outcome.eventIds, lookupMs: t1 - t0, receiveMs: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function maxSeq(bench: BenchCore): number {
  return (bench.db.prepare('SELECT coalesce(max(seq), 0) AS n FROM custody_events').get() as { n: number }).n;
}

function checkRecorded(bench: BenchCore, batchIds: readonly string[], before: number, totalScans: number, measured: readonly Measured[]): RecordedCheck {
  const { db } = bench;
  const count = (sql: string, ...params: unknown[]): number => (db.prepare(sql).get(...params) as { n: number }).n;
  const eventOf = db.prepare('SELECT type FROM custody_events WHERE id = ? AND asset_id = ?');
  const scansFound = measured.filter((m) => {
    const types = m.eventIds.map((id) => (eventOf.get(id, m.assetId) as { type: string } | undefined)?.type);
    return types.length === 2 && types[0] === 'received' && types[1] === 'condition_recorded';
  }).length;
  const assetChainsVerified = measured.filter((m) => verifyDatabase(db, { kind: 'asset', assetId: m.assetId }).ok).length;
  const check = {
    expectedEvents: 2 * totalScans,
    eventsAdded: maxSeq(bench) - before,
    batchItems: batchIds.reduce((sum, batchId) => sum + count('SELECT count(*) AS n FROM receiving_batch_items WHERE batch_id = ?', batchId), 0),
    outboxRowsAdded: count('SELECT count(*) AS n FROM outbox WHERE seq > ?', before),
    linkedToLog: count('SELECT count(*) AS n FROM custody_events e JOIN custody_events p ON p.seq = e.seq - 1 WHERE e.seq > ? AND e.prev_hash = p.hash', before),
    scansFound,
    assetChainsVerified,
  };
  const allRecorded =
    check.eventsAdded === check.expectedEvents &&
    check.batchItems === totalScans &&
    check.outboxRowsAdded === check.expectedEvents &&
    check.linkedToLog === check.expectedEvents &&
    scansFound === measured.length &&
    assetChainsVerified === measured.length;
  return { ...check, allRecorded };
}

/** With checkpointBetweenScans: a timed PASSIVE checkpoint after every CHECKPOINT_EVERY scans, outside the scans' timings. */
function betweenScanCheckpointer(bench: BenchCore): { afterScan(i: number): void; figures(): ScanCommitResult['checkpoints'] } {
  const ms: number[] = [];
  const pagesPerScan: number[] = [];
  return {
    afterScan(i) {
      if (i % CHECKPOINT_EVERY !== CHECKPOINT_EVERY - 1) return;
      const t = performance.now();
      const [done] = bench.db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
      ms.push(performance.now() - t);
      if (done !== undefined && i >= CHECKPOINT_EVERY) pagesPerScan.push(done.log / CHECKPOINT_EVERY);
    },
    figures() {
      if (ms.length === 0) return null;
      const mean = pagesPerScan.reduce((a, b) => a + b, 0) / Math.max(1, pagesPerScan.length);
      return { ms: latency(ms), walPagesPerScan: Math.round(mean * 10) / 10 };
    },
  };
}

function quarters(samples: readonly number[]): Latency[] {
  const size = Math.ceil(samples.length / 4);
  return [0, 1, 2, 3].map((q) => samples.slice(q * size, (q + 1) * size)).filter((part) => part.length > 0).map(latency);
}

/**
 * Scan-to-durable-commit in the core: a signed-in supervisor starts a receiving batch and scans random
 * existing assets; each scan is receiving.lookup by tag plus receiving.receive with a grade, committed
 * with WAL + synchronous=FULL as openDatabase sets them.
 */
export async function runScanCommit(options: ScanCommitOptions): Promise<ScanCommitResult> {
  const scans = options.scans ?? 2000;
  const warmup = options.warmup ?? 20;
  const prng = createPrng(options.seed ?? 11);
  const bench = openBenchCore(options.file, options.keyFile, { prepare: options.cacheStatements === true ? 'cache' : 'none' });
  try {
    await signInSupervisor(bench);
    const checkpointer = options.checkpointBetweenScans === true ? betweenScanCheckpointer(bench) : null;
    if (checkpointer !== null) bench.db.pragma('wal_autocheckpoint = 0');
    const pragmas = connectionPragmas(bench.db);
    const before = maxSeq(bench);
    const batchIds = [(await bench.call('receiving.startBatch', {})).batchId];
    const tags = sample(warmup + scans + 1, options.assets, prng).map(benchAssetTag);
    const [firstTag, ...rest] = tags;
    if (firstTag === undefined) throw new Error('no assets to scan');
    const first = await scanOnce(bench, batchIds[0] ?? '', firstTag, prng);
    const measured: Measured[] = [];
    for (const [i, tag] of rest.entries()) {
      if (options.batchSize !== undefined && i > 0 && i % options.batchSize === 0) batchIds.push((await bench.call('receiving.startBatch', {})).batchId);
      const scan = await scanOnce(bench, batchIds.at(-1) ?? '', tag, prng);
      checkpointer?.afterScan(i);
      if (i < warmup) continue;
      measured.push(scan);
      if (measured.length % 500 === 0) options.log?.(`  ${measured.length} / ${scans} scans`);
    }
    const totals = measured.map((m) => m.lookupMs + m.receiveMs);
    const scanMs = latency(totals);
    return {
      scans,
      warmupScans: warmup + 1,
      logEventsBefore: before,
      pragmas,
      firstScanMs: { lookup: Math.round(first.lookupMs * 1000) / 1000, receive: Math.round(first.receiveMs * 1000) / 1000 },
      scanMs,
      lookupMs: latency(measured.map((m) => m.lookupMs)),
      receiveMs: latency(measured.map((m) => m.receiveMs)),
      scanCpuMs: latency(measured.map((m) => m.cpuMs)),
      scanMsByBatchQuarter: quarters(totals),
      recorded: checkRecorded(bench, batchIds, before, warmup + 1 + scans, measured),
      checkpoints: checkpointer?.figures() ?? null,
      targetP99Ms: SCAN_P99_TARGET_MS,
      targetMet: scanMs.p99 <= SCAN_P99_TARGET_MS,
    };
  } finally {
    bench.close();
  }
}
