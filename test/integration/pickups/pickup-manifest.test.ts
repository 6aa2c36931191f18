import { afterEach, describe, expect, it } from 'vitest';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { insertVendor, wedge, wipedDevice } from '../../support/pickups/pickup-station';

const COLUMNS = [
  { column: 'Tag', field: 'assetTag' },
  { column: 'S/N', field: 'serial' },
  { column: 'Mfr', field: 'make' },
  { column: 'Model', field: 'model' },
  { column: 'Grade', field: 'condition' },
  { column: 'Picked', field: 'pickupDate' },
] as const;

/** The vendor's file: BOM, semicolons, a quoted line break, an empty line, Excel damage and a duplicate. */
const MANIFEST = [
  '\ufeffTag;S/N;Mfr;Model;Grade;Picked',
  'IT-500001;SN500001;Lenovo;ThinkPad T14;;',
  ';SN500002;Dell;Precision 5570;;',
  ';VENDOR-ONLY-9;HP;"EliteBook\n840";;',
  '',
  ';1.23E+11;HP;EliteBook 840;;',
  ';VENDOR-ONLY-9;HP;EliteBook 840;;',
  ';123456;Apple;MacBook Air;B;',
].join('\r\n');

async function station(): Promise<{ f: CoreFixture; sessionId: string }> {
  const f = await signedInFixture();
  insertVendor(f, 'V-ACME', 'Acme Recycling', [...COLUMNS], [{ vendorCode: 'GRADE-3A', condition: 'F3/C2' }]);
  await wipedDevice(f, { assetTag: 'IT-500001', serial: 'SN500001', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' }, 'DRV-500001');
  await wipedDevice(f, { assetTag: 'IT-500002', serial: 'SN500002', make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop' }, 'DRV-500002');
  await wipedDevice(f, { assetTag: 'IT-500003', serial: '000123456', make: 'Apple', model: 'MacBook Air', assetClass: 'laptop' }, 'DRV-500003');
  await f.call('pickups.stageScan', { raw: 'IT-500001', purpose: 'disposition' });
  const { summary } = await f.call('pickups.create', { vendorId: 'V-ACME', fromStaged: true });
  return { f, sessionId: summary.sessionId };
}

describe('a vendor manifest into a pickup session', () => {
  let f: CoreFixture;
  afterEach(() => removeFixture(f));

  it('previews line by line without writing, imports the good lines, and flags the model the manifest got wrong when scanned', async () => {
    const s = await station();
    f = s.f;
    const input = { sessionId: s.sessionId, fileName: 'acme-manifest.csv', text: MANIFEST };
    const preview = await f.call('pickups.previewManifest', input);
    expect(preview).toMatchObject({ delimiter: ';', adds: 3, notInInventory: 1, alreadyExpected: 1, problemCount: 2 });
    expect(preview.problems.map((p) => p.line)).toEqual([7, 8]);
    expect(preview.problems[0]?.reason).toContain('scientific notation');
    expect(preview.problems[1]?.reason).toContain('already appears on line');
    expect(preview.lines.map((l) => [l.line, l.action])).toEqual([
      [2, 'already-expected'],
      [3, 'new-line'],
      [4, 'not-in-inventory'],
      [9, 'new-line'],
    ]);
    expect(preview.lines.find((l) => l.line === 4)?.model).toBe('EliteBook\n840');
    expect(preview.lines.find((l) => l.line === 9)).toMatchObject({ serial: '000123456', warning: 'Leading zeros restored: on record as IT-500003.' });
    expect((await f.call('pickups.session', { sessionId: s.sessionId })).lines).toHaveLength(1);

    const result = await f.call('pickups.importManifest', input);
    expect(result).toMatchObject({ added: 3, alreadyExpected: 1, problemCount: 2 });
    expect(result.counters).toMatchObject({ expected: 4, missing: 4 });
    const view = await f.call('pickups.session', { sessionId: s.sessionId });
    expect(view.activity.at(-1)?.text).toBe('Added 3 lines from the manifest file acme-manifest.csv');

    await f.call('pickups.stageReady', {});
    await f.call('pickups.openContainer', { sessionId: s.sessionId, kind: 'pallet', label: 'PAL-1', seal: '' });
    const swapped = await f.call('pickups.scan', { sessionId: s.sessionId, ...wedge('IT-500002') });
    expect(swapped.kind).toBe('substituted');
    if (swapped.kind !== 'substituted') throw new Error('not flagged');
    expect(swapped.line.substitution).toEqual(['Model differs: the manifest says Precision 5570, the record says Latitude 7440.']);
    expect((await f.call('pickups.scan', { sessionId: s.sessionId, ...wedge('VENDOR-ONLY-9') })).kind).toBe('matched');
    expect((await f.call('pickups.scan', { sessionId: s.sessionId, ...wedge('000123456') })).kind).toBe('matched');

    // Importing the same file again adds nothing: every good line is already expected.
    expect((await f.call('pickups.importManifest', input)).added).toBe(0);
  });

  it('writes the manifest in the vendor\u2019s own columns and condition codes', async () => {
    const s = await station();
    f = s.f;
    await f.call('pickups.openContainer', { sessionId: s.sessionId, kind: 'box', label: 'B-1', seal: '' });
    const graded = (await f.call('pickups.session', { sessionId: s.sessionId })).lines[0]?.assetId ?? '';
    await f.call('assets.grade', { assetId: graded, condition: { scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C2' }, damage: [], accessories: [], note: '' });
    await f.call('pickups.scan', { sessionId: s.sessionId, ...wedge('IT-500001') });
    const csv = await f.call('pickups.exportManifest', { sessionId: s.sessionId });
    expect(csv.rows).toBe(1);
    expect(csv.fileName).toMatch(/^manifest-PU-\d{8}-[0-9A-F]{6}-Acme-Recycling\.csv$/);
    const [header, first] = csv.content.replace(/^\ufeff/, '').split('\r\n');
    expect(header).toBe('Tag,S/N,Mfr,Model,Grade,Picked');
    expect(first).toBe(`IT-500001,SN500001,Lenovo,ThinkPad T14,GRADE-3A,${f.clock.now().toISOString().slice(0, 10)}`);
  });

  it('refuses a file that is not a manifest, and a vendor without a manifest layout, in words', async () => {
    const s = await station();
    f = s.f;
    expect(expectFailure(await f.core.invoke('pickups.previewManifest', { sessionId: s.sessionId, fileName: 'x.csv', text: 'Name,Colour\nfoo,bar' }))).toBe('CSV_MISSING_COLUMNS');
    insertVendor(f, 'V-BARE', 'Bare ITAD', []);
    const bare = await f.call('pickups.create', { vendorId: 'V-BARE', fromStaged: false });
    expect(expectFailure(await f.core.invoke('pickups.previewManifest', { sessionId: bare.summary.sessionId, fileName: 'x.csv', text: MANIFEST }))).toBe('PICKUP_NO_MANIFEST_LAYOUT');
  });
});
