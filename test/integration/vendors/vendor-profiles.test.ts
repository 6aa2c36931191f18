import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { addVendor, base64, vendorProfile } from '../../support/vendors/disposition-station';

let f: CoreFixture;
beforeEach(async () => {
  f = await signedInFixture();
});
afterEach(() => removeFixture(f));

describe('vendor profiles', () => {
  it('adds, edits and switches off a vendor, keeping certifications, contacts and mapping', async () => {
    const added = await addVendor(f, 'GreenCycle');
    expect(added).toMatchObject({ name: 'GreenCycle', active: true, certifications: ['R2v3', 'NAID AAA'] });
    const edited = await f.call('vendors.save', { vendorId: added.vendorId, profile: vendorProfile('GreenCycle Ltd', { certifications: ['e-Stewards'] }) });
    expect(edited).toMatchObject({ vendorId: added.vendorId, name: 'GreenCycle Ltd', certifications: ['e-Stewards'] });
    expect(edited.mapping.dispositionColumns).toHaveLength(6);
    const off = await f.call('vendors.setActive', { vendorId: added.vendorId, active: false });
    expect(off.active).toBe(false);
    const other = await addVendor(f, 'Another');
    expect((await f.call('vendors.list', {})).map((v) => [v.name, v.active])).toEqual([['Another', true], ['GreenCycle Ltd', false]]);
    expect(other.contacts[0]?.email).toBe('dana@example.com');
  });

  it('refuses a second vendor of the same name (any case), a field mapped from two columns, and an unknown vendor', async () => {
    await addVendor(f, 'GreenCycle');
    expect(expectFailure(await f.core.invoke('vendors.save', { vendorId: null, profile: vendorProfile('greencycle') }))).toBe('DUPLICATE_VENDOR');
    const twice = vendorProfile('Twice');
    const bad = { ...twice, mapping: { ...twice.mapping, dispositionColumns: [{ column: 'A', field: 'serial' as const }, { column: 'B', field: 'serial' as const }] } };
    const refused = await f.core.invoke('vendors.save', { vendorId: null, profile: bad });
    expect(expectFailure(refused)).toBe('INVALID_INPUT');
    expect(!refused.ok && refused.error.message).toMatch(/serial is mapped twice/);
    expect(expectFailure(await f.core.invoke('vendors.setActive', { vendorId: 'nope', active: false }))).toBe('VENDOR_NOT_FOUND');
  });

  it('reads a sample file: its header, first lines and the different codes of each code column', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `SN${i};${['RESALE', 'SHRED', 'RECYCLE'][i % 3]};${['A', 'B'][i % 2]}`);
    const sample = await f.call('vendors.readSample', { fileName: 'sample.csv', contentBase64: base64(`\ufeffSerial No;Disposition Code;Grade\r\n${rows.join('\r\n')}`) });
    expect(sample).toMatchObject({ fileName: 'sample.csv', header: ['Serial No', 'Disposition Code', 'Grade'], delimiter: ';', lines: 60 });
    expect(sample.sampleRows[0]).toEqual(['SN0', 'RESALE', 'A']);
    expect(sample.distinct).toEqual([null, ['RECYCLE', 'RESALE', 'SHRED'], ['A', 'B']]);
  });
});
