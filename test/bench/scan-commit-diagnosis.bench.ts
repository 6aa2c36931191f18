import { dirname, join } from 'node:path';
import { openBenchCore, signInSupervisor } from './support/bench-core';
import { benchAssetTag } from './support/catalogue';
import { commitFloor } from './support/commit-probe';
import { queryPlans, type QueryPlan } from './support/prepare-probe';
import type { Latency } from './support/stats';
import { runScanCommit, type ScanCommitOptions, type ScanCommitResult } from './scan-commit.bench';

/** One way of running the same scans, to see which cost in the core drives the tail. */
export interface VariantResult {
  readonly variant: string;
  readonly what: string;
  readonly scanMs: Latency;
  readonly receiveMs: Latency;
  readonly lookupMs: Latency;
  readonly scanCpuMs: Latency;
  readonly checkpoints: ScanCommitResult['checkpoints'];
  readonly allRecorded: boolean;
}

export interface ScanPathPlans {
  /** db.prepare calls made by one lookup + receive. */
  readonly preparesPerScan: number;
  readonly distinctStatements: number;
  readonly plans: readonly QueryPlan[];
}

export interface ScanCommitDiagnosis {
  readonly scansPerVariant: number;
  readonly variants: readonly VariantResult[];
  readonly scanPath: ScanPathPlans;
  /** A one-row commit on the same disk: with fsync (synchronous=FULL) and without (NORMAL). */
  readonly commitFloor: { readonly fullMs: Latency; readonly normalMs: Latency };
}

type VariantOptions = Pick<ScanCommitOptions, 'batchSize' | 'cacheStatements' | 'checkpointBetweenScans'>;

/** Cumulative: each variant keeps the changes above it and removes one more suspected cost. */
const VARIANTS: ReadonlyArray<{ readonly variant: string; readonly what: string; readonly options: VariantOptions }> = [
  { variant: 'as shipped', what: 'the core unchanged, one receiving batch for every scan', options: {} },
  {
    variant: '+ batches of 50',
    what: 'a new receiving batch every 50 scans: caps what receiving.receive re-reads (today it loads every item of the batch)',
    options: { batchSize: 50 },
  },
  {
    variant: '+ cached statements',
    what: 'and db.prepare answered from a per-connection cache of compiled statements',
    options: { batchSize: 50, cacheStatements: true },
  },
  {
    variant: '+ checkpoint off the scan path',
    what: 'and wal_autocheckpoint = 0 on the core connection, a PASSIVE checkpoint every 50 scans, timed apart from the scans (as an idle or background checkpointer would)',
    options: { batchSize: 50, cacheStatements: true, checkpointBetweenScans: true },
  },
];

/** Records what one scan prepares and asks SQLite how it runs each statement. */
async function scanPathPlans(file: string, keyFile: string, assets: number): Promise<ScanPathPlans> {
  const bench = openBenchCore(file, keyFile, { prepare: 'record' });
  try {
    await signInSupervisor(bench);
    const batch = await bench.call('receiving.startBatch', {});
    const tag = benchAssetTag(assets - 1);
    const probe = bench.prepares;
    if (probe === null) throw new Error('the prepare probe is missing');
    probe.clear();
    const lookup = await bench.call('receiving.lookup', { raw: tag, source: 'wedge', batchId: batch.batchId });
    if (lookup.kind !== 'known') throw new Error(`${tag} not found`);
    await bench.call('receiving.receive', {
      batchId: batch.batchId,
      assetId: lookup.asset.id,
      source: 'wedge',
      scanned: tag,
      condition: { scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C5' },
      damage: [],
      accessories: ['CHARGER'],
      note: '',
    });
    const calls = probe.calls();
    const plans = queryPlans(bench.db, calls);
    return { preparesPerScan: calls.length, distinctStatements: plans.length, plans };
  } finally {
    bench.close();
  }
}

/**
 * Runs the scan-commit benchmark again under variants that each remove one suspected cost, on the same
 * working copy (each variant scans different random assets), plus the query plans of the scan path.
 */
export async function runScanCommitDiagnosis(options: Omit<ScanCommitOptions, keyof VariantOptions | 'seed'>): Promise<ScanCommitDiagnosis> {
  const variants: VariantResult[] = [];
  for (const [i, { variant, what, options: extra }] of VARIANTS.entries()) {
    options.log?.(`  variant: ${variant}`);
    const result = await runScanCommit({ ...options, ...extra, seed: 101 + i, log: () => undefined });
    variants.push({ variant, what, scanMs: result.scanMs, receiveMs: result.receiveMs, lookupMs: result.lookupMs, scanCpuMs: result.scanCpuMs, checkpoints: result.checkpoints, allRecorded: result.recorded.allRecorded });
  }
  return {
    scansPerVariant: options.scans ?? 2000,
    variants,
    scanPath: await scanPathPlans(options.file, options.keyFile, options.assets),
    commitFloor: commitFloor(join(dirname(options.file), 'commit-probe.sqlite')),
  };
}
