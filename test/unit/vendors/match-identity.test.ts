import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { identityMatcher } from '../../../electron/services/vendors/disposition/match-identity';
import { removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';

let f: CoreFixture;
const ids: Record<string, string> = {};

beforeEach(async () => {
  f = await signedInFixture();
  const add = async (key: string, assetTag: string | undefined, serial: string | undefined) => {
    ids[key] = (await f.call('assets.register', { ...(assetTag === undefined ? {} : { assetTag }), ...(serial === undefined ? {} : { serial }), make: 'Dell', model: 'X', assetClass: 'laptop' })).id;
  };
  await add('plain', 'IT-1', 'C02XK1');
  await add('zeros', '000123', '0004455');
  await add('twinA', 'IT-2', 'DUP-1');
  await add('twinB', 'IT-3', 'DUP-2');
  // Registering refuses a serial twice; a central system's pull can still bring two devices with one serial.
  f.db.prepare('UPDATE assets SET serial = ? WHERE id = ?').run('DUP-1', ids.twinB);
  await add('tagOnly', 'IT-4', undefined);
  await add('zeros2', 'IT-5', '04455');
});
afterEach(() => removeFixture(f));

const found = (result: ReturnType<ReturnType<typeof identityMatcher>>) => (result.kind === 'one' ? [result.asset.id, result.matchedBy] : result.kind);

describe('identityMatcher: report lines to devices', () => {
  it('matches by serial (any case), then by asset tag', () => {
    const match = identityMatcher(f.db);
    expect(found(match({ serial: 'c02xk1', assetTag: undefined, lostZeros: [] }))).toEqual([ids.plain, 'serial']);
    expect(found(match({ serial: 'NOPE', assetTag: 'it-4', lostZeros: [] }))).toEqual([ids.tagOnly, 'assetTag']);
    expect(found(match({ serial: 'NOPE', assetTag: undefined, lostZeros: [] }))).toBe('none');
  });

  it('puts back leading zeros only for a digits-only value that matches nothing as written, and never guesses between two', () => {
    const match = identityMatcher(f.db);
    expect(found(match({ serial: undefined, assetTag: '123', lostZeros: ['assetTag'] }))).toEqual([ids.zeros, 'assetTag-zeros']);
    expect(found(match({ serial: '4455', assetTag: undefined, lostZeros: ['serial'] }))).toBe('many');
    expect(found(match({ serial: '4455', assetTag: '123', lostZeros: ['serial', 'assetTag'] }))).toEqual([ids.zeros, 'serial-zeros']);
    expect(found(match({ serial: '4455', assetTag: undefined, lostZeros: [] }))).toBe('none');
  });

  it('narrows a serial on two devices by the tag, and calls a serial and tag of different devices a conflict', () => {
    const match = identityMatcher(f.db);
    expect(found(match({ serial: 'DUP-1', assetTag: undefined, lostZeros: [] }))).toBe('many');
    expect(found(match({ serial: 'DUP-1', assetTag: 'IT-3', lostZeros: [] }))).toEqual([ids.twinB, 'serial']);
    const conflict = match({ serial: 'C02XK1', assetTag: 'IT-4', lostZeros: [] });
    expect(conflict).toEqual({ kind: 'conflict', reason: 'The serial C02XK1 is on record as asset tag IT-1, not IT-4.' });
    expect(match({ serial: 'OTHER', assetTag: 'IT-1', lostZeros: [] })).toEqual({ kind: 'conflict', reason: 'The asset tag IT-1 is on record with serial C02XK1, not OTHER.' });
  });
});
