import type { Db } from '../../../db/connection';
import type { DeliveryResult } from '../connector';
import { retryDelay, type BackoffPolicy } from '../runtime/backoff';
import type { QueuedDelivery } from './delivery-queue';

export interface OutcomeContext {
  readonly now: Date;
  readonly policy: BackoffPolicy;
  readonly random: () => number;
}

/** What one batch came to, for the connector's own state. */
export interface BatchSummary {
  readonly delivered: number;
  readonly retried: number;
  readonly rejected: number;
  readonly conflicts: number;
  /** The server refused the token: the reason, else null. */
  readonly authReason: string | null;
  /** The first retry reason, if any item is to be retried. */
  readonly retryReason: string | null;
  /** The longest Retry-After any item was given (ms), else null. */
  readonly retryAfterMs: number | null;
}

/**
 * Writes each item's outcome in one transaction: delivered rows move to the delivered log; retries wait
 * (backoff with full jitter, or the server's Retry-After); rejects become dead letters and conflicts are held,
 * both with the server's reason; items refused for the token stay pending, untouched, for after the new token.
 */
export function recordResults(
  db: Db,
  connectorId: string,
  deliveries: readonly QueuedDelivery[],
  results: readonly DeliveryResult[],
  ctx: OutcomeContext,
): BatchSummary {
  const at = ctx.now.toISOString();
  const nowMs = ctx.now.getTime();
  const moveToLog = db.prepare(
    'INSERT OR IGNORE INTO sync_delivered (connector_id, event_id, remote_ref, attempts, delivered_at) VALUES (?, ?, ?, ?, ?)',
  );
  const remove = db.prepare('DELETE FROM sync_deliveries WHERE connector_id = ? AND event_id = ?');
  const retry = db.prepare(
    'UPDATE sync_deliveries SET attempts = ?, next_attempt_ms = ?, last_error = ?, updated_at = ? WHERE connector_id = ? AND event_id = ?',
  );
  const hold = db.prepare(
    `UPDATE sync_deliveries SET state = ?, attempts = ?, last_error = ?, server_reason = ?, remote = ?, override = 0, updated_at = ?
     WHERE connector_id = ? AND event_id = ?`,
  );
  const counts = { delivered: 0, retried: 0, rejected: 0, conflicts: 0 };
  let authReason: string | null = null;
  let retryReason: string | null = null;
  let retryAfterMs: number | null = null;
  db.transaction(() => {
    deliveries.forEach((d, index) => {
      const result = results[index];
      const attempts = d.attempts + 1;
      if (result === undefined) throw new Error('recordResults needs one result per delivery');
      switch (result.kind) {
        case 'delivered':
          moveToLog.run(connectorId, d.eventId, result.remoteRef, attempts, at);
          remove.run(connectorId, d.eventId);
          counts.delivered += 1;
          return;
        case 'retry': {
          const delay = retryDelay(attempts, result.retryAfterMs, ctx.policy, ctx.random);
          retry.run(attempts, nowMs + delay, result.reason, at, connectorId, d.eventId);
          counts.retried += 1;
          retryReason ??= result.reason;
          if (result.retryAfterMs !== null) retryAfterMs = Math.max(retryAfterMs ?? 0, result.retryAfterMs);
          return;
        }
        case 'reject':
          hold.run('dead', attempts, `Refused by the server: ${result.reason}`, result.reason, null, at, connectorId, d.eventId);
          counts.rejected += 1;
          return;
        case 'conflict':
          hold.run('conflict', attempts, `Held as a conflict: ${result.reason}`, result.reason, JSON.stringify(result.remote), at, connectorId, d.eventId);
          counts.conflicts += 1;
          return;
        case 'auth':
          authReason ??= result.reason;
          return;
      }
    });
  })();
  return { ...counts, authReason, retryReason, retryAfterMs };
}

/** The same result for every item: a batch that failed as a whole (no answer, wrong answer). */
export function sameForAll(deliveries: readonly QueuedDelivery[], result: DeliveryResult): DeliveryResult[] {
  return deliveries.map(() => result);
}
