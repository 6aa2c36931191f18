import { readFileSync, rmSync, statSync } from 'node:fs';
import { openDatabase, type Db } from '../../../db/connection';
import { hashPin } from '../../../electron/services/auth/pin';
import { writeSettings } from '../../../electron/services/settings/settings-store';
import { loadOrCreateSigner } from '../../../electron/services/station/signer';
import { insertTechnician } from '../../../electron/services/users/user-store';
import { GENESIS_HASH } from '../../../shared/domain/events';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { chunkWriter, relaxForBulkLoad, writeAssets } from './bulk-writer';
import { BENCH_SUPERVISOR, BENCH_TECHNICIANS } from './catalogue';
import { createLogBuilder, type BuiltChunk } from './log-builder';
import { createPrng } from '../../support/prng';
import { startSignWorker } from './sign-pool';
import { buildTimeline } from './timeline';

export interface GenerateOptions {
  /** The database file to (re)create. */
  readonly file: string;
  /** The station key file the history is signed with (created if absent). */
  readonly keyFile: string;
  readonly assets: number;
  readonly events: number;
  /** Device time of the newest generated event is an hour before this. */
  readonly now?: Date;
  readonly log?: (line: string) => void;
}

export interface GenerationReport {
  readonly assets: number;
  readonly events: number;
  readonly receivingBatches: number;
  readonly outboxRows: number;
  /** Every generated event carries a real hash chain (log and per-asset links) and a real Ed25519 station signature. */
  readonly hashChained: true;
  readonly signed: true;
  readonly seconds: number;
  readonly fileBytes: number;
}

/** Events hashed, signed and written per transaction. */
const CHUNK = 20_000;
/** The newest events are still waiting for the sync worker; older ones were acknowledged and left the outbox. */
const OUTBOX_TAIL = 200;

async function seedStation(db: Db, stationId: string, publicKey: string, created: Date): Promise<void> {
  db.prepare('INSERT INTO stations (station_id, public_key, created_at) VALUES (?, ?, ?)').run(stationId, publicKey, created.toISOString());
  writeSettings(db, DEFAULT_SETTINGS);
  const pins = BENCH_TECHNICIANS.map((t) => (t.technicianId === BENCH_SUPERVISOR.technicianId ? BENCH_SUPERVISOR.pin : '9876'));
  const hashes = await Promise.all(pins.map(hashPin));
  BENCH_TECHNICIANS.forEach((t, i) => insertTechnician(db, { ...t, pinHash: hashes[i] ?? '' }, created));
}

/**
 * Builds a Dockside database at scale in the real schema (openDatabase runs the migrations): stations,
 * settings, technicians, assets, a hash-chained and station-signed custody log in time order, receiving
 * batches, projections folded from the events, and a small outbox. The main thread hashes and writes while a
 * worker thread signs. Bulk-load pragmas apply only while generating; the file is left in WAL mode.
 */
export async function generateBenchDatabase(options: GenerateOptions): Promise<GenerationReport> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const elapsed = (): number => (performance.now() - started) / 1000;
  const now = options.now ?? new Date();
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${options.file}${suffix}`, { force: true });
  const signer = loadOrCreateSigner(options.keyFile);
  const timeline = buildTimeline(options.assets, options.events, now);
  log(`  timeline of ${options.events.toLocaleString('en')} events laid out in ${elapsed().toFixed(1)} s`);
  const builder = createLogBuilder(timeline, signer.stationId, createPrng(7));
  const db = openDatabase(options.file);
  const worker = startSignWorker(readFileSync(options.keyFile, 'utf8'));
  try {
    const [probe] = await worker.sign([GENESIS_HASH]);
    if (probe !== signer.sign(GENESIS_HASH)) throw new Error('the signing worker does not sign as the station signer does');
    const restoreDurability = relaxForBulkLoad(db);
    await seedStation(db, signer.stationId, signer.publicKey, new Date((timeline.timeOfSeq[0] ?? now.getTime()) - 86_400_000));
    const writeChunk = chunkWriter(db, options.events, OUTBOX_TAIL);
    let previous: { chunk: BuiltChunk; signatures: Promise<string[]> } | null = null;
    let reported = 0;
    for (let from = 0; from < options.events; from += CHUNK) {
      const chunk = builder.chunk(from, Math.min(options.events, from + CHUNK));
      const signatures = worker.sign(chunk.events.map((e) => e.hash));
      if (previous !== null) writeChunk(previous.chunk, await previous.signatures);
      previous = { chunk, signatures };
      if (from - reported >= options.events / 10) {
        reported = from;
        log(`  ${from.toLocaleString('en')} events written (${elapsed().toFixed(0)} s, ${Math.round(from / elapsed()).toLocaleString('en')} events/s)`);
      }
    }
    if (previous !== null) writeChunk(previous.chunk, await previous.signatures);
    writeAssets(db, options.assets, builder.asset);
    restoreDurability();
  } finally {
    await worker.close();
    db.close();
  }
  return {
    assets: options.assets,
    events: options.events,
    receivingBatches: builder.batches(),
    outboxRows: Math.min(OUTBOX_TAIL, options.events),
    hashChained: true,
    signed: true,
    seconds: Math.round(elapsed() * 10) / 10,
    fileBytes: statSync(options.file).size,
  };
}
