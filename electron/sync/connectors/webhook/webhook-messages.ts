import { createHash } from 'node:crypto';
import type { DeliveryResult, SyncItem } from '../../connector';

/** One event as the webhook sends it: the signed custody fact and the identity of its asset. */
export function eventBody(item: SyncItem): Record<string, unknown> {
  const body: Record<string, unknown> = { event: item.event, asset: item.asset };
  if (item.overrideConflict === true) body['override'] = true;
  return body;
}

/**
 * A batch call carries `{ "batch": [ {event, asset}, ... ] }` and the key `batch-<sha256 of the event ids>`;
 * a single call carries `{event, asset}` and the event id itself as Idempotency-Key.
 */
export function requestBody(items: readonly SyncItem[], batched: boolean): { body: string; key: string } {
  const first = items[0];
  if (!batched && items.length === 1 && first !== undefined) return { body: JSON.stringify(eventBody(first)), key: first.event.id };
  const ids = items.map((i) => i.event.id).join(',');
  return { body: JSON.stringify({ batch: items.map(eventBody) }), key: `batch-${createHash('sha256').update(ids).digest('hex')}` };
}

interface Ack {
  readonly id?: unknown;
  readonly status?: unknown;
  readonly reason?: unknown;
  readonly ref?: unknown;
  readonly remote?: unknown;
}

function remoteRecord(value: unknown): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, item] of Object.entries(value)) out[key] = item === null ? null : String(item);
  return out;
}

function fromAck(ack: Ack): DeliveryResult {
  const reason = typeof ack.reason === 'string' && ack.reason !== '' ? ack.reason : 'no reason given';
  switch (ack.status) {
    case 'applied':
    case 'duplicate':
      return { kind: 'delivered', remoteRef: typeof ack.ref === 'string' ? ack.ref : null };
    case 'rejected':
      return { kind: 'reject', reason };
    case 'conflict':
      return { kind: 'conflict', reason, remote: remoteRecord(ack.remote) };
    default:
      return { kind: 'retry', reason: `The receiver answered an unknown status for this event (${String(ack.status).slice(0, 40)}).`, retryAfterMs: null };
  }
}

/**
 * Reads a 2xx answer. When the receiver lists results, each event must be acknowledged by id: an answer that
 * does not match the request (a stray or duplicated response) delivers nothing and is retried. A plain 2xx
 * with no results acknowledges everything sent.
 */
export function readAcks(items: readonly SyncItem[], json: unknown): DeliveryResult[] {
  const results = typeof json === 'object' && json !== null ? (json as { results?: unknown }).results : undefined;
  if (!Array.isArray(results)) return items.map(() => ({ kind: 'delivered', remoteRef: null }));
  const byId = new Map<string, Ack>();
  for (const ack of results as Ack[]) if (typeof ack === 'object' && ack !== null && typeof ack.id === 'string') byId.set(ack.id, ack);
  return items.map((item) => {
    const ack = byId.get(item.event.id);
    if (ack === undefined) return { kind: 'retry', reason: 'The receiver did not acknowledge this event in its answer.', retryAfterMs: null };
    return fromAck(ack);
  });
}
