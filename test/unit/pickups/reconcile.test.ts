import { describe, expect, it } from 'vitest';
import { countLines, lineState, resolutionsFor } from '../../../shared/domain/pickups/line-state';
import { indexLines, pickLine, substitutionsOf, substitutionWords, type ExpectedLine, type ScannedItem } from '../../../shared/domain/pickups/match-scan';
import { reconcile } from '../../../shared/domain/pickups/reconcile';

const line = (lineNo: number, over: Partial<ExpectedLine> = {}): ExpectedLine => ({ lineNo, assetId: `A${lineNo}`, serial: `SN${lineNo}`, assetTag: `IT-${lineNo}`, model: 'T14', ...over });
const device = (n: number, over: Partial<NonNullable<ScannedItem['asset']>> = {}): ScannedItem => ({
  value: `IT-${n}`,
  asset: { id: `A${n}`, serial: `SN${n}`, assetTag: `IT-${n}`, model: 'T14', ...over },
  medium: null,
});

describe('matching one scan to the manifest', () => {
  it('prefers the line of the same device, then the first by serial, then by tag, ignoring case and spaces', () => {
    const byTag = line(2, { assetId: null, serial: null, assetTag: 'it-9' });
    const bySerial = line(3, { assetId: null, serial: 'sn9', assetTag: null });
    expect(pickLine(device(9), indexLines([byTag, bySerial]))?.lineNo).toBe(3);
    expect(pickLine(device(9), indexLines([byTag, bySerial, line(9)]))?.lineNo).toBe(9);
    expect(pickLine({ value: 'NOPE', asset: null, medium: null }, indexLines([byTag, bySerial]))).toBeNull();
    const twice = [line(7, { assetId: null, serial: 'SN9', assetTag: null }), line(5, { assetId: null, serial: 'sn9 ', assetTag: null })];
    expect(pickLine(device(9), indexLines(twice))?.lineNo).toBe(5);
  });

  it('flags serial/tag disagreement, a different model, and a drive away from its expected host', () => {
    const manifest = line(1, { assetId: null, serial: 'SN1', assetTag: 'IT-1', model: 'ThinkPad T14 Gen 3' });
    const swapped = substitutionsOf({ value: 'IT-1', asset: { id: 'X', serial: 'SN777', assetTag: 'IT-1', model: 'ThinkPad T14 Gen 3' }, medium: null }, manifest, false);
    expect(swapped.map(substitutionWords)).toEqual(['Serial and tag disagree: the manifest says serial SN1, the record says SN777.']);
    const model = substitutionsOf({ value: 'SN1', asset: { id: 'X', serial: 'SN1', assetTag: 'IT-1', model: 'Latitude 7440' }, medium: null }, manifest, false);
    expect(model.map(substitutionWords)).toEqual(['Model differs: the manifest says ThinkPad T14 Gen 3, the record says Latitude 7440.']);
    expect(substitutionsOf({ value: 'SN1', asset: { id: 'X', serial: 'SN1', assetTag: 'IT-1', model: 'thinkpad t14 gen 3' }, medium: null }, manifest, false)).toEqual([]);
    const drive: ScannedItem = { value: 'DRV-1', asset: null, medium: { serial: 'DRV-1', hostId: 'H1', hostLabel: 'IT-500' } };
    expect(substitutionsOf(drive, null, false).map(substitutionWords)).toEqual(['Drive DRV-1 is recorded inside IT-500, which is not on this pickup.']);
    expect(substitutionsOf(drive, line(4, { assetId: 'H1', serial: 'DRV-1' }), true)).toEqual([]);
  });
});

describe('line states and counters', () => {
  it('counts open discrepancies of each kind and treats a resolved line as closed', () => {
    expect(lineState({ origin: 'staged', scanned: false, substituted: false, resolution: null })).toBe('missing');
    expect(lineState({ origin: 'scanned', scanned: true, substituted: false, resolution: null })).toBe('unexpected');
    expect(lineState({ origin: 'manifest', scanned: true, substituted: true, resolution: null })).toBe('substituted');
    expect(lineState({ origin: 'scanned', scanned: true, substituted: false, resolution: 'added' })).toBe('resolved');
    expect(resolutionsFor('missing')).toEqual(['left-behind', 'missing']);
    expect(resolutionsFor('matched')).toEqual([]);
    const counters = countLines([
      { origin: 'staged', scanned: true, substituted: false, resolution: null, count: 5 },
      { origin: 'staged', scanned: false, substituted: false, resolution: null, count: 2 },
      { origin: 'scanned', scanned: true, substituted: false, resolution: 'added', count: 1 },
      { origin: 'scanned', scanned: true, substituted: true, resolution: null, count: 1 },
    ]);
    expect(counters).toEqual({ expected: 8, scanned: 7, matched: 5, missing: 2, unexpected: 0, substituted: 1, resolved: 1 });
  });
});

describe('reconciling a whole manifest against a whole scan list', () => {
  it('finds matched, missing, unexpected, substituted and duplicate scans with the scan loop rules', () => {
    const lines = [line(1), line(2), line(3, { model: 'Latitude 7440' }), line(4)];
    const scans = [device(1), device(3), device(1), device(8), { value: 'sn2', asset: null, medium: null }];
    const result = reconcile(lines, scans);
    expect(result.scans.map((s) => [s.item.value, s.lineNo, s.outcome])).toEqual([
      ['IT-1', 1, 'matched'],
      ['IT-3', 3, 'substituted'],
      ['IT-1', 1, 'duplicate'],
      ['IT-8', null, 'unexpected'],
      ['sn2', 2, 'matched'],
    ]);
    expect(result.missing).toEqual([4]);
    expect(result.counters).toMatchObject({ expected: 4, scanned: 4, matched: 2, missing: 1, unexpected: 1, substituted: 1 });
  });
});
