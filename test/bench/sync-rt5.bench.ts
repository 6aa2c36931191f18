/**
 * Drain of a custody backlog to a real Request Tracker 5 (Debian's packages, on 127.0.0.1, started here)
 * through the sync worker and the RT driver, beside a plain one-request-per-event baseline against the same
 * server in the same run. Prints events/s and writes test/bench/results/sync-rt5.json.
 * Run: npm exec -- tsx test/bench/sync-rt5.bench.ts   (BENCH_RT5_EVENTS=1000 by default)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../../db/connection';
import { loadOrCreateSigner } from '../../electron/services/station/signer';
import { systemClock, uuidIds } from '../../electron/services/system';
import { cachedFactory, connectorFactory, type ConnectorFactory } from '../../electron/sync/connector-factory';
import { DEFAULT_BUILDERS } from '../../electron/sync/connectors/builders';
import { systemTimers } from '../../electron/sync/runtime/timers';
import { envSecretStore } from '../../electron/sync/secrets/env-secret-store';
import { saveConnector } from '../../electron/sync/store/connector-store';
import { createSyncWorker } from '../../electron/sync/worker';
import type { EventType } from '../../shared/domain/events';
import { connectorSettingsSchema, RT5_DEFAULTS } from '../../shared/domain/sync-config';
import { rtDesk } from '../support/rt5/rt-desk';
import { startRt5Server, type Rt5Server } from '../support/rt5/rt5-server';
import { recordLifecycleBacklog } from '../sync/rt5-e2e/support/lifecycle-backlog';
import { effectsInRt, expectedEffects, fieldIdsOf, localEvents } from '../sync/rt5-e2e/support/rt-effects';

export const SYNC_RT5_RESULT_FILE = fileURLToPath(new URL('./results/sync-rt5.json', import.meta.url));

/** A day at the dock for one laptop: registered, received, graded, wiped, staged for pickup (four RT status or field writes after the create). */
export const DOCK_DAY: readonly EventType[] = ['asset_registered', 'received', 'condition_recorded', 'wipe_completed', 'staged_for_pickup'];

export interface Rt5DrainFigure {
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly requests: number;
  readonly requestsPerEvent: number;
}

export interface SyncRt5Result {
  readonly devices: number;
  readonly eventsPerDevice: number;
  /** The worker with the RT driver: find by serial or create, status move and custom fields with If-Match, the applied-marker. */
  readonly connector: Rt5DrainFigure & {
    /** RT requests by kind (method and path with ids as :id), with their mean latency. */
    readonly byRequest: Readonly<Record<string, { readonly count: number; readonly meanMs: number }>>;
    /** Every event applied exactly once, in order per asset, one RT asset per serial, nothing left queued. */
    readonly verified: boolean;
  };
  /** One plain PUT of a custom field per event to an asset whose id is known: no lookup, no ETag, no idempotency. */
  readonly baseline: Rt5DrainFigure;
  /** connector events/s divided by baseline events/s. */
  readonly ratio: number;
  readonly rt: { readonly version: string; readonly server: string };
  readonly machine: { readonly cpu: string; readonly cores: number; readonly node: string; readonly loadAverage: readonly number[] };
}

export interface SyncRt5Options {
  readonly events?: number;
  /** Where to write the result; null writes nothing. */
  readonly resultFile?: string | null;
  readonly log?: (line: string) => void;
}

interface Timing {
  count: number;
  totalMs: number;
}

/** fetch, counting and timing each RT request by kind. */
function timedFetch(timings: Map<string, Timing>) {
  return async (input: string, init: RequestInit): Promise<Response> => {
    const started = performance.now();
    const response = await fetch(input, init);
    const body = await response.arrayBuffer();
    const key = `${init.method ?? 'GET'} ${new URL(input).pathname.replace(/^\/REST\/2\.0/, '').replace(/\/\d+/g, '/:id').replace(/\/[^/]*%20[^/]*/g, '/:name')}`;
    const t = timings.get(key) ?? { count: 0, totalMs: 0 };
    timings.set(key, { count: t.count + 1, totalMs: t.totalMs + performance.now() - started });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

const figure = (events: number, ms: number, requests: number): Rt5DrainFigure => ({
  events,
  seconds: Math.round(ms) / 1000,
  eventsPerSecond: Math.round((events / (ms / 1000)) * 10) / 10,
  requests,
  requestsPerEvent: Math.round((requests / events) * 100) / 100,
});

/** The drivers without their pull, so that the figure is delivery alone (the worker pulls on its first pass). */
function deliveryOnly(factory: ConnectorFactory): ConnectorFactory {
  return (row, token) => {
    const connector = factory(row, token);
    if (connector === null) return null;
    const { pull: _pull, ...delivery } = connector;
    return delivery;
  };
}

const left = (db: Db): number => (db.prepare('SELECT (SELECT count(*) FROM sync_deliveries) + (SELECT count(*) FROM outbox) AS n').get() as { n: number }).n;

/** Every asset once in RT (by serial), its events applied once each, in order; nothing queued or dead-lettered. */
async function verify(server: Rt5Server, db: Db, assetIds: readonly string[], stationId: string): Promise<{ ok: boolean; rtIds: number[] }> {
  const desk = rtDesk(server.restUrl, server.rootToken);
  const fields = await fieldIdsOf(desk, [RT5_DEFAULTS.fields.marker]);
  const rtIds: number[] = [];
  let ok = left(db) === 0;
  for (const assetId of assetIds) {
    const events = localEvents(db, assetId);
    const serial = (db.prepare('SELECT serial FROM assets WHERE id = ?').get(assetId) as { serial: string }).serial;
    const seen = await effectsInRt(desk, fields, serial, stationId);
    const expected = expectedEffects(events);
    ok &&= seen.rtIds.length === 1 && JSON.stringify(seen.applied) === JSON.stringify(expected.applied) && JSON.stringify(seen.statusMoves) === JSON.stringify(expected.statusMoves);
    rtIds.push(...seen.rtIds.slice(0, 1));
  }
  return { ok, rtIds };
}

/** The same number of events as plain PUTs of one custom field, round-robin over the assets the drain created. */
async function baseline(server: Rt5Server, rtIds: readonly number[], events: number): Promise<Rt5DrainFigure> {
  const headers = { Authorization: `token ${server.rootToken}`, 'Content-Type': 'application/json', 'User-Agent': 'dockside-bench-baseline' };
  const started = performance.now();
  for (let n = 0; n < events; n += 1) {
    const id = rtIds[n % rtIds.length];
    const response = await fetch(`${server.restUrl}/asset/${id}`, { method: 'PUT', headers, body: JSON.stringify({ CustomFields: { [RT5_DEFAULTS.fields.lastNote]: `baseline ${n}` } }) });
    const messages = (await response.json()) as unknown;
    if (response.status !== 200 || !Array.isArray(messages) || messages.length !== 1) throw new Error(`baseline PUT ${n}: ${response.status} ${JSON.stringify(messages)}`);
  }
  return figure(events, performance.now() - started, events);
}

async function rtVersion(server: Rt5Server): Promise<string> {
  const response = await fetch(`${server.restUrl}/rt`, { headers: { Authorization: `token ${server.rootToken}` } });
  return ((await response.json()) as { Version?: string }).Version ?? 'unknown';
}

export async function runSyncRt5(options: SyncRt5Options = {}): Promise<SyncRt5Result> {
  const log = options.log ?? (() => undefined);
  const devices = Math.max(1, Math.ceil((options.events ?? 1_000) / DOCK_DAY.length));
  const events = devices * DOCK_DAY.length;
  const server = await startRt5Server();
  const dir = mkdtempSync(join(tmpdir(), 'dockside-bench-rt5-'));
  const db = openDatabase(join(dir, 'dockside.sqlite'));
  try {
    const signer = loadOrCreateSigner(join(dir, 'station-key.pem'));
    db.prepare('INSERT OR IGNORE INTO stations (station_id, public_key, created_at) VALUES (?, ?, ?)').run(signer.stationId, signer.publicKey, systemClock.now().toISOString());
    const assetIds = recordLifecycleBacklog({ db, clock: systemClock, ids: uuidIds, signer }, 'RB', devices, DOCK_DAY);
    saveConnector(db, { id: 'rt', kind: 'rt5', name: 'Bench RT', enabled: true, settings: connectorSettingsSchema.parse({ url: server.restUrl }), backfill: true }, systemClock.now());
    const timings = new Map<string, Timing>();
    const worker = createSyncWorker({
      db,
      clock: systemClock,
      timers: systemTimers,
      random: Math.random,
      secrets: envSecretStore({ DOCKSIDE_TOKEN_RT: server.rootToken }),
      connectors: deliveryOnly(cachedFactory(connectorFactory(DEFAULT_BUILDERS, { clock: systemClock, timers: systemTimers, fetch: timedFetch(timings), stationId: signer.stationId }))),
      newId: () => uuidIds.next(),
    });
    log(`draining ${events} events (${devices} laptops x ${DOCK_DAY.length}) to Request Tracker at ${server.restUrl} through the worker`);
    const started = performance.now();
    let passes = 0;
    while (left(db) > 0) {
      const report = await worker.runOnce();
      passes += 1;
      if (report.nextDueAtMs === null && left(db) > 0) throw new Error(`the drain stopped with ${left(db)} events left (dead letters or a paused connector)`);
      if (passes > events * 4) throw new Error(`the drain made no progress: ${left(db)} events left`);
    }
    const drainMs = performance.now() - started;
    await worker.stop();
    const requests = [...timings.values()].reduce((sum, t) => sum + t.count, 0);
    log('checking every asset in RT (by serial, history of its applied-marker and statuses)');
    const checked = await verify(server, db, assetIds, signer.stationId);
    log(`baseline: ${events} plain PUTs against the same server`);
    const plain = await baseline(server, checked.rtIds, events);
    const byRequest = Object.fromEntries([...timings.entries()].sort().map(([key, t]) => [key, { count: t.count, meanMs: Math.round((t.totalMs / t.count) * 10) / 10 }]));
    const connector = { ...figure(events, drainMs, requests), byRequest, verified: checked.ok };
    const all = cpus();
    const result: SyncRt5Result = {
      devices,
      eventsPerDevice: DOCK_DAY.length,
      connector,
      baseline: plain,
      ratio: Math.round((connector.eventsPerSecond / plain.eventsPerSecond) * 100) / 100,
      rt: { version: await rtVersion(server), server: 'rt-server (Starlet, 2 workers), SQLite, on 127.0.0.1' },
      machine: { cpu: all[0]?.model.trim() ?? 'unknown CPU', cores: all.length, node: process.version, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) },
    };
    const file = options.resultFile === undefined ? SYNC_RT5_RESULT_FILE : options.resultFile;
    if (file !== null) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    }
    return result;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
    await server.dispose();
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const fromEnv = process.env['BENCH_RT5_EVENTS'];
  const result = await runSyncRt5({ ...(fromEnv === undefined ? {} : { events: Number(fromEnv) }), log: (line) => console.log(line) });
  const line = (f: Rt5DrainFigure) => `${f.events} events in ${f.seconds} s: ${f.eventsPerSecond} events/s, ${f.requests} requests (${f.requestsPerEvent} per event)`;
  console.log(`worker + RT driver: ${line(result.connector)}, ${result.connector.verified ? 'each applied once, in order' : 'NOT VERIFIED'}`);
  for (const [key, t] of Object.entries(result.connector.byRequest)) console.log(`  ${key.padEnd(30)} ${String(t.count).padStart(6)} calls, ${t.meanMs} ms mean`);
  console.log(`plain PUT per event: ${line(result.baseline)}`);
  console.log(`ratio: ${result.ratio} (RT ${result.rt.version}, ${result.rt.server})`);
  console.log(`machine: ${result.machine.cpu}, ${result.machine.cores} cores, Node ${result.machine.node}, load ${result.machine.loadAverage.join(' / ')}`);
  if (!result.connector.verified) process.exitCode = 1;
}
