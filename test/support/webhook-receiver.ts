import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One effect the receiver applied: an event, once. */
export interface AppliedEffect {
  readonly eventId: string;
  readonly assetId: string;
  readonly seq: number;
  readonly type: string;
}

interface IncomingEvent {
  readonly event: { readonly id: string; readonly assetId: string; readonly seq: number; readonly type: string };
  readonly asset: { readonly id: string };
}

export interface WebhookReceiver {
  readonly url: string;
  /** Effects in the order applied; each event at most once. */
  readonly applied: AppliedEffect[];
  /** Events that arrived again after being applied (answered "duplicate", not applied). */
  readonly duplicates: string[];
  readonly stats: { requests: number; badSignatures: number; pings: number };
  /** An asset's event arriving before one it had already applied. Must stay empty. */
  readonly orderViolations: string[];
  setSecret(secret: string): void;
  /** Refuse these events (the reason), like a receiver whose validation fails. */
  rejectWhen: ((event: IncomingEvent['event']) => string | null) | null;
  /** Runs after applying a request's events and before answering (to cut the answer, or kill the sender). */
  beforeAnswer: ((applied: readonly AppliedEffect[]) => Promise<void>) | null;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Checks `X-Dockside-Signature: t=<unix>,v1=<hex>` = HMAC-SHA256(secret, "<t>.<body>"), within the tolerance. */
function signatureValid(header: string | undefined, body: string, secret: string, toleranceSec: number): boolean {
  if (header === undefined) return false;
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSec || !/^[0-9a-f]{64}$/.test(given)) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * A webhook receiver such as a central system would run: real HTTP on 127.0.0.1, checks every signature,
 * applies each event once (deduplicated by its id, the Idempotency-Key), and acknowledges each event by id.
 */
export async function startWebhookReceiver(options: { secret: string; path?: string; toleranceSec?: number }): Promise<WebhookReceiver> {
  const path = options.path ?? '/hook';
  let secret = options.secret;
  const seen = new Set<string>();
  const lastSeq = new Map<string, number>();
  const receiver: Omit<WebhookReceiver, 'url' | 'close'> = {
    applied: [],
    duplicates: [],
    stats: { requests: 0, badSignatures: 0, pings: 0 },
    orderViolations: [],
    setSecret: (next) => {
      secret = next;
    },
    rejectWhen: null,
    beforeAnswer: null,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    receiver.stats.requests += 1;
    if (req.method !== 'POST' || req.url !== path) return send(res, 404, { error: 'no such hook' });
    if (!signatureValid(req.headers['x-dockside-signature'] as string | undefined, body, secret, options.toleranceSec ?? 300)) {
      receiver.stats.badSignatures += 1;
      return send(res, 401, { error: 'signature does not verify' });
    }
    const message = JSON.parse(body) as { ping?: boolean; batch?: IncomingEvent[] } & Partial<IncomingEvent>;
    if (message.ping === true) {
      receiver.stats.pings += 1;
      return send(res, 200, { ok: true });
    }
    const items = message.batch ?? (message.event === undefined ? [] : [message as IncomingEvent]);
    if (message.batch === undefined && req.headers['idempotency-key'] !== message.event?.id) return send(res, 400, { error: 'Idempotency-Key must be the event id' });
    const appliedNow: AppliedEffect[] = [];
    const results = items.map(({ event }) => {
      if (seen.has(event.id)) {
        receiver.duplicates.push(event.id);
        return { id: event.id, status: 'duplicate' };
      }
      const refusal = receiver.rejectWhen?.(event) ?? null;
      if (refusal !== null) return { id: event.id, status: 'rejected', reason: refusal };
      seen.add(event.id);
      const previous = lastSeq.get(event.assetId);
      if (previous !== undefined && previous >= event.seq) receiver.orderViolations.push(`${event.assetId}: ${event.seq} after ${previous}`);
      lastSeq.set(event.assetId, event.seq);
      const effect = { eventId: event.id, assetId: event.assetId, seq: event.seq, type: event.type };
      receiver.applied.push(effect);
      appliedNow.push(effect);
      return { id: event.id, status: 'applied', ref: `effect/${receiver.applied.length}` };
    });
    if (receiver.beforeAnswer !== null) await receiver.beforeAnswer(appliedNow);
    if (!res.destroyed) send(res, 200, { results });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { error: 'receiver failed' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
