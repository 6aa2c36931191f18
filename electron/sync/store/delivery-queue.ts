import type { Db } from '../../../db/connection';
import { getAssetRecords } from '../../services/assets/asset-store';
import { EVENT_COLUMNS, rowToEvent, type EventRow } from '../../services/custody/event-rows';
import type { SyncItem } from '../connector';

/** A pending delivery the worker may send now. */
export interface QueuedDelivery {
  readonly eventId: string;
  readonly seq: number;
  readonly assetId: string;
  readonly attempts: number;
  readonly override: boolean;
}

/**
 * The oldest pending deliveries of one connector that are due, at most one per asset and only an asset's
 * earliest undelivered event: an event never goes while an earlier one of its asset is pending, dead-lettered
 * or held as a conflict for this connector.
 */
export function pickBatch(db: Db, connectorId: string, nowMs: number, limit: number): QueuedDelivery[] {
  const rows = db
    .prepare(
      `SELECT d.event_id, d.seq, d.asset_id, d.attempts, d.override FROM sync_deliveries d
       WHERE d.connector_id = ? AND d.state = 'pending' AND d.next_attempt_ms <= ?
         AND d.seq = (SELECT min(x.seq) FROM sync_deliveries x WHERE x.connector_id = d.connector_id AND x.asset_id = d.asset_id)
       ORDER BY d.seq LIMIT ?`,
    )
    .all(connectorId, nowMs, limit) as { event_id: string; seq: number; asset_id: string; attempts: number; override: number }[];
  return rows.map((r) => ({ eventId: r.event_id, seq: r.seq, assetId: r.asset_id, attempts: r.attempts, override: r.override === 1 }));
}

/** When the earliest waiting delivery of a connector becomes due (ms), or null when none waits. */
export function nextDueMs(db: Db, connectorId: string): number | null {
  const row = db
    .prepare(
      `SELECT min(d.next_attempt_ms) AS due FROM sync_deliveries d
       WHERE d.connector_id = ? AND d.state = 'pending'
         AND d.seq = (SELECT min(x.seq) FROM sync_deliveries x WHERE x.connector_id = d.connector_id AND x.asset_id = d.asset_id)`,
    )
    .get(connectorId) as { due: number | null };
  return row.due;
}

/** The events and asset identities to send, in the order of the deliveries. The asset is read as it is now. */
export function loadItems(db: Db, deliveries: readonly QueuedDelivery[]): SyncItem[] {
  const eventIds = JSON.stringify(deliveries.map((d) => d.eventId));
  const events = new Map(
    (db.prepare(`SELECT ${EVENT_COLUMNS} FROM custody_events WHERE id IN (SELECT value FROM json_each(?))`).all(eventIds) as EventRow[]).map(
      (row) => [row.id, rowToEvent(row)],
    ),
  );
  const assets = getAssetRecords(db, [...new Set(deliveries.map((d) => d.assetId))]);
  return deliveries.map((d) => {
    const event = events.get(d.eventId);
    const asset = assets.get(d.assetId);
    if (event === undefined || asset === undefined) throw new Error(`delivery ${d.eventId} has no event or asset`);
    return d.override ? { event, asset, overrideConflict: true } : { event, asset };
  });
}
