import { describe, expect, it } from 'vitest';
import { runCasesBench } from '../bench/cases.bench';

/** The offboarding benchmark at a tiny scale: it still seeds, recomputes, navigates and reports. No timing is asserted here. */
describe('offboarding benchmark at a tiny scale', () => {
  it('seeds cases, recomputes their standings and measures the case list and dashboard in Chromium', async () => {
    const result = await runCasesBench({ cases: 40, perCase: 8, navigations: 2, recomputations: 2, resultsDir: null });
    expect(result.seed).toMatchObject({ cases: 40, assets: 320 });
    expect(result.recomputeMs.count).toBe(2);
    expect(result.caseListFirstPaintMs.count).toBe(2);
    expect(result.caseListAfterWriteMs.count).toBe(2);
    expect(result.dashboardFirstPaintMs.count).toBe(2);
  }, 120_000);
});
