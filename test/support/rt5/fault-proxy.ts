import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface SeenRequest {
  readonly method: string;
  /** Path and query as sent, e.g. /REST/2.0/asset/3 */
  readonly path: string;
  readonly body: string;
}

/**
 * What the proxy does with one request: pass it on, pass it on but cut the connection instead of answering
 * (the server applied it, the client never hears: a lost response), or answer itself without passing it on.
 */
export type ProxyAction = 'forward' | 'lose-response' | { readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string };

export type ProxyRule = (request: SeenRequest) => ProxyAction | Promise<ProxyAction>;

/** A small HTTP proxy on 127.0.0.1 between a connector and the real RT, to inject faults per request. */
export interface FaultProxy {
  /** Same shape as the target's address: http://127.0.0.1:<proxy port> */
  readonly origin: string;
  readonly seen: SeenRequest[];
  setRule(rule: ProxyRule): void;
  close(): Promise<void>;
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

interface Upstream {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

function forward(target: URL, method: string, path: string, headers: IncomingHttpHeaders, body: Buffer): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: target.hostname, port: target.port, method, path, headers: { ...headers, host: target.host } },
      (response) => {
        readBody(response).then((data) => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: data }), reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export async function startFaultProxy(targetOrigin: string): Promise<FaultProxy> {
  const target = new URL(targetOrigin);
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  let rule: ProxyRule = () => 'forward';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const request: SeenRequest = { method: req.method ?? 'GET', path: req.url ?? '/', body: body.toString('utf8') };
      seen.push(request);
      const action = await rule(request);
      if (typeof action === 'object') {
        res.writeHead(action.status, { 'Content-Type': 'application/json', ...action.headers });
        res.end(action.body ?? '');
        return;
      }
      const upstream = await forward(target, request.method, request.path, req.headers, body);
      if (action === 'lose-response') {
        req.socket.destroy();
        return;
      }
      res.writeHead(upstream.status, upstream.headers);
      res.end(upstream.body);
    })().catch((error: unknown) => {
      res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`fault proxy: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    setRule: (next) => {
      rule = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
