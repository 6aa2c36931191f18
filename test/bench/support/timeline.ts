import { eventTypeAt, GAP_BEFORE } from './lifecycle';
import { createPrng, type Prng } from '../../support/prng';

/** Which asset each custody event (in seq order) belongs to, and when it happened. */
export interface Timeline {
  readonly assets: number;
  readonly events: number;
  /** Events per asset. */
  readonly lengths: Uint16Array;
  /** assetOfSeq[k] = the asset of the event with seq k + 1. */
  readonly assetOfSeq: Uint32Array;
  /** Device time (ms since epoch) of the event with seq k + 1; strictly increasing. */
  readonly timeOfSeq: Float64Array;
}

const YEAR = 365 * 24 * 3_600_000;
const MAX_LENGTH = 65_535;

/** History lengths averaging events/assets, at least 1 (the registration) each, summing exactly to events. */
function historyLengths(assets: number, events: number, prng: Prng): Uint16Array {
  const mean = events / assets;
  if (mean > MAX_LENGTH) throw new Error(`${events} events over ${assets} assets is more than ${MAX_LENGTH} per asset`);
  const spread = Math.min(mean - 1, 3);
  const lengths = new Uint16Array(assets);
  let total = 0;
  for (let a = 0; a < assets; a += 1) {
    const length = Math.min(MAX_LENGTH, Math.max(1, Math.round(mean + prng.between(-spread, spread))));
    lengths[a] = length;
    total += length;
  }
  while (total !== events) {
    const a = prng.int(assets);
    const length = lengths[a] ?? 1;
    if (total < events && length < MAX_LENGTH) {
      lengths[a] = length + 1;
      total += 1;
    } else if (total > events && length > 1) {
      lengths[a] = length - 1;
      total -= 1;
    }
  }
  return lengths;
}

/**
 * Spreads the assets' registrations over three years ending an hour before `end`, lays each asset's
 * events after its registration with realistic gaps, and orders every event by time: the global log.
 */
export function buildTimeline(assets: number, events: number, end: Date, seed = 2): Timeline {
  if (assets < 1 || events < assets) throw new Error(`need at least one asset and one event per asset (asked ${assets} assets, ${events} events)`);
  const prng = createPrng(seed);
  const lengths = historyLengths(assets, events, prng);
  const last = end.getTime() - 3_600_000;
  const first = last - 3 * YEAR;
  const assetOf = new Uint32Array(events);
  const time = new Float64Array(events);
  let k = 0;
  for (let a = 0; a < assets; a += 1) {
    const length = lengths[a] ?? 1;
    const start = first + ((a + prng.next()) / assets) * 0.9 * (last - first);
    let t = start;
    for (let step = 0; step < length; step += 1) {
      const [lo, hi] = GAP_BEFORE[eventTypeAt(step, length)];
      t += prng.between(lo, hi);
      assetOf[k + step] = a;
      time[k + step] = t;
    }
    const squeeze = t > last ? (last - start) / (t - start) : 1;
    for (let step = 0; step < length; step += 1) time[k + step] = Math.floor(start + ((time[k + step] ?? start) - start) * squeeze);
    k += length;
  }
  const order = new Uint32Array(events);
  for (let i = 0; i < events; i += 1) order[i] = i;
  order.sort((x, y) => (time[x] ?? 0) - (time[y] ?? 0) || x - y);
  const assetOfSeq = new Uint32Array(events);
  const timeOfSeq = new Float64Array(events);
  let previous = -Infinity;
  for (let s = 0; s < events; s += 1) {
    const i = order[s] ?? 0;
    const t = Math.max(time[i] ?? 0, previous + 1);
    assetOfSeq[s] = assetOf[i] ?? 0;
    timeOfSeq[s] = t;
    previous = t;
  }
  return { assets, events, lengths, assetOfSeq, timeOfSeq };
}
