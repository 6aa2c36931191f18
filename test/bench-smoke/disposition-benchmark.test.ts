import { describe, expect, it } from 'vitest';
import { runDispositionBench } from '../bench/disposition-import.bench';

/** The disposition benchmark at a tiny scale: it still seeds, previews, imports and imports again. No timing is asserted. */
describe('disposition import benchmark at a tiny scale', () => {
  it('previews and imports a report whose lines match, restore zeros, or match nothing; the second import records nothing', async () => {
    const result = await runDispositionBench({ lines: 150, previews: 2, resultsDir: null });
    expect(result.previewMs).toHaveLength(2);
    expect(result.counts).toEqual({ lines: 150, record: 147, already: 0, review: 3, notMentioned: 3 });
    expect(result).toMatchObject({ recorded: 147, queued: 6, recordedAgain: 0 });
  }, 120_000);
});
