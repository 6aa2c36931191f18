import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { atMost, ms, type SummaryRow } from './report';

const BURST_MODULE = new URL('../scan-burst.bench.ts', import.meta.url);

export type ScanBurstOutcome =
  | { readonly ran: true; readonly result: unknown; readonly rows: readonly SummaryRow[] }
  | { readonly ran: false; readonly reason: string };

/** The figures runScanBurst returns (see scan-burst.bench.ts), read defensively: that file is written separately. */
interface BurstFigures {
  readonly p50Ms?: unknown;
  readonly p95Ms?: unknown;
  readonly maxMs?: unknown;
  readonly scans?: unknown;
  readonly recorded?: unknown;
  readonly scansPerSecond?: unknown;
  readonly targetP95Ms?: unknown;
  readonly targetMet?: unknown;
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Summary rows for the burst: Enter-to-confirmation p50, p95 (the target) and max, and how many scans were recorded. */
export function burstRows(result: unknown): SummaryRow[] {
  const r = (result ?? {}) as BurstFigures;
  const p50 = num(r.p50Ms);
  const p95 = num(r.p95Ms);
  const max = num(r.maxMs);
  const scans = num(r.scans);
  const recorded = num(r.recorded);
  const rate = num(r.scansPerSecond);
  const target = num(r.targetP95Ms);
  if (p50 === null || p95 === null || max === null || scans === null) return [];
  const name = `Scan burst in Chromium (${scans} wedge scans${rate === null ? '' : ` at ${rate}/s`}), Enter to confirmation shown`;
  return [
    { benchmark: name, figure: 'p50', result: ms(p50), target: '', met: null },
    { benchmark: name, figure: 'p95', result: ms(p95), target: target === null ? '' : atMost(target), met: typeof r.targetMet === 'boolean' ? r.targetMet : null },
    { benchmark: name, figure: 'max', result: ms(max), target: '', met: null },
    ...(recorded === null ? [] : [{ benchmark: name, figure: 'scans recorded', result: `${recorded} / ${scans}`, target: `${scans} / ${scans}`, met: recorded === scans }]),
  ];
}

/** Runs the Chromium scan burst (test/bench/scan-burst.bench.ts, written separately) when it exists and exports runScanBurst. */
export async function runScanBurstIfPresent(): Promise<ScanBurstOutcome> {
  if (!existsSync(fileURLToPath(BURST_MODULE))) return { ran: false, reason: 'test/bench/scan-burst.bench.ts is not there yet' };
  const module: unknown = await import(BURST_MODULE.href);
  const run = (module as { runScanBurst?: unknown }).runScanBurst;
  if (typeof run !== 'function') return { ran: false, reason: 'test/bench/scan-burst.bench.ts does not export runScanBurst' };
  const result: unknown = await (run as () => unknown)();
  return { ran: true, result, rows: burstRows(result) };
}
