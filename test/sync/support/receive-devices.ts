import type { SyncFixture } from './sync-fixture';

/** Registers devices and runs them through the dock as a technician would: receive with a grade, then a note. */
export async function receiveDevices(f: SyncFixture, prefix: string, n: number): Promise<string[]> {
  const batch = await f.call('receiving.startBatch', {});
  const ids: string[] = [];
  for (let i = 1; i <= n; i += 1) {
    const tag = `${prefix}-${String(i).padStart(6, '0')}`;
    const asset = await f.call('assets.register', { assetTag: tag, serial: `SN${prefix}${i}`, make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop', custodian: 'Ana Lima' });
    await f.call('receiving.receive', {
      batchId: batch.batchId,
      assetId: asset.id,
      source: 'wedge',
      scanned: tag,
      condition: { scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C5' },
      damage: [],
      accessories: ['CHARGER'],
      note: '',
    });
    await f.call('assets.note', { assetId: asset.id, text: 'Sticker residue on lid' });
    ids.push(asset.id);
  }
  return ids;
}
