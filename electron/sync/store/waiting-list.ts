import type { Db } from '../../../db/connection';
import type { SyncWaitingItem, SyncWaitingList } from '../../../shared/views';
import { eventRef, type EventRefRow } from './event-ref';

interface WaitingRow extends EventRefRow {
  attempts: number;
  next_attempt_ms: number;
  last_error: string | null;
}

const EVENT_COLUMNS = 'e.type, e.device_time, e.asset_id, coalesce(a.asset_tag, a.serial) AS asset_label';

/** Handed to a connector and not settled: tried and waiting, or not tried yet. */
const HANDED_ON = `SELECT d.connector_id, c.name AS connector_name, d.event_id, d.seq, d.attempts, d.next_attempt_ms, d.last_error, ${EVENT_COLUMNS}
  FROM sync_deliveries d
  JOIN sync_connectors c ON c.id = d.connector_id
  JOIN custody_events e ON e.id = d.event_id
  JOIN assets a ON a.id = e.asset_id
  WHERE d.state = 'pending' AND (@connector IS NULL OR d.connector_id = @connector)
  ORDER BY d.seq, d.connector_id LIMIT @limit`;

/** Still in the outbox (the worker has not run since, e.g. offline): waiting for every connector. */
const IN_OUTBOX = `SELECT c.id AS connector_id, c.name AS connector_name, o.event_id, o.seq, 0 AS attempts, 0 AS next_attempt_ms, NULL AS last_error, ${EVENT_COLUMNS}
  FROM (SELECT event_id, seq FROM outbox ORDER BY seq LIMIT @limit) o
  CROSS JOIN sync_connectors c
  JOIN custody_events e ON e.id = o.event_id
  JOIN assets a ON a.id = e.asset_id
  WHERE (@connector IS NULL OR c.id = @connector)
  ORDER BY o.seq, c.id LIMIT @limit`;

function toItem(row: WaitingRow, nowMs: number): SyncWaitingItem {
  return {
    ...eventRef(row),
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_ms > nowMs ? new Date(row.next_attempt_ms).toISOString() : null,
    lastError: row.last_error,
  };
}

/** The events still to be delivered (not refused, not in conflict), oldest first, for one connector or all. */
export function listWaiting(db: Db, connectorId: string | null, limit: number, nowMs: number): SyncWaitingList {
  const params = { connector: connectorId, limit };
  const rows = [...(db.prepare(HANDED_ON).all(params) as WaitingRow[]), ...(db.prepare(IN_OUTBOX).all(params) as WaitingRow[])]
    .sort((a, b) => a.seq - b.seq || a.connector_id.localeCompare(b.connector_id))
    .slice(0, limit);
  const handedOn = db
    .prepare(`SELECT count(*) AS n FROM sync_deliveries WHERE state = 'pending' AND (@connector IS NULL OR connector_id = @connector)`)
    .get({ connector: connectorId }) as { n: number };
  const inOutbox = db
    .prepare('SELECT (SELECT count(*) FROM outbox) * (SELECT count(*) FROM sync_connectors WHERE @connector IS NULL OR id = @connector) AS n')
    .get({ connector: connectorId }) as { n: number };
  return { total: handedOn.n + inOutbox.n, items: rows.map((row) => toItem(row, nowMs)) };
}
