import type { Db } from '../../../db/connection';
import { DATA_BEARING_CLASSES, type AssetView } from '../../../shared/domain/asset';
import { stagedForPickupPayload } from '../../../shared/domain/pickups/pickup-payloads';
import { shortfallWords } from '../../../shared/domain/sanitization/verdict';
import { standingOf } from '../wipes/standing';
import { queueEntry } from '../wipes/store/queue-entry';

function stagedForDestruction(db: Db, asset: AssetView): boolean {
  if (asset.state.status !== 'awaiting-pickup') return false;
  const row = db.prepare("SELECT payload FROM custody_events WHERE asset_id = ? AND type = 'staged_for_pickup' ORDER BY seq DESC LIMIT 1").get(asset.id) as
    | { payload: string }
    | undefined;
  return row !== undefined && stagedForPickupPayload.parse(JSON.parse(row.payload)).purpose === 'destruction';
}

/**
 * Why a device may not leave the dock, in words (empty: it may). A device holding data must be sanitized
 * to its policy (the wipe verdict), unless it was staged for destruction by the vendor.
 */
export function reasonsToRefuse(db: Db, asset: AssetView): string[] {
  if (asset.state.status === 'picked-up' || asset.state.status === 'disposed') return [`It already left the dock (status: ${asset.state.status}).`];
  const hasMedia = db.prepare('SELECT 1 FROM wipe_media WHERE asset_id = ? LIMIT 1').get(asset.id) !== undefined;
  if (!DATA_BEARING_CLASSES.includes(asset.assetClass) && !hasMedia) return [];
  if (stagedForDestruction(db, asset)) return [];
  const standing = standingOf(db, asset, queueEntry(db, asset.id)?.receiptSeq ?? 0);
  if (standing.verdict.sanitized) return [];
  return ['Not wiped to policy.', ...standing.verdict.shortfalls.map(shortfallWords)];
}

/** A refusal that no override lifts: the device is not at the dock any more. */
export function refusalIsFinal(asset: AssetView): boolean {
  return asset.state.status === 'picked-up' || asset.state.status === 'disposed';
}
