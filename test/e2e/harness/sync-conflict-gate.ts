import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface GateEvent {
  readonly id: string;
  readonly type: string;
  readonly assetId: string;
}

/** What the central system says when it holds an event: why, and its record as it stands. */
export interface CentralChange {
  readonly reason: string;
  readonly remote: Readonly<Record<string, string>>;
}

/**
 * A central system whose records people also change: a real HTTP server on 127.0.0.1 in front of the webhook
 * receiver. It answers an event it holds with the webhook protocol's "conflict" status and its own record, and
 * passes everything else on unchanged (signature included) — an overriding event ("Apply ours") too.
 */
export interface ConflictGate {
  readonly url: string;
  holdWhen: ((event: GateEvent) => CentralChange | null) | null;
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

const FORWARDED = ['content-type', 'x-dockside-signature', 'idempotency-key'] as const;

export async function startConflictGate(target: string): Promise<ConflictGate> {
  const gate: Pick<ConflictGate, 'holdWhen'> = { holdWhen: null };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const message = JSON.parse(body === '' ? '{}' : body) as { event?: GateEvent; override?: boolean };
    const held = message.event !== undefined && message.override !== true ? (gate.holdWhen?.(message.event) ?? null) : null;
    if (message.event !== undefined && held !== null) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ results: [{ id: message.event.id, status: 'conflict', reason: held.reason, remote: held.remote }] }));
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of FORWARDED) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await fetch(target, { method: req.method ?? 'POST', headers, body });
    res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(await answer.text());
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(gate, {
    url: `http://127.0.0.1:${port}/hook`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
