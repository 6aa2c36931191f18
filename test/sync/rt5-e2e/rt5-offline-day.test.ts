import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AssetView } from '../../../shared/domain/asset';
import { RT5_DEFAULTS } from '../../../shared/domain/sync-config';
import { rtDesk, type RtDesk } from '../../support/rt5/rt-desk';
import { useRt5Server } from '../../support/rt5/use-rt5-server';
import { count } from '../support/sync-fixture';
import { registerAndReceive } from './support/dock-desk';
import { recordEvent } from './support/lifecycle-backlog';
import { effectsInRt, expectedEffects, fieldIdsOf, localEvents } from './support/rt-effects';
import { rt5Station, saveRt5, type Rt5Station } from './support/rt5-station';

/** This site's RT keeps the dock's assets and pickups under its own names: the connector must be told them. */
const SITE_RT = { catalog: 'Returns Dock', pickupQueue: 'Vendor Collections' } as const;

describe('a station offline for a day, then back: everything reaches the real Request Tracker 5 once, in order', () => {
  const rt = useRt5Server();
  let desk: RtDesk;
  let station: Rt5Station;
  /** The laptop the service desk entered in RT before it came back to the dock. */
  let knownRtId: number;

  async function post(path: string, body: unknown): Promise<number> {
    const response = await fetch(`${rt().restUrl}/${path}`, {
      method: 'POST',
      headers: { Authorization: `token ${rt().rootToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.status, text).toBe(201);
    return Number((JSON.parse(text) as { id: string }).id);
  }

  beforeAll(async () => {
    desk = rtDesk(rt().restUrl, rt().rootToken);
    const catalog = (await desk.get(`catalog/${encodeURIComponent(RT5_DEFAULTS.catalog)}`)) as { id: number };
    await desk.put(`catalog/${catalog.id}`, { Name: SITE_RT.catalog });
    const queue = (await desk.get(`queue/${encodeURIComponent(RT5_DEFAULTS.pickupQueue)}`)) as { id: number };
    await desk.put(`queue/${queue.id}`, { Name: SITE_RT.pickupQueue });
    knownRtId = await post('asset', { Name: 'IT-004501', Catalog: SITE_RT.catalog, CustomFields: { 'Serial Number': 'PF-A-0001', Make: 'LENOVO', Model: 'ThinkPad T14 Gen 3' } });
  });
  beforeEach(async () => {
    // Waits long enough that "trying again at" is still ahead when the test reads the status; "retry now" clears it.
    station = await rt5Station({ worker: { pollMs: 60_000, backoff: { baseMs: 20_000, capMs: 20_000, maxRetryAfterMs: 20_000 } } });
  });
  afterEach(async () => {
    await station.worker.stop();
    station.close();
  });

  it("is set up through the core's commands, and its test connection says in words what RT lacks", async () => {
    const { f } = station;
    await saveRt5(f, 'rt', { url: rt().restUrl });
    await f.call('sync.setToken', { connectorId: 'rt', token: await rt().mintToken('root') });
    const untold = await f.call('sync.testConnection', { connectorId: 'rt' });
    expect(untold).toMatchObject({ ok: false, words: expect.stringContaining(`Catalog '${RT5_DEFAULTS.catalog}' does not exist in RT`) });
    expect(untold.words).toContain(`Queue '${RT5_DEFAULTS.pickupQueue}' does not exist in RT`);

    const badZone = await f.core.invoke('sync.saveConnector', { id: 'rt', kind: 'rt5', name: 'RT', enabled: true, settings: { url: rt().restUrl, rt5: { timeZone: 'Mars/Olympus' } }, backfill: true });
    expect(badZone).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { 'settings.rt5.timeZone': 'Give a time zone name such as Europe/Berlin or UTC' } } });

    await saveRt5(f, 'rt', { url: rt().restUrl, rt5: { ...SITE_RT, timeZone: 'UTC' } });
    const told = await f.call('sync.testConnection', { connectorId: 'rt' });
    expect(told.words).toMatch(new RegExp(`^Request Tracker 5\\.\\S+ accepted the token; catalog '${SITE_RT.catalog}' has every custom field; queues '${SITE_RT.pickupQueue}' and '${RT5_DEFAULTS.returnsQueue}' are ready\\.$`));
    expect(told.ok).toBe(true);
    expect((await f.call('sync.connectors', {}))[0]).toMatchObject({ hasToken: true, settings: { rt5: { ...SITE_RT, timeZone: 'UTC' } } });
  });

  it('receives, grades, wipes and picks up devices offline; back online, RT holds each asset with its lifecycle, custom fields and history, and nothing is left queued', async () => {
    const { f, worker, network } = station;
    await saveRt5(f, 'rt', { url: rt().restUrl, rt5: SITE_RT });
    await f.call('sync.setToken', { connectorId: 'rt', token: await rt().mintToken('root') });

    network.online = false;
    const batch = await f.call('receiving.startBatch', {});
    const known = await registerAndReceive(f, batch.batchId, { assetTag: 'IT-004501', serial: 'PF-A-0001', make: 'Lenovo', model: 'T14', assetClass: 'laptop', custodian: 'Ana Lima' }, { functional: 'F2', cosmetic: 'C3' });
    const laptop = await registerAndReceive(f, batch.batchId, { assetTag: 'IT-004502', serial: 'PF-B-0002', make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop', custodian: 'Bo Berg' }, { functional: 'F3', cosmetic: 'C5' });
    const monitor = await registerAndReceive(f, batch.batchId, { assetTag: 'IT-004503', serial: 'CN-C-0003', make: 'Dell', model: 'P2422H', assetClass: 'monitor' }, { functional: 'F1', cosmetic: 'C2' });
    const phone = await registerAndReceive(f, batch.batchId, { assetTag: 'IT-004504', serial: 'F2L-D-0004', make: 'Apple', model: 'iPhone 13', assetClass: 'phone' }, { functional: 'F4', cosmetic: 'C6' });
    for (const type of ['wipe_started', 'wipe_completed', 'staged_for_pickup', 'picked_up'] as const) recordEvent(station.deps, known, type);
    for (const type of ['wipe_started', 'wipe_completed', 'staged_for_pickup'] as const) recordEvent(station.deps, laptop, type);
    for (const type of ['staged_for_pickup', 'picked_up'] as const) recordEvent(station.deps, monitor, type);
    await f.call('assets.note', { assetId: phone.id, text: 'Screen cracked in the corner' });
    const devices: readonly AssetView[] = [known, laptop, monitor, phone];
    const total = count(f.db, 'SELECT count(*) AS n FROM custody_events');
    expect(total).toBe(3 * 4 + 4 + 3 + 2 + 1);

    // The network is off: the worker sends nothing and says so.
    expect(await worker.runOnce()).toMatchObject({ delivered: 0, retried: 0 });
    const offline = await f.call('sync.status', {});
    expect(offline).toMatchObject({ online: false, waiting: total, words: `Offline: ${total} events waiting; they go out when the network is back.` });
    for (const device of [laptop, monitor, phone]) expect(await desk.assetIdsBySerial(device.serial ?? '')).toEqual([]);
    expect((await desk.history('asset', knownRtId)).map((t) => t.type)).toEqual(['Create']);

    // The network is back, but RT is down for maintenance: retried, and said in words.
    network.online = true;
    await rt().stop();
    try {
      expect((await worker.runOnce()).delivered).toBe(0);
      const unreachable = (await f.call('sync.status', {})).connectors[0];
      expect(unreachable).toMatchObject({ state: 'retrying', reachable: false, waiting: total });
      expect(unreachable?.words).toMatch(/^Could not deliver: 127\.0\.0\.1:\d+ refused the connection: nothing is listening there\. .* Trying again at \d\d:\d\d:\d\d \(UTC\)\.$/);
    } finally {
      await rt().start();
    }

    // RT is back: "retry now", and the worker drains everything.
    await f.call('sync.runNow', {});
    const passes = await station.drain(60_000);
    expect(passes.reduce((n, p) => n + p.delivered, 0)).toBe(total);
    expect(count(f.db, 'SELECT count(*) AS n FROM outbox')).toBe(0);
    expect(count(f.db, 'SELECT count(*) AS n FROM sync_deliveries')).toBe(0);
    expect(count(f.db, "SELECT count(*) AS n FROM sync_delivered WHERE connector_id = 'rt'")).toBe(total);
    expect(await f.call('sync.status', {})).toMatchObject({ online: true, waiting: 0, deadLetters: 0, conflicts: 0, words: 'Up to date.', lastError: null });

    // RT: found by serial (the service desk's laptop) or created, once each, in the site's catalog.
    const catalog = (await desk.get(`catalog/${encodeURIComponent(SITE_RT.catalog)}`)) as { id: number };
    const rtIds = new Map<string, number>();
    for (const device of devices) {
      const ids = await desk.assetIdsBySerial(device.serial ?? '');
      expect(ids, device.serial ?? '').toHaveLength(1);
      rtIds.set(device.id, ids[0] ?? 0);
    }
    expect(rtIds.get(known.id)).toBe(knownRtId);
    const inRt = async (device: AssetView) => desk.asset(rtIds.get(device.id) ?? 0);
    const WIPED = /^Wipe completed \S+ by SUP-1: level=purge, technique=crypto-erase, standard=NIST SP 800-88 Rev\. 1, tool=nwipe 0\.35, verification=full, result=passed$/;
    expect(await inRt(known)).toMatchObject({
      name: 'IT-004501',
      status: 'picked-up',
      catalogId: String(catalog.id),
      fields: { 'Serial Number': 'PF-A-0001', Make: 'LENOVO', Model: 'ThinkPad T14 Gen 3', 'Condition Code': 'F2/C3', Technician: 'SUP-1', Custodian: null, 'Last Wipe': expect.stringMatching(WIPED) },
    });
    expect(await inRt(laptop)).toMatchObject({
      name: 'IT-004502',
      status: 'awaiting-pickup',
      fields: { 'Serial Number': 'PF-B-0002', Make: 'Dell', Model: 'Latitude 7440', 'Condition Code': 'F3/C5', Technician: 'SUP-1', Custodian: null, 'Last Wipe': expect.stringMatching(WIPED) },
    });
    expect(await inRt(monitor)).toMatchObject({ name: 'IT-004503', status: 'picked-up', fields: { 'Serial Number': 'CN-C-0003', 'Condition Code': 'F1/C2', 'Last Wipe': null } });
    expect(await inRt(phone)).toMatchObject({ name: 'IT-004504', status: 'received', fields: { 'Condition Code': 'F4/C6', 'Last Note': 'Screen cracked in the corner' } });

    // History: every event applied once, in order (the applied-marker's values), with the lifecycle's status moves.
    const fields = await fieldIdsOf(desk, [RT5_DEFAULTS.fields.marker, RT5_DEFAULTS.fields.condition, RT5_DEFAULTS.fields.lastWipe, RT5_DEFAULTS.fields.custodian]);
    for (const device of devices) {
      const seen = await effectsInRt(desk, fields, device.serial ?? '', f.signer.stationId);
      const expected = expectedEffects(localEvents(f.db, device.id));
      expect({ serial: device.serial, applied: seen.applied, statusMoves: seen.statusMoves }).toEqual({ serial: device.serial, ...expected });
      expect(seen.fieldChanges[RT5_DEFAULTS.fields.condition], device.serial ?? '').toBe(1);
    }
    expect(expectedEffects(localEvents(f.db, known.id)).statusMoves).toEqual(['received→quarantined', 'quarantined→wiped', 'wiped→awaiting-pickup', 'awaiting-pickup→picked-up']);
    const custodian = await desk.fieldChanges(await desk.history('asset', knownRtId), RT5_DEFAULTS.fields.custodian);
    expect(custodian.map((t) => [t.oldValue, t.newValue])).toEqual([['', 'Ana Lima'], ['Ana Lima', '']]);

    // The pickup session's ticket in the site's pickup queue: one, referring to both picked-up devices, a comment per pickup.
    const tickets = (await desk.get(`tickets?query=${encodeURIComponent("'CF.{Dockside Key}' = 'pickup:PS-0042'")}`)) as { items: { id: string }[] };
    expect(tickets.items).toHaveLength(1);
    const ticketId = Number(tickets.items[0]?.id);
    const ticket = (await desk.get(`ticket/${ticketId}`)) as { Queue: { id: string }; _hyperlinks: { ref: string; id?: string }[] };
    expect(ticket.Queue.id).toBe(String(((await desk.get(`queue/${encodeURIComponent(SITE_RT.pickupQueue)}`)) as { id: number }).id));
    const linked = ticket._hyperlinks.filter((l) => l.ref === 'refers-to').map((l) => Number(l.id));
    expect(linked.sort()).toEqual([rtIds.get(known.id), rtIds.get(monitor.id)].sort());
    expect((await desk.comments(ticketId)).map((c) => c.content.split(':')[0])).toEqual(['IT-004501, serial PF-A-0001', 'IT-004503, serial CN-C-0003']);

    // The worker also pulled RT's catalog: each local asset now knows its RT record.
    for (const device of devices) {
      const detail = await f.call('assets.detail', { assetId: device.id });
      expect(detail.asset.centralId, device.serial ?? '').toBe(`asset/${rtIds.get(device.id)}`);
    }
  });
});
