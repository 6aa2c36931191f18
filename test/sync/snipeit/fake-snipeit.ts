import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A contract fake of Snipe-IT's REST API (/api/v1), written from its documentation and its API controller:
 * Bearer tokens (401 {"message":"Unauthenticated."}), refusals inside HTTP 200 as
 * {"status":"error","messages":...,"payload":null}, lists as {total, rows}, custom fields as
 * {"<name>": {field, value, ...}}, audit updating only custom fields shown at audit, and the API throttle
 * (429 "Too Many Requests" with Retry-After and X-RateLimit-* headers).
 */
export interface FakeHardware {
  id: number;
  asset_tag: string;
  serial: string;
  model: string;
  manufacturer: string;
  status_id: number;
  assigned_to: string | null;
  custom: Record<string, string | null>;
  last_audit_date: string | null;
  updated_at: number;
}

export interface CustomField {
  readonly name: string;
  readonly db_column: string;
  readonly display_audit: boolean;
}

export interface Effect {
  readonly action: 'checkin' | 'audit' | 'update';
  readonly assetId: number;
  readonly note: string | null;
  readonly changes: Readonly<Record<string, unknown>>;
}

export interface FakeSnipeIt {
  readonly url: string;
  readonly hardware: Map<number, FakeHardware>;
  readonly statusLabels: Map<number, string>;
  readonly fields: CustomField[];
  readonly effects: Effect[];
  readonly stats: { requests: number; throttled: number; unauthenticated: number };
  token: string;
  addHardware(h: Omit<FakeHardware, 'id' | 'custom' | 'last_audit_date' | 'updated_at'> & { custom?: Record<string, string | null> }): FakeHardware;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const standard = (status: 'success' | 'error', payload: unknown, messages: unknown) => ({ status, messages, payload });
const escape = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#039;');

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text === '' ? {} : (JSON.parse(text) as Record<string, unknown>));
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

export async function startFakeSnipeIt(options: { token: string; limit: number; windowMs: number }): Promise<FakeSnipeIt> {
  const hardware = new Map<number, FakeHardware>();
  const statusLabels = new Map<number, string>([
    [1, 'Ready to Deploy'],
    [2, 'Deployed'],
    [3, 'Lost/Stolen'],
    [5, 'Received at dock'],
    [6, 'Wiped'],
    [7, 'Awaiting pickup'],
  ]);
  const fields: CustomField[] = [
    { name: 'Dockside event', db_column: '_snipeit_dockside_event_7', display_audit: true },
    { name: 'Condition', db_column: '_snipeit_condition_8', display_audit: false },
    { name: 'Technician', db_column: '_snipeit_technician_9', display_audit: false },
  ];
  const effects: Effect[] = [];
  const stats = { requests: 0, throttled: 0, unauthenticated: 0 };
  let nextId = 100;
  let clock = 0;
  let windowStart = 0;
  let inWindow = 0;

  const transform = (h: FakeHardware) => ({
    id: h.id,
    name: '',
    asset_tag: escape(h.asset_tag),
    serial: escape(h.serial),
    model: { id: 1, name: escape(h.model) },
    manufacturer: { id: 1, name: escape(h.manufacturer) },
    status_label: { id: h.status_id, name: escape(statusLabels.get(h.status_id) ?? ''), status_type: 'deployable', status_meta: 'deployable' },
    assigned_to: h.assigned_to === null ? null : { id: 9, username: 'x', name: escape(h.assigned_to), type: 'user' },
    last_audit_date: h.last_audit_date === null ? null : { datetime: h.last_audit_date, formatted: h.last_audit_date },
    custom_fields: Object.fromEntries(
      fields.map((f) => [f.name, { field: f.db_column, value: h.custom[f.db_column] === null || h.custom[f.db_column] === undefined ? null : escape(h.custom[f.db_column] ?? ''), field_format: 'ANY', element: 'text' }]),
    ),
  });
  const notFound = (res: ServerResponse) => json(res, 200, standard('error', null, 'Asset does not exist.'));
  const touch = (h: FakeHardware) => {
    clock += 1;
    h.updated_at = clock;
  };

  function throttle(res: ServerResponse): boolean {
    const now = Date.now();
    if (now - windowStart >= options.windowMs) {
      windowStart = now;
      inWindow = 0;
    }
    inWindow += 1;
    const resetMs = windowStart + options.windowMs - now;
    const headers = { 'X-RateLimit-Limit': String(options.limit), 'X-RateLimit-Remaining': String(Math.max(0, options.limit - inWindow)) };
    if (inWindow <= options.limit) {
      res.setHeader('X-RateLimit-Limit', headers['X-RateLimit-Limit']);
      res.setHeader('X-RateLimit-Remaining', headers['X-RateLimit-Remaining']);
      return false;
    }
    stats.throttled += 1;
    json(res, 429, { message: 'Too Many Requests' }, { ...headers, 'Retry-After': String(Math.max(1, Math.ceil(resetMs / 1000))) });
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.requests += 1;
    const body = await readBody(req);
    if (req.headers.authorization !== `Bearer ${fake.token}`) {
      stats.unauthenticated += 1;
      return json(res, 401, { message: 'Unauthenticated.' });
    }
    if (req.headers.accept !== 'application/json') return json(res, 406, { message: 'Send Accept: application/json' });
    if (throttle(res)) return;
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname.replace(/^\/api\/v1\//, '');
    const parts = path.split('/').map(decodeURIComponent);
    const byId = (id: string | undefined) => hardware.get(Number(id));
    if (req.method === 'GET' && parts[0] === 'hardware' && parts[1] === 'bytag') {
      const found = [...hardware.values()].filter((h) => h.asset_tag === parts[2]);
      if (found.length === 0) return notFound(res);
      return json(res, 200, found.length === 1 ? transform(found[0]!) : { total: found.length, rows: found.map(transform) });
    }
    if (req.method === 'GET' && parts[0] === 'hardware' && parts[1] === 'byserial') {
      const found = [...hardware.values()].filter((h) => h.serial === parts[2]);
      if (found.length === 0) return notFound(res);
      return json(res, 200, { total: found.length, rows: found.map(transform) });
    }
    if (req.method === 'GET' && path === 'hardware') {
      const all = [...hardware.values()].sort((a, b) => (url.searchParams.get('sort') === 'updated_at' ? a.updated_at - b.updated_at : a.id - b.id));
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Math.min(500, Number(url.searchParams.get('limit') ?? 50));
      return json(res, 200, { total: all.length, rows: all.slice(offset, offset + limit).map(transform) });
    }
    if (req.method === 'POST' && path === 'hardware/audit') {
      const h = [...hardware.values()].find((x) => x.asset_tag === body['asset_tag']);
      if (h === undefined) return notFound(res);
      const changed: Record<string, unknown> = {};
      for (const f of fields) {
        if (f.display_audit && f.db_column in body) {
          h.custom[f.db_column] = String(body[f.db_column]);
          changed[f.db_column] = body[f.db_column];
        }
      }
      h.last_audit_date = new Date().toISOString();
      touch(h);
      effects.push({ action: 'audit', assetId: h.id, note: typeof body['note'] === 'string' ? body['note'] : null, changes: changed });
      return json(res, 200, standard('success', { id: h.id, asset_tag: h.asset_tag, note: body['note'] ?? null, next_audit_date: null, custom_fields: changed }, 'Asset audit successfully logged.'));
    }
    if (req.method === 'POST' && parts[0] === 'hardware' && parts[2] === 'checkin') {
      const h = byId(parts[1]);
      if (h === undefined) return notFound(res);
      if (h.assigned_to === null) return json(res, 200, standard('error', { asset_tag: h.asset_tag, model: h.model }, 'That asset is already checked in.'));
      h.assigned_to = null;
      if (body['status_id'] !== undefined && statusLabels.has(Number(body['status_id']))) h.status_id = Number(body['status_id']);
      touch(h);
      effects.push({ action: 'checkin', assetId: h.id, note: typeof body['note'] === 'string' ? body['note'] : null, changes: body });
      return json(res, 200, standard('success', { asset_tag: h.asset_tag, model: h.model }, 'Asset checked in successfully.'));
    }
    if ((req.method === 'PATCH' || req.method === 'PUT') && parts[0] === 'hardware' && parts.length === 2) {
      const h = byId(parts[1]);
      if (h === undefined) return notFound(res);
      if (body['status_id'] !== undefined && !statusLabels.has(Number(body['status_id']))) {
        return json(res, 200, standard('error', null, { status_id: ['The selected status id is invalid.'] }));
      }
      const changed: Record<string, unknown> = {};
      if (body['status_id'] !== undefined) {
        h.status_id = Number(body['status_id']);
        changed['status_id'] = h.status_id;
      }
      for (const f of fields) {
        if (f.db_column in body) {
          h.custom[f.db_column] = body[f.db_column] === null ? null : String(body[f.db_column]);
          changed[f.db_column] = body[f.db_column];
        }
      }
      touch(h);
      effects.push({ action: 'update', assetId: h.id, note: null, changes: changed });
      return json(res, 200, standard('success', { id: h.id, asset_tag: h.asset_tag, status_id: h.status_id }, 'Asset updated successfully.'));
    }
    if (req.method === 'GET' && parts[0] === 'hardware' && parts.length === 2) {
      const h = byId(parts[1]);
      return h === undefined ? notFound(res) : json(res, 200, transform(h));
    }
    return json(res, 404, standard('error', null, '404 endpoint not found'));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => json(res, 500, { message: 'Server Error' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeSnipeIt = {
    url: `http://127.0.0.1:${port}`,
    hardware,
    statusLabels,
    fields,
    effects,
    stats,
    token: options.token,
    addHardware(h) {
      nextId += 1;
      clock += 1;
      const record: FakeHardware = { ...h, id: nextId, custom: h.custom ?? {}, last_audit_date: null, updated_at: clock };
      hardware.set(record.id, record);
      return record;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}
