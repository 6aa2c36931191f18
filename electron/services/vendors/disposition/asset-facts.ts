import type { Db } from '../../../../db/connection';
import type { AssetClass, AssetStatus, Sensitivity } from '../../../../shared/domain/asset';
import { dispositionConfirmedPayload, type AssetRef, type DispositionConfirmedPayload } from '../../../../shared/domain/disposition';
import { requirementFor } from '../../../../shared/domain/sanitization/policy';
import { z } from 'zod';
import { policyFor } from '../../wipes/store/policy-store';

export interface AssetRow {
  id: string;
  asset_tag: string | null;
  serial: string | null;
  model: string;
  asset_class: AssetClass;
  sensitivity: Sensitivity;
  status: AssetStatus;
}

export const ASSET_COLUMNS = 'id, asset_tag, serial, model, asset_class, sensitivity, status';

export const assetRef = (row: Pick<AssetRow, 'id' | 'asset_tag' | 'serial' | 'model'>): AssetRef => ({
  assetId: row.id,
  assetTag: row.asset_tag,
  serial: row.serial,
  model: row.model,
});

/** What part B's picked_up payload carries that this part reads (read leniently: more fields may come). */
export const pickupFacts = z.object({ sessionId: z.string(), vendorId: z.string(), sessionReference: z.string().optional() }).loose();
const stagedFacts = z.object({ purpose: z.string() }).loose();
const wipeFacts = z.object({ destination: z.string().optional(), policy: z.object({ requiredLevel: z.string() }).loose().optional() }).loose();

export interface Pickup {
  readonly vendorId: string;
  readonly sessionId: string;
  readonly sessionReference: string;
  readonly at: string;
}

export interface AssetFacts {
  readonly asset: AssetRow;
  /** The pickup the device is out on (null when never picked up, or taken back off its pickup). */
  readonly pickup: Pickup | null;
  /** Why the record says this device must be destroyed, in words, or null. */
  readonly destroyBecause: string | null;
  readonly disposition: DispositionConfirmedPayload | null;
}

interface EventRow {
  asset_id: string;
  type: string;
  payload: string;
  device_time: string;
}

const FACT_TYPES = "('picked_up', 'pickup_withdrawn', 'staged_for_pickup', 'wipe_completed', 'disposition_confirmed')";
/** Assets whose events one query reads (json_each of their ids). */
const CHUNK = 2000;

/** Whether the wipe policy requires Destroy for a device of this class and sensitivity, asked once per pair. */
function policyDestroys(db: Db): (asset: AssetRow) => boolean {
  const known = new Map<string, boolean>();
  return (asset) => {
    const key = `${asset.asset_class}|${asset.sensitivity}`;
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const destroys = requirementFor(policyFor(db, asset.asset_class), asset.sensitivity).level === 'destroy';
    known.set(key, destroys);
    return destroys;
  };
}

function destroyReason(staged: string | null, wipe: z.infer<typeof wipeFacts> | null, policyDestroy: boolean): string | null {
  if (staged === 'destruction') return 'it was staged for pickup for destruction';
  if (wipe?.destination === 'destruction') return 'its wipe record sends it to destruction';
  if (wipe?.policy?.requiredLevel === 'destroy' || policyDestroy) return 'its wipe policy requires Destroy';
  return null;
}

/** Folds one device's relevant events, oldest first, into the facts a report line is judged by. */
function factsFrom(asset: AssetRow, events: readonly EventRow[], policyDestroy: boolean): AssetFacts {
  let pickup: Pickup | null = null;
  let staged: string | null = null;
  let wipe: z.infer<typeof wipeFacts> | null = null;
  let disposition: DispositionConfirmedPayload | null = null;
  for (const event of events) {
    const payload: unknown = JSON.parse(event.payload);
    if (event.type === 'picked_up') {
      const facts = pickupFacts.safeParse(payload);
      pickup = facts.success ? { vendorId: facts.data.vendorId, sessionId: facts.data.sessionId, sessionReference: facts.data.sessionReference ?? facts.data.sessionId, at: event.device_time } : null;
    } else if (event.type === 'pickup_withdrawn') pickup = null;
    else if (event.type === 'staged_for_pickup') staged = stagedFacts.safeParse(payload).data?.purpose ?? null;
    else if (event.type === 'wipe_completed') wipe = wipeFacts.safeParse(payload).data ?? wipe;
    else disposition = dispositionConfirmedPayload.safeParse(payload).data ?? disposition;
  }
  return { asset, pickup, destroyBecause: destroyReason(staged, wipe, policyDestroy), disposition };
}

/** The facts of many devices' logs at once (a report's worth): a few queries, not one per device. */
export function loadFacts(db: Db, assets: readonly AssetRow[]): Map<string, AssetFacts> {
  const destroys = policyDestroys(db);
  const byAsset = new Map<string, EventRow[]>();
  const statement = db.prepare(
    `SELECT asset_id, type, payload, device_time FROM custody_events
     WHERE asset_id IN (SELECT value FROM json_each(?)) AND type IN ${FACT_TYPES} ORDER BY seq`,
  );
  for (let at = 0; at < assets.length; at += CHUNK) {
    const rows = statement.all(JSON.stringify(assets.slice(at, at + CHUNK).map((a) => a.id))) as EventRow[];
    for (const row of rows) {
      const list = byAsset.get(row.asset_id);
      if (list === undefined) byAsset.set(row.asset_id, [row]);
      else list.push(row);
    }
  }
  return new Map(assets.map((asset) => [asset.id, factsFrom(asset, byAsset.get(asset.id) ?? [], destroys(asset))]));
}
