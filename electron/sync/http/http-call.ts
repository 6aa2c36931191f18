import type { Timers } from '../runtime/timers';
import { describeNetworkError } from './network-words';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export type HttpOutcome =
  /** The server answered (any status). json is undefined when the body is not JSON. */
  | { readonly kind: 'answer'; readonly status: number; readonly headers: Headers; readonly text: string; readonly json: unknown }
  /** No whole answer: DNS, refused, reset, timeout. The request may or may not have been applied. */
  | { readonly kind: 'network'; readonly reason: string };

export interface CallOptions {
  readonly fetch: FetchLike;
  readonly timers: Timers;
  readonly timeoutMs: number;
  /** The caller's signal (the worker's own deadline); aborts the call too. */
  readonly signal: AbortSignal;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** One HTTP call with a deadline. Never throws: every failure comes back as an outcome with words. */
export async function httpCall(request: HttpRequest, options: CallOptions): Promise<HttpOutcome> {
  let host: string;
  try {
    host = new URL(request.url).host;
  } catch {
    return { kind: 'network', reason: `${request.url.slice(0, 80)} is not a web address.` };
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = options.timers.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onOuterAbort = () => controller.abort();
  options.signal.addEventListener('abort', onOuterAbort, { once: true });
  try {
    if (options.signal.aborted) return { kind: 'network', reason: `The call to ${host} was cancelled.` };
    const init: RequestInit = { method: request.method, headers: request.headers, signal: controller.signal, redirect: 'manual' };
    if (request.body !== undefined) init.body = request.body;
    const response = await options.fetch(request.url, init);
    const text = await response.text();
    return { kind: 'answer', status: response.status, headers: response.headers, text, json: parseJson(text) };
  } catch (error) {
    if (timedOut) return { kind: 'network', reason: `No answer from ${host} within ${Math.round(options.timeoutMs / 100) / 10} s.` };
    if (options.signal.aborted) return { kind: 'network', reason: `The call to ${host} was cancelled.` };
    return { kind: 'network', reason: describeNetworkError(error, host) };
  } finally {
    options.timers.clearTimeout(timer);
    options.signal.removeEventListener('abort', onOuterAbort);
  }
}

/** The server's own message from a JSON or text body, short. */
export function serverMessage(outcome: Extract<HttpOutcome, { kind: 'answer' }>): string | null {
  const json = outcome.json;
  if (typeof json === 'object' && json !== null) {
    const record = json as Record<string, unknown>;
    for (const key of ['error', 'message', 'messages', 'reason']) {
      const value = record[key];
      if (typeof value === 'string' && value !== '') return value.slice(0, 300);
      if (typeof value === 'object' && value !== null) return JSON.stringify(value).slice(0, 300);
    }
  }
  const text = outcome.text.trim();
  return text === '' ? null : text.slice(0, 300);
}
