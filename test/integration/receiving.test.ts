import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';

describe('receiving a returned device', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await signedInFixture();
  });
  afterEach(() => removeFixture(f));

  it('looks up a known device by tag, receives and grades it, and shows it in the history', async () => {
    const asset = await f.call('assets.register', { assetTag: 'IT-001234', serial: 'PF3ABC12', make: 'Lenovo', model: 'T14', assetClass: 'laptop', custodian: 'Ana Lima' });
    const batch = await f.call('receiving.startBatch', {});
    const lookup = await f.call('receiving.lookup', { raw: ' it-001234\r', source: 'wedge', batchId: batch.batchId });
    expect(lookup.kind).toBe('known');
    if (lookup.kind !== 'known') return;
    expect(lookup.asset.id).toBe(asset.id);
    expect(lookup.asset.custodian).toBe('Ana Lima');
    const outcome = await f.call('receiving.receive', {
      batchId: batch.batchId,
      assetId: asset.id,
      source: 'wedge',
      scanned: 'IT-001234',
      condition: { scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C5' },
      damage: ['HINGE'],
      accessories: ['CHARGER'],
      note: 'sticker residue',
    });
    expect(outcome.asset.state.status).toBe('received');
    expect(outcome.asset.state.condition).toBe('F3/C5');
    const detail = await f.call('assets.detail', { assetId: asset.id });
    expect(detail.events.map((e) => e.type)).toEqual(['asset_registered', 'received', 'condition_recorded']);
    expect(detail.events.every((e) => e.technicianId === 'SUP-1' && e.technicianName === 'Sam Supervisor')).toBe(true);
    expect(detail.verification.ok).toBe(true);
  });

  it('flags the same device scanned twice in one batch and records it once', async () => {
    const asset = await f.call('assets.register', { serial: 'SN-XYZ-0001', assetClass: 'phone' });
    const batch = await f.call('receiving.startBatch', {});
    const input = { batchId: batch.batchId, assetId: asset.id, source: 'wedge' as const, scanned: 'SN-XYZ-0001', condition: null, damage: [], accessories: [], note: '' };
    await f.call('receiving.receive', input);
    const second = await f.core.invoke('receiving.receive', input);
    expect(expectFailure(second)).toBe('DUPLICATE_IN_BATCH');
    const again = await f.call('receiving.lookup', { raw: 'SN-XYZ-0001', source: 'wedge', batchId: batch.batchId });
    expect(again.kind === 'known' && again.alreadyInBatch).toBe(true);
    const count = f.db.prepare("SELECT count(*) AS n FROM custody_events WHERE type = 'received'").get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('reads a GS1 element string and finds the device by its serial (21)', async () => {
    await f.call('assets.register', { serial: 'ABC123456', assetClass: 'tablet' });
    const batch = await f.call('receiving.startBatch', {});
    const lookup = await f.call('receiving.lookup', { raw: ']d2010950600013435221ABC123456', source: 'camera', batchId: batch.batchId });
    expect(lookup.kind).toBe('known');
    expect(lookup.reading).toMatchObject({ kind: 'gs1', gtin: '09506000134352', serial: 'ABC123456' });
  });

  it('offers a quick create for an unknown tag, prefilled from the scan', async () => {
    const batch = await f.call('receiving.startBatch', {});
    const lookup = await f.call('receiving.lookup', { raw: 'IT-998877', source: 'wedge', batchId: batch.batchId });
    expect(lookup).toMatchObject({ kind: 'unknown', suggestion: { assetTag: 'IT-998877', serial: null } });
  });

  it('refuses garbled, over-long and product-code scans with coded errors and records nothing', async () => {
    const batch = await f.call('receiving.startBatch', {});
    const codes = [];
    for (const raw of ['\u0000\u0001\u0002', 'X'.repeat(5000), '', '(01)09506000134352', 'https://example.com/a b']) {
      codes.push(expectFailure(await f.core.invoke('receiving.lookup', { raw, source: 'wedge', batchId: batch.batchId })));
    }
    expect(codes).toEqual(['SCAN_UNREADABLE', 'SCAN_TOO_LONG', 'SCAN_EMPTY', 'SCAN_PRODUCT_CODE', 'SCAN_UNKNOWN_FORMAT']);
    const n = f.db.prepare('SELECT count(*) AS n FROM custody_events').get() as { n: number };
    expect(n.n).toBe(0);
  });

  it('refuses a grade outside the site scheme', async () => {
    const asset = await f.call('assets.register', { serial: 'SN-XYZ-0002', assetClass: 'laptop' });
    const batch = await f.call('receiving.startBatch', {});
    const result = await f.core.invoke('receiving.receive', {
      batchId: batch.batchId, assetId: asset.id, source: 'wedge', scanned: 'x', condition: { scheme: 'abcd', grade: 'B' }, damage: [], accessories: [], note: '',
    });
    expect(expectFailure(result)).toBe('GRADE_INVALID');
    expect((await f.call('assets.detail', { assetId: asset.id })).events).toHaveLength(1);
  });
});
