import type { Db } from '../../../db/connection';
import { connectorSettingsSchema, type ConnectorSettings, type SaveConnectorInput, type SyncConnectorKind } from '../../../shared/domain/sync-config';
import { DocksideError } from '../../../shared/errors';

/** One configured central system as stored, with the worker's view of it. */
export interface ConnectorRow {
  readonly id: string;
  readonly kind: SyncConnectorKind;
  readonly name: string;
  readonly settings: ConnectorSettings;
  readonly enabled: boolean;
  readonly pausedReason: string | null;
  readonly reachable: boolean | null;
  readonly failures: number;
  readonly retryAtMs: number;
  readonly lastAttemptAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly lastError: string | null;
  readonly updatedAt: string;
}

interface Row {
  id: string;
  kind: string;
  name: string;
  settings: string;
  enabled: number;
  paused_reason: string | null;
  reachable: number | null;
  failures: number;
  retry_at_ms: number;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  updated_at: string;
}

const COLUMNS = 'id, kind, name, settings, enabled, paused_reason, reachable, failures, retry_at_ms, last_attempt_at, last_success_at, last_error, updated_at';

function toConnector(row: Row): ConnectorRow {
  return {
    id: row.id,
    kind: row.kind as SyncConnectorKind,
    name: row.name,
    settings: connectorSettingsSchema.parse(JSON.parse(row.settings)),
    enabled: row.enabled === 1,
    pausedReason: row.paused_reason,
    reachable: row.reachable === null ? null : row.reachable === 1,
    failures: row.failures,
    retryAtMs: row.retry_at_ms,
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    updatedAt: row.updated_at,
  };
}

export function listConnectorRows(db: Db): ConnectorRow[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM sync_connectors ORDER BY created_at, id`).all() as Row[]).map(toConnector);
}

export function findConnectorRow(db: Db, id: string): ConnectorRow | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM sync_connectors WHERE id = ?`).get(id) as Row | undefined;
  return row === undefined ? null : toConnector(row);
}

export function getConnectorRow(db: Db, id: string): ConnectorRow {
  const row = findConnectorRow(db, id);
  if (row === null) throw new DocksideError('SYNC_CONNECTOR_NOT_FOUND', `No connector ${id}`);
  return row;
}

/**
 * Creates or updates a connector. A new one is handed every event recorded before it (backfill) unless told
 * not to; events still in the outbox reach it through the normal fan-out.
 */
export function saveConnector(db: Db, input: SaveConnectorInput, now: Date): ConnectorRow {
  const at = now.toISOString();
  return db.transaction(() => {
    const existing = db.prepare('SELECT kind FROM sync_connectors WHERE id = ?').get(input.id) as { kind: string } | undefined;
    if (existing !== undefined && existing.kind !== input.kind) {
      throw new DocksideError('SYNC_KIND_CHANGED', `Connector ${input.id} is a ${existing.kind} connector`);
    }
    if (existing === undefined) {
      db.prepare(
        'INSERT INTO sync_connectors (id, kind, name, settings, enabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(input.id, input.kind, input.name, JSON.stringify(input.settings), input.enabled ? 1 : 0, at, at);
      if (input.backfill) {
        db.prepare(
          `INSERT OR IGNORE INTO sync_deliveries (connector_id, event_id, seq, asset_id, updated_at)
           SELECT ?, e.id, e.seq, e.asset_id, ? FROM custody_events e WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = e.id)`,
        ).run(input.id, at);
      }
    } else {
      db.prepare(
        'UPDATE sync_connectors SET name = ?, settings = ?, enabled = ?, retry_at_ms = 0, failures = 0, updated_at = ? WHERE id = ?',
      ).run(input.name, JSON.stringify(input.settings), input.enabled ? 1 : 0, at, input.id);
    }
    return getConnectorRow(db, input.id);
  })();
}

/** The server refused the token: nothing more is sent until a new one is set. */
export function pauseConnector(db: Db, id: string, reason: string, now: Date): void {
  db.prepare('UPDATE sync_connectors SET paused_reason = ?, paused_at = ?, reachable = 1, last_error = ?, last_attempt_at = ? WHERE id = ?').run(
    reason,
    now.toISOString(),
    reason,
    now.toISOString(),
    id,
  );
}

/** A new token was set: the connector may send again at once. */
export function resumeConnector(db: Db, id: string, now: Date): void {
  db.prepare(
    'UPDATE sync_connectors SET paused_reason = NULL, paused_at = NULL, retry_at_ms = 0, failures = 0, last_error = NULL, updated_at = ? WHERE id = ?',
  ).run(now.toISOString(), id);
}

export interface AttemptRecord {
  readonly reachable: boolean;
  readonly succeeded: boolean;
  readonly error: string | null;
  readonly failures: number;
  readonly retryAtMs: number;
}

export function recordAttempt(db: Db, id: string, attempt: AttemptRecord, now: Date): void {
  const at = now.toISOString();
  db.prepare(
    `UPDATE sync_connectors SET reachable = ?, failures = ?, retry_at_ms = ?, last_attempt_at = ?, last_error = ?,
       last_success_at = CASE WHEN ? THEN ? ELSE last_success_at END WHERE id = ?`,
  ).run(attempt.reachable ? 1 : 0, attempt.failures, attempt.retryAtMs, at, attempt.error, attempt.succeeded ? 1 : 0, at, id);
}

/** "Run now": forget every wait so the next pass tries everything that is pending. */
export function clearWaits(db: Db, connectorId: string | null): void {
  db.transaction(() => {
    db.prepare("UPDATE sync_deliveries SET next_attempt_ms = 0 WHERE state = 'pending' AND (? IS NULL OR connector_id = ?)").run(connectorId, connectorId);
    db.prepare('UPDATE sync_connectors SET retry_at_ms = 0 WHERE (? IS NULL OR id = ?)').run(connectorId, connectorId);
  })();
}
