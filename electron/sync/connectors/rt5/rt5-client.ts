import type { DeliveryResult } from '../../connector';
import type { DriverEnv } from '../../connector-factory';
import { httpCall, serverMessage, type HttpRequest } from '../../http/http-call';
import { describeStatus, isAuthStatus, isTransientStatus } from '../../http/network-words';
import { parseRetryAfter } from '../../http/retry-after';

/** Every outcome of a delivery except success. */
export type Failure = Exclude<DeliveryResult, { readonly kind: 'delivered' }>;

/** One step of a delivery: a value, or the failure that ends it. */
export type Step<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

export const step = <T>(value: T): Step<T> => ({ ok: true, value });
export const stop = <T = never>(failure: Failure): Step<T> => ({ ok: false, failure });

export type RtAnswer =
  /** 2xx. etag from the ETag header (RT: the id of the record's last transaction); date from the Date header. */
  | { readonly kind: 'ok'; readonly status: number; readonly json: unknown; readonly etag: string | null; readonly date: Date | null }
  /** 404: no such record (never taken as a delete). */
  | { readonly kind: 'missing'; readonly message: string }
  /** 412: If-Match did not match, the record changed since we read it. */
  | { readonly kind: 'changed' }
  /** Network error, timeout, 401/403, 429/5xx, other 4xx: already classified for the worker. */
  | { readonly kind: 'failed'; readonly failure: Failure };

export interface RtClient {
  readonly restUrl: string;
  call(method: HttpRequest['method'], path: string, body: unknown, signal: AbortSignal, ifMatch?: string): Promise<RtAnswer>;
}

const RT5_USER_AGENT = 'Dockside-Sync/1 (request-tracker-5)';

/**
 * Authenticated JSON calls to RT's REST2 API with a deadline and a non-browser User-Agent. Never throws:
 * every failure comes back classified (retry, auth, reject) with words a supervisor can act on.
 */
export function rt5Client(restUrl: string, token: string, timeoutMs: number, env: Pick<DriverEnv, 'fetch' | 'timers' | 'clock'>): RtClient {
  return {
    restUrl,
    async call(method, path, body, signal, ifMatch) {
      const headers: Record<string, string> = {
        Authorization: `token ${token}`,
        Accept: 'application/json',
        'User-Agent': RT5_USER_AGENT,
      };
      if (body !== null && body !== undefined) headers['Content-Type'] = 'application/json';
      if (ifMatch !== undefined) headers['If-Match'] = ifMatch;
      const request: HttpRequest = {
        method,
        url: `${restUrl}/${path}`,
        headers,
        ...(body === null || body === undefined ? {} : { body: JSON.stringify(body) }),
      };
      const outcome = await httpCall(request, { fetch: env.fetch, timers: env.timers, timeoutMs, signal });
      if (outcome.kind === 'network') return { kind: 'failed', failure: { kind: 'retry', reason: outcome.reason, retryAfterMs: null } };
      const { status } = outcome;
      if (status >= 200 && status < 300) {
        const date = outcome.headers.get('date');
        return { kind: 'ok', status, json: outcome.json, etag: outcome.headers.get('etag'), date: date === null ? null : new Date(date) };
      }
      if (status === 412) return { kind: 'changed' };
      const words = `Request Tracker: ${describeStatus(status, serverMessage(outcome))}`;
      if (status === 404) return { kind: 'missing', message: words };
      if (isAuthStatus(status)) return { kind: 'failed', failure: { kind: 'auth', reason: words } };
      if (isTransientStatus(status)) {
        return { kind: 'failed', failure: { kind: 'retry', reason: words, retryAfterMs: parseRetryAfter(outcome.headers.get('retry-after'), env.clock.now()) } };
      }
      return { kind: 'failed', failure: { kind: 'reject', reason: words } };
    },
  };
}

/** The answer as a step: ok answers pass, a 404 or 412 where none is expected is a failure with words. */
export function expectOk(answer: RtAnswer, what: string): Step<Extract<RtAnswer, { kind: 'ok' }>> {
  switch (answer.kind) {
    case 'ok':
      return step(answer);
    case 'failed':
      return stop(answer.failure);
    case 'missing':
      return stop({ kind: 'reject', reason: `${what}: ${answer.message}` });
    case 'changed':
      return stop({ kind: 'retry', reason: `${what}: the record changed in RT while we wrote it.`, retryAfterMs: null });
  }
}
