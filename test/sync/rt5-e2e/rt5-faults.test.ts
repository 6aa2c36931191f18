import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncItem } from '../../../electron/sync/connector';
import { RT5_DEFAULTS } from '../../../shared/domain/sync-config';
import { FAULTS, startFaultProxy, type Fault, type FaultProxy } from '../../support/fault-proxy';
import { startFaultProxy as startScriptedProxy } from '../../support/rt5/fault-proxy';
import { rtDesk } from '../../support/rt5/rt-desk';
import { noAbort, rt5Driver } from '../../support/rt5/rt5-connector-fixture';
import { useRt5Server } from '../../support/rt5/use-rt5-server';
import { createPrng } from '../../support/prng';
import { count } from '../support/sync-fixture';
import { waitUntil } from '../support/wait-until';
import { LIFECYCLE, recordLifecycleBacklog } from './support/lifecycle-backlog';
import { effectsInRt, expectedEffects, fieldIdsOf, localEvents, type ExpectedEffects, type RtEffects } from './support/rt-effects';
import { rt5Station, saveRt5, type Rt5Station } from './support/rt5-station';

/** DOCKSIDE_RT_FAULT_EVENTS: how many events to push through the faults (RT applies about 6 a second through them here). */
const EVENTS = Number(process.env['DOCKSIDE_RT_FAULT_EVENTS'] ?? 350);
const DEVICES = Math.max(1, Math.ceil(EVENTS / LIFECYCLE.length));
const TOTAL = DEVICES * LIFECYCLE.length;

/**
 * About one request in six meets a fault. Slow answers and 429s each hold the whole connector for a second,
 * so they are rarer; each fault meets one of the first 70 requests whatever the count. The schedule is seeded,
 * the same on every run.
 */
function faultSchedule(seed: number): (n: number) => Fault {
  const random = createPrng(seed).next;
  const early = FAULTS.filter((fault) => fault !== 'pass');
  const weights: readonly [Fault, number][] = [
    ['drop', 0.035],
    ['reset-after', 0.045],
    ['error-500', 0.035],
    ['throttle-429', 0.006],
    ['slow', 0.006],
    ['duplicate', 0.045],
  ];
  return (n) => {
    const forced = n % 10 === 5 ? early[(n - 5) / 10] : undefined;
    if (forced !== undefined) return forced;
    let draw = random();
    for (const [fault, weight] of weights) {
      draw -= weight;
      if (draw < 0) return fault;
    }
    return 'pass';
  };
}

describe('delivery to the real Request Tracker 5 through a faulty network', () => {
  const rt = useRt5Server();
  let station: Rt5Station;
  beforeEach(async () => {
    station = await rt5Station({ worker: { pollMs: 200 } });
  });
  afterEach(async () => {
    await station.worker.stop();
    station.close();
  });

  describe(`${TOTAL} events through the fault proxy`, () => {
    let proxy: FaultProxy;
    beforeEach(async () => {
      proxy = await startFaultProxy({ target: `http://127.0.0.1:${rt().port}`, choose: faultSchedule(20261121), slowMs: 1_400, retryAfterSeconds: 1 });
    });
    afterEach(() => proxy.close());

    it(
      `applies each of ${TOTAL} custody events (${DEVICES} laptops, whole lifecycle) exactly once, in order per asset, through dropped connections, resets after RT applied the request, 500s, 429s with Retry-After, slow answers past the timeout and duplicated answers`,
      { timeout: 120_000 + TOTAL * 800 },
      async () => {
        const { f } = station;
        const assetIds = recordLifecycleBacklog(station.deps, 'FLT', DEVICES);
        await saveRt5(f, 'rt', { url: `${proxy.url}/REST/2.0`, timeoutMs: 1_000 });
        await f.call('sync.setToken', { connectorId: 'rt', token: rt().rootToken });

        const started = Date.now();
        station.worker.start();
        const settled = () => station.pending() === 0 && count(f.db, 'SELECT count(*) AS n FROM outbox') === 0;
        const stuck = () => JSON.stringify(f.db.prepare("SELECT state, last_error FROM sync_deliveries WHERE state != 'pending' OR attempts > 0 LIMIT 5").all());
        await waitUntil(settled, 60_000 + TOTAL * 700, () => `${station.pending()} pending, proxy ${JSON.stringify(proxy.counts)}, e.g. ${stuck()}`);
        await station.worker.stop();
        const seconds = (Date.now() - started) / 1000;
        console.log(`RT fault run: ${TOTAL} events in ${seconds.toFixed(1)} s (${(TOTAL / seconds).toFixed(1)} events/s); requests by fault ${JSON.stringify(proxy.counts)}`);

        for (const fault of FAULTS) expect(proxy.counts[fault], fault).toBeGreaterThan(0);
        // Every fault here is transient: nothing may end as a dead letter or a conflict.
        expect((await f.call('sync.problems', { connectorId: null })).map((p) => `${p.kind}: ${p.serverReason}`)).toEqual([]);
        expect(count(f.db, 'SELECT count(*) AS n FROM sync_deliveries')).toBe(0);
        expect(count(f.db, "SELECT count(*) AS n FROM sync_delivered WHERE connector_id = 'rt'")).toBe(TOTAL);

        const desk = rtDesk(rt().restUrl, rt().rootToken);
        const fields = await fieldIdsOf(desk, [RT5_DEFAULTS.fields.marker, RT5_DEFAULTS.fields.lastWipe, RT5_DEFAULTS.fields.condition]);
        const wrong: { serial: string; seen: RtEffects; expected: ExpectedEffects }[] = [];
        for (const assetId of assetIds) {
          const serial = (f.db.prepare('SELECT serial FROM assets WHERE id = ?').get(assetId) as { serial: string }).serial;
          const seen = await effectsInRt(desk, fields, serial, f.signer.stationId);
          const expected = expectedEffects(localEvents(f.db, assetId));
          const fieldsOnce = seen.fieldChanges[RT5_DEFAULTS.fields.lastWipe] === 2 && seen.fieldChanges[RT5_DEFAULTS.fields.condition] === 1;
          const same = JSON.stringify([seen.applied, seen.statusMoves]) === JSON.stringify([expected.applied, expected.statusMoves]);
          if (seen.rtIds.length !== 1 || !fieldsOnce || !same) wrong.push({ serial, seen, expected });
        }
        expect(wrong.slice(0, 3)).toEqual([]);

        // The pickup session's ticket: one ticket, and a comment for every picked_up event of this station. RT has no
        // idempotency key for comments: the only second comment is one whose POST the network itself delivered twice.
        const tickets = (await desk.get(`tickets?query=${encodeURIComponent("'CF.{Dockside Key}' = 'pickup:PS-0042'")}`)) as { items: { id: string }[] };
        expect(tickets.items).toHaveLength(1);
        const ticketId = Number(tickets.items[0]?.id);
        const ours = `[Dockside ${f.signer.stationId}:`;
        const subjects = (await desk.comments(ticketId)).map((c) => c.subject).filter((subject) => subject.startsWith(ours));
        const pickups = f.db.prepare("SELECT seq FROM custody_events WHERE type = 'picked_up' ORDER BY seq").all() as { seq: number }[];
        expect(new Set(subjects)).toEqual(new Set(pickups.map((p) => `${ours}${p.seq}] Picked up`)));
        const replayedComments = proxy.duplicated.filter((r) => r === `POST /REST/2.0/ticket/${ticketId}/comment`).length;
        expect(subjects.length).toBe(pickups.length + replayedComments);
      },
    );
  });

  describe('an answer meant for another request (a duplicated response on a kept-alive connection)', () => {
    async function itemsOf(assetId: string): Promise<SyncItem[]> {
      const detail = await station.f.call('assets.detail', { assetId });
      const { state: _state, ...asset } = detail.asset;
      return detail.events.map((event) => ({ event, asset }));
    }

    it('is never taken as done: the write is tried again and applied once', async () => {
      const { f } = station;
      const [assetId] = recordLifecycleBacklog(station.deps, 'STALE', 1, ['asset_registered', 'received']);
      if (assetId === undefined) throw new Error('no asset');
      await f.call('assets.note', { assetId, text: 'Hinge cracked' });
      await f.call('assets.note', { assetId, text: 'Lid scratched' });
      const items = await itemsOf(assetId);
      const [first, second, third, fourth] = items;
      if (first === undefined || second === undefined || third === undefined || fourth === undefined) throw new Error('missing events');
      const proxy = await startScriptedProxy(`http://127.0.0.1:${rt().port}`);
      try {
        const driver = rt5Driver(`${proxy.origin}/REST/2.0`, rt().rootToken);
        for (const item of [first, second, third]) expect((await driver.connector.deliver([item], noAbort()))[0]?.kind).toBe('delivered');
        const desk = rtDesk(rt().restUrl, rt().rootToken);
        const [id] = await desk.assetIdsBySerial('SNSTALE1');
        const before = await desk.history('asset', id ?? 0);
        // RT's own answer to the first note's write, served again in place of the answer to the second note's.
        const marker = (item: SyncItem) => `${item.event.stationId}:${item.event.seq}`;
        const stale = JSON.stringify([`${RT5_DEFAULTS.fields.lastNote} Hinge cracked added`, `${RT5_DEFAULTS.fields.marker} ${marker(second)} changed to ${marker(third)}`]);
        proxy.setRule((r) => (r.method === 'PUT' ? { status: 200, body: stale } : 'forward'));

        const [answered] = await driver.connector.deliver([fourth], noAbort());

        expect(answered).toMatchObject({ kind: 'retry', reason: expect.stringContaining('an answer meant for another request?') });
        expect(await desk.history('asset', id ?? 0)).toEqual(before);
        proxy.setRule(() => 'forward');
        expect((await driver.connector.deliver([fourth], noAbort()))[0]?.kind).toBe('delivered');
        const fields = await fieldIdsOf(desk, [RT5_DEFAULTS.fields.marker, RT5_DEFAULTS.fields.lastNote]);
        const seen = await effectsInRt(desk, fields, 'SNSTALE1', first.event.stationId);
        expect(seen.applied).toEqual(items.map(marker));
        expect(seen.fieldChanges[RT5_DEFAULTS.fields.lastNote]).toBe(2);
        expect((await desk.asset(id ?? 0)).fields[RT5_DEFAULTS.fields.lastNote]).toBe('Lid scratched');
      } finally {
        await proxy.close();
      }
    });

    it("a create answered with another asset's id writes nothing to that asset", async () => {
      const [otherId, ownId] = recordLifecycleBacklog(station.deps, 'TWIN', 2, ['asset_registered']);
      if (otherId === undefined || ownId === undefined) throw new Error('no assets');
      const [other] = await itemsOf(otherId);
      const [own] = await itemsOf(ownId);
      if (other === undefined || own === undefined) throw new Error('no events');
      const proxy = await startScriptedProxy(`http://127.0.0.1:${rt().port}`);
      try {
        const driver = rt5Driver(`${proxy.origin}/REST/2.0`, rt().rootToken);
        const [first] = await driver.connector.deliver([other], noAbort());
        const otherRef = first?.kind === 'delivered' ? first.remoteRef : null;
        const desk = rtDesk(rt().restUrl, rt().rootToken);
        const [otherRtId] = await desk.assetIdsBySerial('SNTWIN1');
        const before = await desk.history('asset', otherRtId ?? 0);
        let served = false;
        proxy.setRule((r) => {
          if (r.method !== 'POST' || !r.path.endsWith('/asset') || served) return 'forward';
          served = true;
          return { status: 201, body: JSON.stringify({ _url: `${rt().restUrl}/${otherRef ?? ''}`, type: 'asset', id: String(otherRtId) }) };
        });

        const [answered] = await driver.connector.deliver([own], noAbort());

        expect(answered).toMatchObject({ kind: 'retry', reason: expect.stringContaining(`RT said it created asset ${otherRtId} for TWIN-000002`) });
        expect(await desk.history('asset', otherRtId ?? 0)).toEqual(before);
        expect(await desk.assetIdsBySerial('SNTWIN2')).toEqual([]);
        expect((await driver.connector.deliver([own], noAbort()))[0]?.kind).toBe('delivered');
        expect(await desk.assetIdsBySerial('SNTWIN2')).toHaveLength(1);
        expect(await desk.history('asset', otherRtId ?? 0)).toEqual(before);
      } finally {
        await proxy.close();
      }
    });
  });
});
