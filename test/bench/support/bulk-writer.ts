import type { Db } from '../../../db/connection';
import type { BuiltAsset, BuiltChunk } from './log-builder';

const BULK_LOAD_PRAGMAS = ['synchronous', 'foreign_keys', 'locking_mode', 'cache_size', 'temp_store'] as const;

/**
 * Switches a connection to bulk-load settings (journal in memory, no fsync, no foreign-key checks, a 2 GB
 * cache) and returns how to put it back: WAL and the connection's own settings, as openDatabase left them.
 */
export function relaxForBulkLoad(db: Db): () => void {
  const saved = BULK_LOAD_PRAGMAS.map((name) => [name, db.pragma(name, { simple: true })] as const);
  db.pragma('journal_mode = DELETE');
  const mode = db.pragma('journal_mode = MEMORY', { simple: true });
  if (mode !== 'memory') throw new Error(`could not keep the journal in memory for the bulk load (${String(mode)})`);
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('cache_size = -2000000');
  db.pragma('temp_store = MEMORY');
  return () => {
    const restored = db.pragma('journal_mode = WAL', { simple: true });
    if (restored !== 'wal') throw new Error(`could not restore WAL (${String(restored)})`);
    for (const [name, value] of saved) db.pragma(`${name} = ${String(value)}`);
  };
}

/** Writes one built chunk, with its signatures, in one transaction; the newest `outboxTail` events also get outbox rows. */
export function chunkWriter(db: Db, totalEvents: number, outboxTail: number): (chunk: BuiltChunk, signatures: readonly string[]) => void {
  const insertEvent = db.prepare(
    `INSERT INTO custody_events (seq, id, station_id, asset_id, type, payload, technician_id, site, device_time, prev_hash, asset_prev_hash, hash, signature)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOutbox = db.prepare('INSERT INTO outbox (event_id, seq, asset_id, enqueued_at) VALUES (?, ?, ?, ?)');
  const insertBatch = db.prepare('INSERT INTO receiving_batches (batch_id, technician_id, started_at) VALUES (?, ?, ?)');
  const insertItem = db.prepare('INSERT INTO receiving_batch_items (batch_id, asset_id, event_id, received_at) VALUES (?, ?, ?, ?)');
  return db.transaction((chunk: BuiltChunk, signatures: readonly string[]) => {
    chunk.events.forEach(({ body, payloadJson, hash }, i) => {
      const signature = signatures[i];
      if (signature === undefined) throw new Error(`no signature for event ${body.seq}`);
      insertEvent.run(body.seq, body.id, body.stationId, body.assetId, body.type, payloadJson, body.technicianId, body.site, body.deviceTime, body.prevHash, body.assetPrevHash, hash, signature);
      if (body.seq > totalEvents - outboxTail) insertOutbox.run(body.id, body.seq, body.assetId, body.deviceTime);
    });
    for (const batch of chunk.batches) insertBatch.run(...batch);
    for (const item of chunk.batchItems) insertItem.run(...item);
  });
}

/** Writes every asset row with its projected state (status, condition, location, holder, counts), in registration order. */
export function writeAssets(db: Db, count: number, assetAt: (n: number) => BuiltAsset): void {
  const insert = db.prepare(
    `INSERT INTO assets (id, asset_tag, serial, make, model, asset_class, sensitivity, custodian, central_id, status, condition, location, holder, last_event_at, event_count, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const write = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n += 1) {
      const { id, identity: who, state, registeredAt } = assetAt(n);
      insert.run(id, who.assetTag, who.serial, who.make, who.model, who.assetClass, who.sensitivity, who.custodian, `CI${String(n + 1).padStart(8, '0')}`,
        state.status, state.condition, state.location, state.custodian, state.lastEventAt, state.eventCount, new Date(registeredAt).toISOString());
    }
  });
  for (let from = 0; from < count; from += 50_000) write(from, Math.min(count, from + 50_000));
}
