import { describe, expect, it } from 'vitest';
import { runReconcileBench } from '../bench/pickup-reconcile.bench';
import { runPickupScanBench } from '../bench/pickup-scan.bench';

/** The pickup benchmarks at a tiny scale: they still seed, scan, reconcile and report. No timing is asserted here. */
describe('pickup benchmarks at a tiny scale', () => {
  it('reconciles a manifest against its scans and finds every kind of discrepancy', () => {
    const result = runReconcileBench({ lines: 2_000, runs: 2, resultsDir: null });
    expect(result.counters.expected).toBe(2_000);
    expect(result.counters.matched + result.counters.missing + result.counters.substituted).toBe(2_000);
    expect(result.counters.unexpected).toBeGreaterThan(0);
    expect(result.ms.count).toBe(2);
  });

  it('scans into a large session in Chromium, confirming each scan, with the table virtualised', async () => {
    const result = await runPickupScanBench({ lines: 600, scans: 6, scansPerSecond: 5, resultsDir: null });
    expect(result.enterToConfirmationMs.count).toBe(6);
    expect(result.scannedCounter).toBe('6');
    expect(result.rowsInDom).toBeLessThan(40);
  }, 120_000);
});
