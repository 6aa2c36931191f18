import type { SyncItem } from '../../../electron/sync/connector';
import { appendEvent } from '../../../electron/services/custody/append';
import { uuidIds } from '../../../electron/services/system';
import type { AssetIdentity, AssetView } from '../../../shared/domain/asset';
import type { EventType } from '../../../shared/domain/events';
import type { CoreFixture } from '../core-fixture';

type Identity = Partial<AssetIdentity> & Pick<AssetIdentity, 'assetClass'>;

/** Registers a device through the real core, as a technician at the dock would. */
export function register(f: CoreFixture, identity: Identity): Promise<AssetView> {
  return f.call('assets.register', identity);
}

/** Receives (and optionally grades) a registered device through the real core: a receiving batch scan. */
export async function receive(f: CoreFixture, asset: AssetView, grade: { functional: string; cosmetic: string | null } | null = null): Promise<void> {
  const batch = await f.call('receiving.startBatch', {});
  await f.call('receiving.receive', {
    batchId: batch.batchId,
    assetId: asset.id,
    source: 'wedge',
    scanned: asset.assetTag ?? asset.serial ?? asset.id,
    condition: grade === null ? null : { scheme: 'r2v3-rec', ...grade },
    damage: [],
    accessories: grade === null ? [] : ['CHARGER'],
    note: '',
  });
}

/**
 * Appends a signed, hash-chained event of a type the core has no command for yet (wipes, staging, pickup come
 * with later issues), through the core's own append path, so it is a real event in the real chain.
 */
export function recordLaterEvent(f: CoreFixture, assetId: string, type: EventType, payload: Record<string, unknown>): void {
  f.db.transaction(() => {
    appendEvent({ db: f.db, clock: f.clock, ids: uuidIds, signer: f.signer }, { assetId, type, payload, technicianId: 'SUP-1', site: 'DOCK-3' });
  })();
  f.clock.advance(60_000);
}

/** The asset's custody events, in order, each as the worker would hand it to a connector. */
export async function syncItems(f: CoreFixture, assetId: string): Promise<readonly SyncItem[]> {
  const detail = await f.call('assets.detail', { assetId });
  const { state: _state, ...asset } = detail.asset;
  return detail.events.map((event) => ({ event, asset }));
}
