import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rtDesk, type RtDesk } from '../../support/rt5/rt-desk';
import { noAbort, rt5Driver } from '../../support/rt5/rt5-connector-fixture';
import { useRt5Server } from '../../support/rt5/use-rt5-server';
import { rt5Station, saveRt5, type Rt5Station } from './support/rt5-station';

/** RT stamps LastUpdated to the second and the pull's cursor settles 2 s behind RT's clock: wait past that. */
const pastSettling = () => new Promise((resolve) => setTimeout(resolve, 3_100));

/** The token's RT user reads dates in New York time: RT reads the pull's query dates in it too. */
const RT_USER_ZONE = 'America/New_York';

interface PulledRow {
  asset_tag: string;
  serial: string;
  make: string;
  model: string;
  custodian: string | null;
  central_id: string;
  central_status: string;
  central_pulled_at: string;
}

describe('pulling assets from the real Request Tracker 5 for offline work', () => {
  const rt = useRt5Server();
  let desk: RtDesk;
  let station: Rt5Station;
  const rtIds = new Map<string, number>();

  beforeAll(async () => {
    desk = rtDesk(rt().restUrl, rt().rootToken);
    // RT names the user by name or by id in its answer.
    expect(await desk.put('user/root', { Timezone: RT_USER_ZONE })).toEqual([expect.stringMatching(/^User \S+: Timezone changed from \(no value\) to 'America\/New_York'$/)]);
    const devices = [
      ['IT-007701', 'PF-PULL-01', 'Lenovo', 'ThinkPad T14', 'Ana Lima'],
      ['IT-007702', 'PF-PULL-02', 'Dell', 'Latitude 7440', 'Cy Dahl'],
      ['IT-007703', 'C02-PULL-03', 'Apple', 'MacBook Air M2', 'Di Eng'],
      ['IT-007704', 'CN-PULL-04', 'Dell', 'P2422H', ''],
    ] as const;
    for (const [tag, serial, make, model, custodian] of devices) {
      const response = await fetch(`${rt().restUrl}/asset`, {
        method: 'POST',
        headers: { Authorization: `token ${rt().rootToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ Name: tag, Catalog: 'Dock Receiving', CustomFields: { 'Serial Number': serial, Make: make, Model: model, ...(custodian === '' ? {} : { Custodian: custodian }) } }),
      });
      expect(response.status).toBe(201);
      rtIds.set(tag, Number(((await response.json()) as { id: string }).id));
    }
    await pastSettling();
  });
  beforeEach(async () => {
    station = await rt5Station({ worker: { pollMs: 60_000, pullEveryMs: 0 } });
  });
  afterEach(async () => {
    await station.worker.stop();
    station.close();
  });

  it('pulls the catalog, then only what changed after its cursor; a scan at the desk finds a pulled asset while RT is stopped', { timeout: 60_000 }, async () => {
    const { f, worker } = station;
    await saveRt5(f, 'rt', { url: rt().restUrl, rt5: { timeZone: RT_USER_ZONE } });
    await f.call('sync.setToken', { connectorId: 'rt', token: rt().rootToken });
    const pulled = () => f.db.prepare("SELECT asset_tag, serial, make, model, custodian, central_id, central_status, central_pulled_at FROM assets WHERE central_source = 'rt' ORDER BY asset_tag").all() as PulledRow[];
    const cursor = () => (f.db.prepare("SELECT cursor FROM sync_cursors WHERE connector_id = 'rt'").get() as { cursor: string } | undefined)?.cursor ?? null;

    await worker.runOnce();

    const first = pulled();
    expect(first.map(({ central_pulled_at: _at, ...row }) => row)).toEqual([
      { asset_tag: 'IT-007701', serial: 'PF-PULL-01', make: 'Lenovo', model: 'ThinkPad T14', custodian: 'Ana Lima', central_id: `asset/${rtIds.get('IT-007701')}`, central_status: 'received' },
      { asset_tag: 'IT-007702', serial: 'PF-PULL-02', make: 'Dell', model: 'Latitude 7440', custodian: 'Cy Dahl', central_id: `asset/${rtIds.get('IT-007702')}`, central_status: 'received' },
      { asset_tag: 'IT-007703', serial: 'C02-PULL-03', make: 'Apple', model: 'MacBook Air M2', custodian: 'Di Eng', central_id: `asset/${rtIds.get('IT-007703')}`, central_status: 'received' },
      { asset_tag: 'IT-007704', serial: 'CN-PULL-04', make: 'Dell', model: 'P2422H', custodian: null, central_id: `asset/${rtIds.get('IT-007704')}`, central_status: 'received' },
    ]);
    const afterFirst = cursor();
    expect(afterFirst).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\|\d+$/);

    // The service desk reassigns one laptop and quarantines it in RT.
    const changedId = rtIds.get('IT-007702') ?? 0;
    expect(await desk.put(`asset/${changedId}`, { Status: 'quarantined', CustomFields: { Custodian: 'Bo Berg' } })).toHaveLength(2);
    // A connector not told RT's time zone asks for changes after the wrong moment, and misses this one.
    const untold = await rt5Driver(rt().restUrl, rt().rootToken).connector.pull?.(afterFirst, noAbort());
    expect(untold?.assets).toEqual([]);

    await worker.runOnce();

    const second = pulled();
    const refreshed = second.filter((row, i) => row.central_pulled_at !== first[i]?.central_pulled_at);
    expect(refreshed.map((row) => [row.asset_tag, row.central_status, row.custodian])).toEqual([['IT-007702', 'quarantined', 'Bo Berg']]);
    expect(cursor()).not.toBe(afterFirst);

    // RT goes away: a pass changes nothing here (an absent server is never a delete), and the desk still finds the laptop.
    await rt().stop();
    await worker.runOnce();
    expect(pulled()).toEqual(second);
    const batch = await f.call('receiving.startBatch', {});
    const byTag = await f.call('receiving.lookup', { raw: 'IT-007702', source: 'wedge', batchId: batch.batchId });
    expect(byTag).toMatchObject({ kind: 'known', asset: { assetTag: 'IT-007702', serial: 'PF-PULL-02', make: 'Dell', model: 'Latitude 7440', custodian: 'Bo Berg', centralId: `asset/${changedId}` } });
    const bySerial = await f.call('receiving.lookup', { raw: 'C02-PULL-03', source: 'keyboard', batchId: batch.batchId });
    expect(bySerial).toMatchObject({ kind: 'known', asset: { assetTag: 'IT-007703', model: 'MacBook Air M2', custodian: 'Di Eng' } });
  });
});
