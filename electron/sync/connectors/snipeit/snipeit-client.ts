import type { DeliveryResult } from '../../connector';
import type { DriverEnv } from '../../connector-factory';
import { httpCall, serverMessage, type HttpRequest } from '../../http/http-call';
import { describeStatus, isAuthStatus, isTransientStatus } from '../../http/network-words';
import { parseRetryAfter } from '../../http/retry-after';
import type { Pacer } from './pacer';

export type SnipeAnswer =
  /** HTTP 2xx and not {"status":"error"}. */
  | { readonly kind: 'ok'; readonly json: Readonly<Record<string, unknown>> }
  /** Snipe-IT's refusal inside an HTTP 200: {"status":"error","messages":...}. */
  | { readonly kind: 'refused'; readonly message: string }
  /** Anything else, already classified for the worker (network, 401/403, 429/5xx, other 4xx, not JSON). */
  | { readonly kind: 'failed'; readonly result: DeliveryResult };

/** Snipe-IT's messages are a string or {field: [message, ...]}: one line either way. */
export function messagesText(messages: unknown): string {
  if (typeof messages === 'string') return messages;
  if (typeof messages === 'object' && messages !== null) {
    return Object.entries(messages)
      .map(([field, list]) => `${field}: ${Array.isArray(list) ? list.join(' ') : String(list)}`)
      .join('; ');
  }
  return 'no message';
}

export interface SnipeClient {
  call(method: HttpRequest['method'], path: string, body: Record<string, unknown> | null, signal: AbortSignal): Promise<SnipeAnswer>;
}

/** Paced, authenticated JSON calls to /api/v1, reading the body as well as the status (a 200 can be a refusal). */
export function snipeClient(baseUrl: string, token: string, timeoutMs: number, pacer: Pacer, env: DriverEnv): SnipeClient {
  const root = baseUrl.replace(/\/+$/, '');
  return {
    async call(method, path, body, signal) {
      await pacer.wait();
      const request: HttpRequest = {
        method,
        url: `${root}/api/v1/${path}`,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'User-Agent': 'Dockside-Sync/1 (snipe-it)',
        },
        ...(body === null ? {} : { body: JSON.stringify(body) }),
      };
      const outcome = await httpCall(request, { fetch: env.fetch, timers: env.timers, timeoutMs, signal });
      if (outcome.kind === 'network') return { kind: 'failed', result: { kind: 'retry', reason: outcome.reason, retryAfterMs: null } };
      const words = describeStatus(outcome.status, serverMessage(outcome));
      if (isAuthStatus(outcome.status)) return { kind: 'failed', result: { kind: 'auth', reason: words } };
      if (isTransientStatus(outcome.status)) {
        const retryAfterMs = parseRetryAfter(outcome.headers.get('retry-after'), env.clock.now());
        if (outcome.status === 429) pacer.holdFor(retryAfterMs ?? 60_000);
        return { kind: 'failed', result: { kind: 'retry', reason: words, retryAfterMs } };
      }
      if (outcome.status < 200 || outcome.status >= 300) return { kind: 'failed', result: { kind: 'reject', reason: words } };
      if (typeof outcome.json !== 'object' || outcome.json === null) {
        return { kind: 'failed', result: { kind: 'retry', reason: 'Snipe-IT answered, but not with JSON: check the address (it must be the Snipe-IT root).', retryAfterMs: null } };
      }
      const json = outcome.json as Record<string, unknown>;
      if (json['status'] === 'error') return { kind: 'refused', message: messagesText(json['messages']) };
      return { kind: 'ok', json };
    },
  };
}
