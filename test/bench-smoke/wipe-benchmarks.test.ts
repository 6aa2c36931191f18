import { describe, expect, it } from 'vitest';
import { runCertificateBench } from '../bench/certificate-batch.bench';
import { runWipeQueueBench } from '../bench/wipe-queue.bench';

/** The sanitization benchmarks at a tiny scale: they still seed, navigate, print and report. No timing is asserted here. */
describe('sanitization benchmarks at a tiny scale', () => {
  it('measures the wipe queue in Chromium, fetching only the windows shown', async () => {
    const result = await runWipeQueueBench({ devices: 450, navigations: 2, resultsDir: null });
    expect(result.firstPageMs.count).toBe(2);
    expect(result.seed).toMatchObject({ devices: 450, withMedia: 150, highSensitivity: 90 });
    expect(result.rowsFetched).toBeLessThan(450);
    expect(result.rowsInDom).toBeLessThan(60);
  }, 120_000);

  it('prints a batch certificate whose PDF text holds every device', async () => {
    const result = await runCertificateBench({ devices: 25, resultsDir: null });
    expect(result).toMatchObject({ devices: 25, allSerialsInPdf: true });
    expect(result.pages).toBeGreaterThan(0);
    expect(result.peakChromiumPssMiB).toBeGreaterThan(0);
  }, 120_000);
});
