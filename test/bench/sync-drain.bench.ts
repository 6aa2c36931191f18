/**
 * Drain of a 10,000-event backlog to the signed-webhook receiver (real HTTP on 127.0.0.1, every signature
 * checked, every event deduplicated and acknowledged by id). Prints events/s and writes
 * test/bench/results/sync-drain.json. Run: npm exec -- tsx test/bench/sync-drain.bench.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../db/connection';
import { loadOrCreateSigner } from '../../electron/services/station/signer';
import { systemClock, uuidIds } from '../../electron/services/system';
import { systemTimers } from '../../electron/sync/runtime/timers';
import { envSecretStore } from '../../electron/sync/secrets/env-secret-store';
import { saveConnector } from '../../electron/sync/store/connector-store';
import { createSyncWorker } from '../../electron/sync/worker';
import { connectorSettingsSchema } from '../../shared/domain/sync-config';
import { startWebhookReceiver } from '../support/webhook-receiver';
import { recordBacklog } from '../sync/support/bulk-events';
import { realDrivers } from '../sync/support/real-drivers';

export const SYNC_DRAIN_RESULT_FILE = fileURLToPath(new URL('./results/sync-drain.json', import.meta.url));
export const SYNC_DRAIN_TARGET_EVENTS_PER_SECOND = 2_000;

export interface DrainFigure {
  readonly batchSize: number;
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly requests: number;
  /** Every event applied exactly once, in order per asset, and nothing left queued. */
  readonly verified: boolean;
}

export interface SyncDrainResult {
  readonly batched: DrainFigure;
  /** The same backlog sent one event per POST, for comparison. */
  readonly unbatched: DrainFigure;
  readonly targetEventsPerSecond: number;
  readonly targetMet: boolean;
  /** loadAverage: the 1/5/15-minute load when the run ended (other work on the machine skews the figures). */
  readonly machine: { readonly cpu: string; readonly cores: number; readonly node: string; readonly loadAverage: readonly number[] };
}

export interface SyncDrainOptions {
  readonly assets?: number;
  readonly eventsPerAsset?: number;
  readonly batchSize?: number;
  /** Where to write the result; null writes nothing. */
  readonly resultFile?: string | null;
  readonly log?: (line: string) => void;
}

async function drain(assets: number, perAsset: number, batchSize: number): Promise<DrainFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'dockside-drain-'));
  const receiver = await startWebhookReceiver({ secret: 'bench-secret' });
  const db = openDatabase(join(dir, 'dockside.sqlite'));
  try {
    const signer = loadOrCreateSigner(join(dir, 'station-key.pem'));
    db.prepare('INSERT OR IGNORE INTO stations (station_id, public_key, created_at) VALUES (?, ?, ?)').run(signer.stationId, signer.publicKey, systemClock.now().toISOString());
    recordBacklog({ db, clock: systemClock, ids: uuidIds, signer }, 'BN', assets, perAsset);
    const settings = connectorSettingsSchema.parse({ url: receiver.url, maxBatch: batchSize });
    saveConnector(db, { id: 'hook', kind: 'webhook', name: 'Bench receiver', enabled: true, settings, backfill: true }, systemClock.now());
    const worker = createSyncWorker({
      db,
      clock: systemClock,
      timers: systemTimers,
      random: Math.random,
      secrets: envSecretStore({ DOCKSIDE_TOKEN_HOOK: 'bench-secret' }),
      connectors: realDrivers(signer.stationId),
      newId: () => uuidIds.next(),
    });
    const events = assets * perAsset;
    const left = () => (db.prepare('SELECT (SELECT count(*) FROM sync_deliveries) + (SELECT count(*) FROM outbox) AS n').get() as { n: number }).n;
    const started = performance.now();
    while (left() > 0) await worker.runOnce();
    const seconds = (performance.now() - started) / 1000;
    const verified = receiver.applied.length === events && new Set(receiver.applied.map((e) => e.eventId)).size === events && receiver.orderViolations.length === 0;
    return { batchSize, events, seconds: Math.round(seconds * 1000) / 1000, eventsPerSecond: Math.round(events / seconds), requests: receiver.stats.requests, verified };
  } finally {
    db.close();
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runSyncDrain(options: SyncDrainOptions = {}): Promise<SyncDrainResult> {
  const assets = options.assets ?? 2_000;
  const perAsset = options.eventsPerAsset ?? 5;
  options.log?.(`draining ${assets * perAsset} events (${assets} assets) to the webhook receiver in batches of ${options.batchSize ?? 100}`);
  const batched = await drain(assets, perAsset, options.batchSize ?? 100);
  options.log?.('draining the same backlog one event per POST');
  const unbatched = await drain(assets, perAsset, 1);
  const all = cpus();
  const result: SyncDrainResult = {
    batched,
    unbatched,
    targetEventsPerSecond: SYNC_DRAIN_TARGET_EVENTS_PER_SECOND,
    targetMet: batched.verified && batched.eventsPerSecond >= SYNC_DRAIN_TARGET_EVENTS_PER_SECOND,
    machine: { cpu: all[0]?.model.trim() ?? 'unknown CPU', cores: all.length, node: process.version, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) },
  };
  const file = options.resultFile === undefined ? SYNC_DRAIN_RESULT_FILE : options.resultFile;
  if (file !== null) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  }
  return result;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runSyncDrain({ log: (line) => console.log(line) });
  const line = (f: DrainFigure) =>
    `${f.events} events, batch ${f.batchSize}: ${f.seconds} s, ${f.eventsPerSecond} events/s, ${f.requests} requests, ${f.verified ? 'each applied once, in order' : 'NOT VERIFIED'}`;
  console.log(`webhook drain: ${line(result.batched)} (target >= ${result.targetEventsPerSecond}/s: ${result.targetMet ? 'met' : 'NOT met'})`);
  console.log(`one per POST:  ${line(result.unbatched)}`);
  console.log(`machine: ${result.machine.cpu}, ${result.machine.cores} cores, Node ${result.machine.node}, load ${result.machine.loadAverage.join(' / ')}`);
  if (!result.batched.verified || !result.unbatched.verified) process.exitCode = 1;
}
