import type { AssetView } from '../../../../shared/domain/asset';
import type { SyncFixture } from '../../support/sync-fixture';

/** What a technician does at the dock through the core's commands: register, then receive with a grade. */
export async function registerAndReceive(
  f: SyncFixture,
  batchId: string,
  identity: { assetTag: string; serial: string; make: string; model: string; assetClass: 'laptop' | 'monitor' | 'phone'; custodian?: string },
  grade: { functional: string; cosmetic: string },
): Promise<AssetView> {
  const asset = await f.call('assets.register', identity);
  const outcome = await f.call('receiving.receive', {
    batchId,
    assetId: asset.id,
    source: 'wedge',
    scanned: identity.assetTag,
    condition: { scheme: 'r2v3-rec', ...grade },
    damage: [],
    accessories: ['CHARGER'],
    note: '',
  });
  return outcome.asset;
}
