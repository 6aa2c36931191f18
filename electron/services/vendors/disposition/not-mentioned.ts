import type { Db } from '../../../../db/connection';
import type { NotMentioned } from '../../../../shared/domain/disposition';
import { ASSET_COLUMNS, assetRef, pickupFacts, type AssetRow } from './asset-facts';

interface PickupRow {
  seq: number;
  asset_id: string;
  payload: string;
  device_time: string;
}

/**
 * Devices this vendor picked up in the sessions a report covers (the sessions of the devices it mentions) that it
 * does not mention and that still await a disposition. A report about one pickup says nothing of other pickups:
 * those are followed up by aging instead.
 */
export function notMentioned(db: Db, vendorId: string, sessionIds: ReadonlySet<string>, mentioned: ReadonlySet<string>): NotMentioned[] {
  if (sessionIds.size === 0) return [];
  const pickups = db
    .prepare(
      `SELECT seq, asset_id, payload, device_time FROM custody_events
       WHERE type = 'picked_up' AND json_extract(payload, '$.sessionId') IN (SELECT value FROM json_each(?)) ORDER BY seq`,
    )
    .all(JSON.stringify([...sessionIds])) as PickupRow[];
  const candidates = new Map<string, { sessionReference: string; at: string }>();
  for (const row of pickups) {
    const facts = pickupFacts.safeParse(JSON.parse(row.payload));
    if (!facts.success || facts.data.vendorId !== vendorId || mentioned.has(row.asset_id)) continue;
    candidates.set(row.asset_id, { sessionReference: facts.data.sessionReference ?? facts.data.sessionId, at: row.device_time });
  }
  if (candidates.size === 0) return [];
  const assets = db
    .prepare(`SELECT ${ASSET_COLUMNS} FROM assets WHERE id IN (SELECT value FROM json_each(?)) AND status = 'picked-up'`)
    .all(JSON.stringify([...candidates.keys()])) as AssetRow[];
  return assets
    .map((asset) => {
      const pickup = candidates.get(asset.id) ?? { sessionReference: '', at: '' };
      return { asset: assetRef(asset), sessionReference: pickup.sessionReference, pickedUpAt: pickup.at };
    })
    .sort((a, b) => a.pickedUpAt.localeCompare(b.pickedUpAt) || (a.asset.serial ?? '').localeCompare(b.asset.serial ?? ''));
}
