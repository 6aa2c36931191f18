import { fileURLToPath } from 'node:url';
import type { ExpectedLine, ScannedItem } from '../../shared/domain/pickups/match-scan';
import { reconcile, type Reconciliation } from '../../shared/domain/pickups/reconcile';
import { createPrng } from '../support/prng';
import { machineInfo } from './support/machine';
import { writeResult } from './support/report';
import { latency, type Latency } from './support/stats';

export interface ReconcileBenchOptions {
  readonly lines?: number;
  readonly runs?: number;
  /** Where results/<name>.json goes; null writes nothing. */
  readonly resultsDir?: string | null;
}

export interface ReconcileBenchResult {
  readonly lines: number;
  readonly scans: number;
  readonly runs: number;
  /** Wall-clock time of each run. */
  readonly ms: Latency;
  /** CPU time the process spent on each run: the work itself, apart from waiting for a core on a busy machine. */
  readonly cpuMs: Latency;
  readonly targetMs: number;
  readonly targetMet: boolean;
  readonly counters: Reconciliation['counters'];
}

export const RECONCILE_TARGET_MS = 100;
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const pad = (n: number): string => String(n).padStart(6, '0');

/**
 * A manifest of `lines` devices and as many scans in shuffled order: most match by tag, some by serial,
 * 2% are not on the manifest, 1% carry another model (substitutions), 1% are scanned twice, and the
 * expected lines those scans replace are missing.
 */
export function reconcileData(count: number, seed = 4): { lines: ExpectedLine[]; scans: ScannedItem[] } {
  const prng = createPrng(seed);
  const lines: ExpectedLine[] = Array.from({ length: count }, (_, i) => ({
    lineNo: i + 1,
    assetId: i % 5 === 0 ? null : `A${pad(i)}`,
    serial: `SN${pad(i)}`,
    assetTag: `IT-${pad(i)}`,
    model: i % 2 === 0 ? 'ThinkPad T14' : 'Latitude 7440',
  }));
  const scans: ScannedItem[] = lines.map((line, i) => {
    const roll = prng.next();
    if (roll < 0.02) return { value: `IT-9${pad(i)}`, asset: { id: `X${pad(i)}`, serial: `SX${pad(i)}`, assetTag: `IT-9${pad(i)}`, model: 'EliteBook 840' }, medium: null };
    if (roll < 0.03) return { value: line.assetTag ?? '', asset: { id: line.assetId ?? `B${pad(i)}`, serial: line.serial, assetTag: line.assetTag, model: 'Precision 5570' }, medium: null };
    if (roll < 0.04) return { value: `IT-${pad(Math.max(0, i - 1))}`, asset: null, medium: null };
    if (line.assetId === null) return { value: (i % 2 === 0 ? line.serial : line.assetTag) ?? '', asset: null, medium: null };
    return { value: line.assetTag ?? '', asset: { id: line.assetId, serial: line.serial, assetTag: line.assetTag, model: line.model }, medium: null };
  });
  for (let i = scans.length - 1; i > 0; i -= 1) {
    const j = prng.int(i + 1);
    const a = scans[i];
    const b = scans[j];
    if (a !== undefined && b !== undefined) [scans[i], scans[j]] = [b, a];
  }
  return { lines, scans };
}

/** Reconciles a 10,000-line manifest against 10,000 scans, `runs` times after a warm-up, and reports the times. */
export function runReconcileBench(options: ReconcileBenchOptions = {}): ReconcileBenchResult {
  const count = options.lines ?? 10_000;
  const runs = options.runs ?? 30;
  const { lines, scans } = reconcileData(count);
  let last = reconcile(lines, scans);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    last = reconcile(lines, scans);
    samples.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  const ms = latency(samples);
  const result: ReconcileBenchResult = { lines: count, scans: scans.length, runs, ms, cpuMs: latency(cpu), targetMs: RECONCILE_TARGET_MS, targetMet: ms.max <= RECONCILE_TARGET_MS, counters: last.counters };
  if (options.resultsDir !== null) writeResult(options.resultsDir ?? RESULTS_DIR, 'pickup-reconcile', machineInfo(), { ...result });
  return result;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = runReconcileBench();
  const c = result.counters;
  console.log(`reconcile ${result.lines} manifest lines against ${result.scans} scans, ${result.runs} runs: p50 ${result.ms.p50} ms, p95 ${result.ms.p95} ms, max ${result.ms.max} ms (target <= ${result.targetMs} ms: ${result.targetMet ? 'met' : 'NOT met'})`);
  console.log(`CPU time per run: p50 ${result.cpuMs.p50} ms, p95 ${result.cpuMs.p95} ms, max ${result.cpuMs.max} ms; load average ${machineInfo().loadAverage.join(' ')}`);
  console.log(`found: matched ${c.matched}, missing ${c.missing}, unexpected ${c.unexpected}, substituted ${c.substituted}`);
  console.log(`machine: ${machineInfo().cpu}, ${machineInfo().cores} cores`);
}
