import type { Connector, DeliveryResult, SyncItem } from '../../connector';
import type { DriverEnv } from '../../connector-factory';
import { httpCall, serverMessage, type HttpOutcome } from '../../http/http-call';
import { describeStatus, isAuthStatus, isTransientStatus } from '../../http/network-words';
import { parseRetryAfter } from '../../http/retry-after';
import type { ConnectorRow } from '../../store/connector-store';
import { SIGNATURE_HEADER, signatureHeader } from './signature';
import { readAcks, requestBody } from './webhook-messages';

const USER_AGENT = 'Dockside-Sync/1 (webhook)';

function classify(items: readonly SyncItem[], outcome: HttpOutcome, now: Date): DeliveryResult[] {
  const all = (result: DeliveryResult) => items.map(() => result);
  if (outcome.kind === 'network') return all({ kind: 'retry', reason: outcome.reason, retryAfterMs: null });
  const words = describeStatus(outcome.status, serverMessage(outcome));
  if (outcome.status >= 200 && outcome.status < 300) return readAcks(items, outcome.json);
  if (isAuthStatus(outcome.status)) return all({ kind: 'auth', reason: words });
  if (isTransientStatus(outcome.status)) return all({ kind: 'retry', reason: words, retryAfterMs: parseRetryAfter(outcome.headers.get('retry-after'), now) });
  if (outcome.status === 409) {
    const listed = typeof outcome.json === 'object' && outcome.json !== null && Array.isArray((outcome.json as { results?: unknown }).results);
    return listed ? readAcks(items, outcome.json) : all({ kind: 'conflict', reason: words, remote: {} });
  }
  return all({ kind: 'reject', reason: words });
}

/**
 * The signed webhook: a JSON POST per event (or per batch when maxBatch > 1) with an Idempotency-Key and an
 * HMAC-SHA256 signature keyed with the connector's token (its shared secret).
 */
export function buildWebhookConnector(row: ConnectorRow, secret: string, env: DriverEnv): Connector {
  const { url, timeoutMs, maxBatch } = row.settings;
  const post = (body: string, key: string, eventKind: string, signal: AbortSignal) =>
    httpCall(
      {
        method: 'POST',
        url,
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'User-Agent': USER_AGENT,
          'Idempotency-Key': key,
          'X-Dockside-Station': env.stationId,
          'X-Dockside-Event': eventKind,
          [SIGNATURE_HEADER]: signatureHeader(secret, Math.floor(env.clock.now().getTime() / 1000), body),
        },
        body,
      },
      { fetch: env.fetch, timers: env.timers, timeoutMs, signal },
    );
  return {
    id: row.id,
    kind: 'webhook',
    maxBatch,
    async deliver(items, signal) {
      const { body, key } = requestBody(items, maxBatch > 1);
      return classify(items, await post(body, key, maxBatch > 1 ? 'batch' : 'custody', signal), env.clock.now());
    },
    async testConnection(signal) {
      const body = JSON.stringify({ ping: true, station: env.stationId });
      const outcome = await post(body, `ping-${env.clock.now().getTime()}`, 'ping', signal);
      if (outcome.kind === 'network') return { ok: false, reason: outcome.reason };
      if (outcome.status < 200 || outcome.status >= 300) return { ok: false, reason: describeStatus(outcome.status, serverMessage(outcome)) };
      if (outcome.json === undefined && outcome.text.trim() !== '') {
        return { ok: false, reason: 'The address answered, but not with JSON: is this the webhook receiver?' };
      }
      return { ok: true, detail: `The receiver at ${new URL(url).host} answered and accepted the signature.` };
    },
  };
}
