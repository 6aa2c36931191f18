import type { Db } from '../../../../db/connection';
import { insertAsset } from '../../../../electron/services/assets/asset-store';
import { appendEvent } from '../../../../electron/services/custody/append';
import type { Clock, Ids } from '../../../../electron/services/deps';
import type { StationSigner } from '../../../../electron/services/station/signer';
import type { AssetView } from '../../../../shared/domain/asset';
import type { EventType } from '../../../../shared/domain/events';

export interface BacklogDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly signer: StationSigner;
}

/** A returned laptop's whole time at the dock: registered, received, graded, wiped, staged and picked up. */
export const LIFECYCLE: readonly EventType[] = ['asset_registered', 'received', 'condition_recorded', 'wipe_started', 'wipe_completed', 'staged_for_pickup', 'picked_up'];

const WIPE = { level: 'purge', technique: 'crypto-erase', standard: 'NIST SP 800-88 Rev. 1', tool: 'nwipe 0.35', verification: 'full' };

/** A valid payload for each step, as the commands of this and later issues write them. */
function payloadFor(type: EventType, asset: AssetView, round: number): Record<string, unknown> {
  switch (type) {
    case 'asset_registered':
      return { assetTag: asset.assetTag, serial: asset.serial, make: asset.make, model: asset.model, assetClass: asset.assetClass, sensitivity: asset.sensitivity, custodian: asset.custodian };
    case 'received':
      return { batchId: 'backlog', source: 'wedge', scanned: asset.assetTag ?? asset.serial ?? asset.id, location: 'Receiving dock', fromCustodian: asset.custodian };
    case 'condition_recorded':
      return { condition: { scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C5' }, code: 'F3/C5', damage: [], accessories: ['CHARGER'], note: '' };
    case 'wipe_started':
      return { level: WIPE.level, tool: WIPE.tool };
    case 'wipe_completed':
      return { ...WIPE, result: 'passed' };
    case 'wipe_failed':
      return { ...WIPE, result: 'failed' };
    case 'staged_for_pickup':
      return { container: `PALLET-${(round % 9) + 1}` };
    case 'picked_up':
      return { vendor: 'GreenCycle', sessionId: 'PS-0042' };
    default:
      return { text: `${type} ${round} for ${asset.assetTag ?? asset.serial ?? asset.id}` };
  }
}

/**
 * Records a day's work through the real custody path (signed, hash-chained, outbox row in the same
 * transaction) in one transaction: `devices` laptops, each given the steps in order, interleaved across
 * devices (step 1 of every device, then step 2...) so that order per asset matters. Returns the asset ids.
 */
export function recordLifecycleBacklog(deps: BacklogDeps, prefix: string, devices: number, steps: readonly EventType[] = LIFECYCLE): string[] {
  const { db } = deps;
  return db.transaction(() => {
    const assets: AssetView[] = [];
    for (let i = 1; i <= devices; i += 1) {
      const identity = { assetTag: `${prefix}-${String(i).padStart(6, '0')}`, serial: `SN${prefix}${i}`, make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop', sensitivity: 'standard', custodian: 'Ana Lima' } as const;
      assets.push(insertAsset(db, deps.ids.next(), identity, deps.clock.now()));
    }
    steps.forEach((type, round) => {
      for (const asset of assets) appendEvent(deps, { assetId: asset.id, type, payload: payloadFor(type, asset, round), technicianId: 'SUP-1', site: 'Main site' });
    });
    return assets.map((a) => a.id);
  })();
}

/** Appends one event of a type the core has no command for yet (wipes, staging, pickup), through its signing path. */
export function recordEvent(deps: BacklogDeps, asset: AssetView, type: EventType): void {
  deps.db.transaction(() => {
    appendEvent(deps, { assetId: asset.id, type, payload: payloadFor(type, asset, 0), technicianId: 'SUP-1', site: 'Main site' });
  })();
}
