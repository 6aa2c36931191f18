import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainError } from '../../shared/error-words';
import { ERROR_CODES, type ErrorCode, type Result } from '../../shared/errors';
import { removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';
import { HOSTILE_CASES, hostileString } from './support/hostile-strings';
import { createPrng } from '../support/prng';
import { logCounts } from './support/station';

const RANDOM_CASES = 3000;
const LOOKUP_CODES: readonly ErrorCode[] = ['INVALID_INPUT', 'SCAN_EMPTY', 'SCAN_TOO_LONG', 'SCAN_UNREADABLE', 'SCAN_UNKNOWN_FORMAT', 'SCAN_PRODUCT_CODE', 'ASSET_AMBIGUOUS'];
/** What an identifier read from a scan may contain with the default tag pattern: printable ASCII, nothing else. */
const PRINTABLE_ASCII = /^[\x21-\x7e]{1,64}$/;

describe('hostile input to lookup and search never throws, never writes, always answers in known terms', () => {
  let f: CoreFixture;
  let batchId: string;
  beforeAll(async () => {
    f = await signedInFixture();
    await f.call('assets.register', { assetTag: 'IT-000101', serial: 'PF3ABC12', make: 'Lenovo', model: 'T14', assetClass: 'laptop', custodian: "Ana O'Brien" });
    await f.call('assets.register', { assetTag: 'IT-000102', serial: 'SN-ABC-123', assetClass: 'phone', custodian: '%_ Wildcard' });
    batchId = (await f.call('receiving.startBatch', {})).batchId;
  });
  afterAll(() => removeFixture(f));

  const problems: string[] = [];
  const note = (input: string, what: string) => problems.push(`${JSON.stringify(input.slice(0, 60))} (${input.length} chars): ${what}`);

  function checkFailure(input: string, result: Result<unknown>, allowed: readonly ErrorCode[]): void {
    if (result.ok) return;
    if (!(ERROR_CODES as readonly string[]).includes(result.error.code)) note(input, `unknown code ${result.error.code}`);
    if (!allowed.includes(result.error.code)) note(input, `unexpected ${result.error.code}: ${result.error.message}`);
    if (explainError(result.error).length === 0) note(input, `no words for ${result.error.code}`);
  }

  async function probe(input: string, source: 'wedge' | 'keyboard' | 'camera'): Promise<void> {
    const lookup = await f.core.invoke('receiving.lookup', { raw: input, source, batchId });
    checkFailure(input, lookup, LOOKUP_CODES);
    if (lookup.ok) {
      const { reading } = lookup.value;
      if (!['gs1', 'asset-tag', 'serial'].includes(reading.kind)) note(input, `reading of kind ${reading.kind}`);
      if (!PRINTABLE_ASCII.test(reading.value)) note(input, `read as ${JSON.stringify(reading.value)}`);
      if (lookup.value.kind === 'known' && !['IT-000101', 'IT-000102'].includes(lookup.value.asset.assetTag ?? '')) note(input, 'found a device that does not exist');
    }
    const search = await f.core.invoke('assets.search', { query: input, limit: 50 });
    checkFailure(input, search, ['INVALID_INPUT']);
    if (search.ok && search.value.length > 2) note(input, `search returned ${search.value.length} devices out of 2`);
  }

  it(`${HOSTILE_CASES.length} fixed and ${RANDOM_CASES} seeded random strings`, async () => {
    const before = logCounts(f.db);
    const random = createPrng(0xd0c5);
    const sources = ['wedge', 'keyboard', 'camera'] as const;
    for (const input of HOSTILE_CASES) await probe(input, random.pick(sources));
    for (let i = 0; i < RANDOM_CASES; i += 1) await probe(hostileString(random), random.pick(sources));
    expect(problems.slice(0, 20)).toEqual([]);
    expect(logCounts(f.db)).toEqual(before);
    expect((await f.call('custody.verify', {})).ok).toBe(true);
  });

  it('a few hostile strings still find the real device once cleaned', async () => {
    for (const raw of ['\u202eIT-000101', '\ufeffit-000101\r\n', ' \u200bPF3ABC12\u0000', ']C1IT-000101'.replace(']C1', '')]) {
      const lookup = await f.call('receiving.lookup', { raw, source: 'wedge', batchId });
      expect({ raw, kind: lookup.kind }).toEqual({ raw, kind: 'known' });
    }
  });
});
