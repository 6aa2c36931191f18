import { Agent, createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the proxy does to one request:
 * - pass: forwards it and returns the answer;
 * - drop: cuts the connection before forwarding (nothing applied);
 * - reset-after: forwards it, waits for the answer, then resets the connection (applied, answer lost);
 * - error-500: answers 500 without forwarding;
 * - throttle-429: answers 429 with Retry-After (seconds, or an HTTP date every other time) without forwarding;
 * - slow: forwards it, then holds the answer past the client's timeout (applied, answer too late);
 * - duplicate: forwards it twice (a duplicate delivery), and answers it twice: the same answer comes back again,
 *   in place of the answer to the next request on that connection (which is never forwarded).
 */
export const FAULTS = ['pass', 'drop', 'reset-after', 'error-500', 'throttle-429', 'slow', 'duplicate'] as const;
export type Fault = (typeof FAULTS)[number];

export interface FaultProxy {
  readonly url: string;
  readonly counts: Record<Fault, number>;
  /** Each request the proxy forwarded twice ('duplicate'), as "METHOD path". */
  readonly duplicated: readonly string[];
  close(): Promise<void>;
}

export interface FaultProxyOptions {
  /** The upstream origin, e.g. http://127.0.0.1:4567 */
  readonly target: string;
  /** Picks the fault for the nth request (from 1). */
  readonly choose: (n: number) => Fault;
  readonly slowMs: number;
  readonly retryAfterSeconds: number;
}

interface Upstream {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** A fault-injecting HTTP proxy on 127.0.0.1 between a client and one upstream server. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const counts = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>;
  let n = 0;
  const timers = new Set<NodeJS.Timeout>();
  const stale = new WeakMap<Socket, Upstream>();
  const duplicated: string[] = [];

  const forward = (req: IncomingMessage, body: Buffer): Promise<Upstream> =>
    new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
      delete headers.connection;
      const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent }, (res) => {
        readAll(res).then((data) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: data }), reject);
      });
      upstream.on('error', reject);
      upstream.end(body);
    });

  const answer = (res: ServerResponse, upstream: Upstream) => {
    const headers = { ...upstream.headers };
    delete headers.connection;
    delete headers['keep-alive'];
    delete headers['transfer-encoding'];
    res.writeHead(upstream.status, { ...headers, 'content-length': String(upstream.body.length) });
    res.end(upstream.body);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readAll(req);
    const repeat = stale.get(req.socket);
    if (repeat !== undefined) {
      stale.delete(req.socket);
      answer(res, repeat);
      return;
    }
    n += 1;
    const fault = options.choose(n);
    counts[fault] += 1;
    switch (fault) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'error-500':
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end('injected failure');
        return;
      case 'throttle-429': {
        const retryAfter = n % 2 === 0 ? String(options.retryAfterSeconds) : new Date(Date.now() + options.retryAfterSeconds * 1000).toUTCString();
        res.writeHead(429, { 'Retry-After': retryAfter, 'Content-Type': 'application/json' }).end('{"message":"Too Many Requests"}');
        return;
      }
      case 'pass':
        answer(res, await forward(req, body));
        return;
      case 'reset-after':
        await forward(req, body);
        req.socket.resetAndDestroy();
        return;
      case 'slow': {
        const upstream = await forward(req, body);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, options.slowMs);
          timers.add(timer);
        });
        if (!res.destroyed && !req.socket.destroyed) answer(res, upstream);
        return;
      }
      case 'duplicate': {
        const first = await forward(req, body);
        await forward(req, body);
        duplicated.push(`${req.method ?? ''} ${req.url ?? ''}`);
        stale.set(req.socket, first);
        answer(res, first);
        return;
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent && !res.destroyed) res.writeHead(502).end('proxy failure');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    duplicated,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
