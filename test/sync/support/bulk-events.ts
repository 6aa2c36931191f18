import type { Db } from '../../../db/connection';
import type { Clock, Ids } from '../../../electron/services/deps';
import { appendEvent } from '../../../electron/services/custody/append';
import { insertAsset } from '../../../electron/services/assets/asset-store';
import type { StationSigner } from '../../../electron/services/station/signer';

export interface BulkDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly signer: StationSigner;
}

/**
 * Records a backlog through the real custody path (signed, hash-chained, outbox row in the same
 * transaction), in one transaction for speed: `assets` devices, each registered and then given notes up
 * to `perAsset` events, interleaved across devices so order per asset matters.
 */
export function recordBacklog(deps: BulkDeps, prefix: string, assets: number, perAsset: number): string[] {
  const { db } = deps;
  return db.transaction(() => {
    const ids: string[] = [];
    for (let i = 0; i < assets; i += 1) {
      const tag = `${prefix}-${String(i).padStart(6, '0')}`;
      const asset = insertAsset(db, deps.ids.next(), { assetTag: tag, serial: `S${prefix}${i}`, make: 'HP', model: 'EliteBook 840', assetClass: 'laptop', sensitivity: 'standard', custodian: 'Ana Lima' }, deps.clock.now());
      const payload = { assetTag: asset.assetTag, serial: asset.serial, make: asset.make, model: asset.model, assetClass: asset.assetClass, sensitivity: asset.sensitivity, custodian: asset.custodian };
      appendEvent(deps, { assetId: asset.id, type: 'asset_registered', payload, technicianId: 'SUP-1', site: 'Main site' });
      ids.push(asset.id);
    }
    for (let round = 1; round < perAsset; round += 1) {
      for (const assetId of ids) appendEvent(deps, { assetId, type: 'note', payload: { text: `round ${round}` }, technicianId: 'SUP-1', site: 'Main site' });
    }
    return ids;
  })();
}
