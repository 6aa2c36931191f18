import type { Db } from '../../../db/connection';
import { DocksideError } from '../../../shared/errors';
import type { SyncProblem, SyncResolution } from '../../../shared/views';
import { eventRef, type EventRefRow } from './event-ref';

interface ProblemRow extends EventRefRow {
  state: string;
  attempts: number;
  server_reason: string | null;
  remote: string | null;
  updated_at: string;
  payload: string;
}

function flatten(value: Readonly<Record<string, unknown>>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = item === null || item === undefined ? null : typeof item === 'string' ? item : JSON.stringify(item);
  }
  return out;
}

/** Dead letters and conflicts, oldest first, with the server's reason and both sides of a conflict. */
export function listProblems(db: Db, connectorId: string | null): SyncProblem[] {
  const rows = db
    .prepare(
      `SELECT d.connector_id, c.name AS connector_name, d.event_id, d.seq, d.state, d.attempts, d.server_reason, d.remote, d.updated_at,
              e.type, e.device_time, e.payload, e.asset_id, coalesce(a.asset_tag, a.serial) AS asset_label
       FROM sync_deliveries d
       JOIN sync_connectors c ON c.id = d.connector_id
       JOIN custody_events e ON e.id = d.event_id
       JOIN assets a ON a.id = e.asset_id
       WHERE d.state IN ('dead', 'conflict') AND (? IS NULL OR d.connector_id = ?)
       ORDER BY d.seq, d.connector_id`,
    )
    .all(connectorId, connectorId) as ProblemRow[];
  return rows.map((row) => ({
    ...eventRef(row),
    kind: row.state === 'dead' ? 'dead-letter' : 'conflict',
    serverReason: row.server_reason ?? '',
    attempts: row.attempts,
    since: row.updated_at,
    ours: { event: row.type, ...flatten(JSON.parse(row.payload) as Record<string, unknown>) },
    theirs: row.remote === null ? null : (JSON.parse(row.remote) as Record<string, string | null>),
  }));
}

export interface Decision {
  readonly connectorId: string;
  readonly eventId: string;
  readonly note: string;
  readonly technicianId: string;
  readonly at: Date;
}

function problemState(db: Db, connectorId: string, eventId: string): { state: string; serverReason: string | null } {
  const row = db.prepare('SELECT state, server_reason FROM sync_deliveries WHERE connector_id = ? AND event_id = ?').get(connectorId, eventId) as
    | { state: string; server_reason: string | null }
    | undefined;
  if (row === undefined) throw new DocksideError('SYNC_ITEM_NOT_FOUND', `No delivery of ${eventId} to ${connectorId}`);
  return { state: row.state, serverReason: row.server_reason };
}

function record(db: Db, decision: Decision, action: SyncResolution['action'], serverReason: string | null): void {
  db.prepare(
    'INSERT INTO sync_resolutions (connector_id, event_id, action, note, technician_id, server_reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(decision.connectorId, decision.eventId, action, decision.note, decision.technicianId, serverReason, decision.at.toISOString());
}

function requeue(db: Db, decision: Decision, override: boolean): void {
  db.prepare(
    `UPDATE sync_deliveries SET state = 'pending', attempts = 0, next_attempt_ms = 0, override = ?, last_error = NULL, server_reason = NULL, remote = NULL, updated_at = ?
     WHERE connector_id = ? AND event_id = ?`,
  ).run(override ? 1 : 0, decision.at.toISOString(), decision.connectorId, decision.eventId);
}

/** Sends a dead letter again (after the data was fixed); a conflict is retried as it is (the server may have changed). */
export function retryProblem(db: Db, decision: Decision): void {
  db.transaction(() => {
    const { state, serverReason } = problemState(db, decision.connectorId, decision.eventId);
    if (state === 'pending') throw new DocksideError('SYNC_ITEM_NOT_FOUND', `${decision.eventId} is already waiting to be sent`);
    requeue(db, decision, false);
    record(db, decision, 'retry', serverReason);
  })();
}

/** Retries every dead letter (of one connector, or all). Returns how many. */
export function retryAllDead(db: Db, connectorId: string | null, technicianId: string, at: Date): number {
  return db.transaction(() => {
    const rows = db.prepare("SELECT connector_id, event_id FROM sync_deliveries WHERE state = 'dead' AND (? IS NULL OR connector_id = ?)").all(connectorId, connectorId) as {
      connector_id: string;
      event_id: string;
    }[];
    for (const row of rows) retryProblem(db, { connectorId: row.connector_id, eventId: row.event_id, note: 'Retry all', technicianId, at });
    return rows.length;
  })();
}

/** Gives up on one delivery, with the supervisor's note: the event stays in the custody log, it is just not sent. */
export function dismissProblem(db: Db, decision: Decision): void {
  db.transaction(() => {
    const { state, serverReason } = problemState(db, decision.connectorId, decision.eventId);
    if (state === 'pending') throw new DocksideError('SYNC_ITEM_NOT_FOUND', `${decision.eventId} is not a dead letter or conflict`);
    db.prepare('DELETE FROM sync_deliveries WHERE connector_id = ? AND event_id = ?').run(decision.connectorId, decision.eventId);
    record(db, decision, 'dismiss', serverReason);
  })();
}

/** A supervisor's call on a conflict: apply ours over the central change, or keep theirs and send nothing. */
export function resolveConflict(db: Db, decision: Decision, choice: 'apply-ours' | 'keep-theirs'): void {
  db.transaction(() => {
    const { state, serverReason } = problemState(db, decision.connectorId, decision.eventId);
    if (state !== 'conflict') throw new DocksideError('SYNC_ITEM_NOT_FOUND', `${decision.eventId} is not held as a conflict`);
    if (choice === 'apply-ours') requeue(db, decision, true);
    else db.prepare('DELETE FROM sync_deliveries WHERE connector_id = ? AND event_id = ?').run(decision.connectorId, decision.eventId);
    record(db, decision, choice, serverReason);
  })();
}

export function listResolutions(db: Db, limit: number): SyncResolution[] {
  const rows = db
    .prepare('SELECT connector_id, event_id, action, note, technician_id, server_reason, at FROM sync_resolutions ORDER BY id DESC LIMIT ?')
    .all(limit) as { connector_id: string; event_id: string; action: SyncResolution['action']; note: string; technician_id: string; server_reason: string | null; at: string }[];
  return rows.map((r) => ({
    connectorId: r.connector_id,
    eventId: r.event_id,
    action: r.action,
    note: r.note,
    technicianId: r.technician_id,
    serverReason: r.server_reason,
    at: r.at,
  }));
}
