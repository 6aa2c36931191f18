import type { AssetState } from '../../../shared/domain/asset';
import { GENESIS_HASH, type CustodyEvent, type EventType } from '../../../shared/domain/events';
import { applyEvent } from '../../../shared/domain/projection';
import type { CoreDeps } from '../deps';
import { hashEvent, type EventBody } from './canonical';
import { readState, writeState } from './projection-store';

export interface NewEvent {
  readonly assetId: string;
  readonly type: EventType;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly technicianId: string;
  readonly site: string;
}

/**
 * Appends one signed, hash-chained event, enqueues it for the central systems and folds it into
 * the asset's projected state. Must run inside the caller's transaction: all of it commits or none.
 */
export function appendEvent(deps: CoreDeps, input: NewEvent): { event: CustodyEvent; state: AssetState } {
  const { db, clock, ids, signer } = deps;
  if (!db.inTransaction) throw new Error('appendEvent must run inside a transaction');
  const last = db.prepare('SELECT seq, hash FROM custody_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const assetLast = db.prepare('SELECT hash FROM custody_events WHERE asset_id = ? ORDER BY seq DESC LIMIT 1').get(input.assetId) as
    | { hash: string }
    | undefined;
  const body: EventBody = {
    id: ids.next(),
    seq: (last?.seq ?? 0) + 1,
    stationId: signer.stationId,
    assetId: input.assetId,
    type: input.type,
    payload: input.payload,
    technicianId: input.technicianId,
    site: input.site,
    deviceTime: clock.now().toISOString(),
    prevHash: last?.hash ?? GENESIS_HASH,
    assetPrevHash: assetLast?.hash ?? null,
  };
  const hash = hashEvent(body);
  const event: CustodyEvent = { ...body, hash, signature: signer.sign(hash) };
  db.prepare(
    `INSERT INTO custody_events (seq, id, station_id, asset_id, type, payload, technician_id, site, device_time, prev_hash, asset_prev_hash, hash, signature)
     VALUES (@seq, @id, @stationId, @assetId, @type, @payload, @technicianId, @site, @deviceTime, @prevHash, @assetPrevHash, @hash, @signature)`,
  ).run({ ...event, payload: JSON.stringify(event.payload) });
  db.prepare('INSERT INTO outbox (event_id, seq, asset_id, enqueued_at) VALUES (?, ?, ?, ?)').run(event.id, event.seq, event.assetId, event.deviceTime);
  const state = applyEvent(readState(db, input.assetId), event);
  writeState(db, input.assetId, state);
  return { event, state };
}
