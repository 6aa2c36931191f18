import { hashEvent, type EventBody } from '../../../electron/services/custody/canonical';
import type { AssetState } from '../../../shared/domain/asset';
import { GENESIS_HASH } from '../../../shared/domain/events';
import { applyEvent, EMPTY_STATE } from '../../../shared/domain/projection';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { BENCH_TECHNICIANS, catalogueAsset, type CatalogueAsset } from './catalogue';
import { payloadFor } from './event-payloads';
import { eventTypeAt } from './lifecycle';
import type { Prng } from '../../support/prng';
import { timeOrderedIds } from './time-ordered-ids';
import type { Timeline } from './timeline';

/** Received events are grouped into receiving batches of this many. */
const BATCH_SIZE = 40;

export interface BuiltEvent {
  readonly body: EventBody;
  readonly payloadJson: string;
  readonly hash: string;
}

export interface BuiltChunk {
  readonly events: BuiltEvent[];
  /** [batch_id, technician_id, started_at] */
  readonly batches: Array<readonly [string, string, string]>;
  /** [batch_id, asset_id, event_id, received_at] */
  readonly batchItems: Array<readonly [string, string, string, string]>;
}

/** One asset as it stands after the whole log: identity, id, projected state and registration time. */
export interface BuiltAsset {
  readonly id: string;
  readonly identity: CatalogueAsset;
  readonly state: AssetState;
  readonly registeredAt: number;
}

export interface LogBuilder {
  /** Builds the events with seq from + 1 to `to`, hashed and chained, in order. Chunks must be asked for in order. */
  chunk(from: number, to: number): BuiltChunk;
  /** The n-th asset, once all its events are built. */
  asset(n: number): BuiltAsset;
  batches(): number;
}

/**
 * Writes the custody log in time order: assigns ids, builds each event's payload from the asset's state,
 * links it to the log's and the asset's previous hash exactly as appendEvent does (canonical.ts), and folds
 * it into the asset's projected state with the app's own applyEvent.
 */
export function createLogBuilder(timeline: Timeline, stationId: string, prng: Prng): LogBuilder {
  const newId = timeOrderedIds();
  const ids: string[] = [];
  const identities: CatalogueAsset[] = [];
  const states: AssetState[] = [];
  const lastHash: string[] = [];
  const nextStep = new Uint16Array(timeline.assets);
  const registeredAt = new Float64Array(timeline.assets);
  let prevHash = GENESIS_HASH;
  let received = 0;
  let batchCount = 0;
  let batch: readonly [batchId: string, technicianId: string] = ['', ''];

  function chunk(from: number, to: number): BuiltChunk {
    const built: BuiltChunk = { events: [], batches: [], batchItems: [] };
    for (let k = from; k < to; k += 1) {
      const a = timeline.assetOfSeq[k] ?? 0;
      const t = timeline.timeOfSeq[k] ?? 0;
      const step = nextStep[a] ?? 0;
      nextStep[a] = step + 1;
      const type = eventTypeAt(step, timeline.lengths[a] ?? 1);
      const deviceTime = new Date(t).toISOString();
      if (step === 0) {
        ids[a] = newId(t);
        identities[a] = catalogueAsset(a, prng);
        registeredAt[a] = t;
      }
      const identity = identities[a];
      const assetId = ids[a];
      const state = states[a] ?? EMPTY_STATE;
      if (identity === undefined || assetId === undefined) throw new Error(`asset ${a} has an event before its registration`);
      let technicianId = prng.pick(BENCH_TECHNICIANS).technicianId;
      if (type === 'received') {
        if (received % BATCH_SIZE === 0) {
          batch = [newId(t), technicianId];
          batchCount += 1;
          built.batches.push([batch[0], technicianId, deviceTime]);
        }
        received += 1;
        technicianId = batch[1];
      }
      const payload = payloadFor(type, { asset: identity, state, batchId: batch[0], dockLocation: DEFAULT_SETTINGS.dockLocation, prng });
      const body: EventBody = {
        id: newId(t),
        seq: k + 1,
        stationId,
        assetId,
        type,
        payload,
        technicianId,
        site: DEFAULT_SETTINGS.site,
        deviceTime,
        prevHash,
        assetPrevHash: lastHash[a] ?? null,
      };
      const hash = hashEvent(body);
      prevHash = hash;
      lastHash[a] = hash;
      states[a] = applyEvent(state, body);
      if (type === 'received') built.batchItems.push([batch[0], assetId, body.id, deviceTime]);
      built.events.push({ body, payloadJson: JSON.stringify(payload), hash });
    }
    return built;
  }

  function asset(n: number): BuiltAsset {
    const id = ids[n];
    const identity = identities[n];
    const state = states[n];
    if (id === undefined || identity === undefined || state === undefined) throw new Error(`asset ${n} was never registered`);
    return { id, identity, state, registeredAt: registeredAt[n] ?? 0 };
  }

  return { chunk, asset, batches: () => batchCount };
}
