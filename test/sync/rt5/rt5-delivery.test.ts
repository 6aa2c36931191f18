import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { deliverAll, deliveredAssetId } from '../../support/rt5/deliver-all';
import { register, receive, syncItems } from '../../support/rt5/dock-events';
import { startFaultProxy, type FaultProxy } from '../../support/rt5/fault-proxy';
import { rtDesk, type RtDesk } from '../../support/rt5/rt-desk';
import { noAbort, rt5Driver } from '../../support/rt5/rt5-connector-fixture';
import { useRt5Server } from '../../support/rt5/use-rt5-server';

describe('custody events reach Request Tracker 5 (real server)', () => {
  const rt = useRt5Server();
  let f: CoreFixture;
  let desk: RtDesk;
  beforeEach(async () => {
    f = await signedInFixture();
    desk = rtDesk(rt().restUrl, rt().rootToken);
  });
  afterEach(() => removeFixture(f));

  it('creates a registered, received and graded laptop in the catalog with its status, custom fields and history', async () => {
    const laptop = await register(f, { assetTag: 'IT-001234', serial: 'PF3ABC12', make: 'Lenovo', model: 'T14', assetClass: 'laptop', custodian: 'Ana Lima' });
    await receive(f, laptop, { functional: 'F3', cosmetic: 'C5' });
    const items = await syncItems(f, laptop.id);
    expect(items.map((i) => i.event.type)).toEqual(['asset_registered', 'received', 'condition_recorded']);

    const results = await deliverAll(rt5Driver(rt().restUrl, rt().rootToken), items);

    expect(results.map((r) => r.kind)).toEqual(['delivered', 'delivered', 'delivered']);
    const id = deliveredAssetId(results[0]);
    expect(results.map((r) => deliveredAssetId(r))).toEqual([id, id, id]);
    const asset = await desk.asset(id);
    const catalog = (await desk.get('catalog/Dock%20Receiving')) as { id: number };
    expect(asset).toMatchObject({ name: 'IT-001234', status: 'received', catalogId: String(catalog.id) });
    const last = items[2]?.event;
    expect(asset.fields).toMatchObject({
      'Serial Number': 'PF3ABC12',
      Make: 'Lenovo',
      Model: 'T14',
      'Condition Code': 'F3/C5',
      Technician: 'SUP-1',
      Custodian: null,
      'Dockside Applied': `${last?.stationId}:${last?.seq}`,
    });
    const history = await desk.history('asset', id);
    expect(history[0]?.type).toBe('Create');
    const custodian = await desk.fieldChanges(history, 'Custodian');
    expect(custodian.map((t) => [t.oldValue, t.newValue])).toEqual([['Ana Lima', '']]);
    const condition = await desk.fieldChanges(history, 'Condition Code');
    expect(condition.map((t) => t.newValue)).toEqual(['F3/C5']);
  });

  it('delivering the same events again changes nothing in RT (history count unchanged)', async () => {
    const phone = await register(f, { serial: 'SN-PHONE-0001', make: 'Apple', model: 'iPhone 13', assetClass: 'phone' });
    await receive(f, phone, { functional: 'F2', cosmetic: 'C7' });
    const items = await syncItems(f, phone.id);
    const first = await deliverAll(rt5Driver(rt().restUrl, rt().rootToken), items);
    const id = deliveredAssetId(first[0]);
    const before = await desk.history('asset', id);

    const again = await deliverAll(rt5Driver(rt().restUrl, rt().rootToken), items);

    expect(again).toEqual(first);
    expect(await desk.history('asset', id)).toEqual(before);
    expect(await desk.assetIdsBySerial('SN-PHONE-0001')).toEqual([id]);
    expect((await desk.asset(id)).name).toBe('SN-PHONE-0001');
  });

  it('a late retry from one station changes nothing after another station worked on the same asset', async () => {
    const laptop = await register(f, { assetTag: 'IT-TWO-1', serial: 'SN-TWO-1', make: 'Dell', model: 'XPS 13', assetClass: 'laptop' });
    await receive(f, laptop, { functional: 'F5', cosmetic: 'C8' });
    const dock = await syncItems(f, laptop.id);
    const id = deliveredAssetId((await deliverAll(rt5Driver(rt().restUrl, rt().rootToken), dock))[0]);
    const bench = await signedInFixture();
    try {
      const same = await register(bench, { serial: 'SN-TWO-1', assetClass: 'laptop' });
      await bench.call('assets.note', { assetId: same.id, text: 'Keyboard replaced at the repair bench' });
      const benchItems = await syncItems(bench, same.id);
      expect((await deliverAll(rt5Driver(rt().restUrl, rt().rootToken), benchItems)).map((r) => r.kind)).toEqual(['delivered', 'delivered']);
      const stations = [dock[2]?.event, benchItems[1]?.event].map((e) => `${e?.stationId}:${e?.seq}`).sort();
      expect((await desk.asset(id)).fields['Dockside Applied']).toBe(stations.join(' '));
      const before = await desk.history('asset', id);

      const late = await deliverAll(rt5Driver(rt().restUrl, rt().rootToken), dock);

      expect(late.map((r) => r.kind)).toEqual(['delivered', 'delivered', 'delivered']);
      expect(await desk.history('asset', id)).toEqual(before);
      expect((await desk.asset(id)).fields['Last Note']).toBe('Keyboard replaced at the repair bench');
    } finally {
      removeFixture(bench);
    }
  });

  describe('behind a proxy that loses RT\'s answers', () => {
    let proxy: FaultProxy;
    beforeEach(async () => {
      proxy = await startFaultProxy(`http://127.0.0.1:${rt().port}`);
    });
    afterEach(() => proxy.close());

    it('a lost answer to the create is retried without a second asset', async () => {
      const tablet = await register(f, { assetTag: 'IT-TAB-77', serial: 'DMPXK1', make: 'Apple', model: 'iPad Air', assetClass: 'tablet' });
      const [registered] = await syncItems(f, tablet.id);
      if (registered === undefined) throw new Error('no event');
      const driver = rt5Driver(`${proxy.origin}/REST/2.0`, rt().rootToken);
      proxy.setRule((r) => (r.method === 'POST' && r.path.endsWith('/asset') ? 'lose-response' : 'forward'));

      const lost = await driver.connector.deliver([registered], noAbort());
      expect(lost[0]).toMatchObject({ kind: 'retry' });
      expect(lost[0]?.kind === 'retry' && lost[0].reason).toMatch(/cut before the answer arrived/);

      proxy.setRule(() => 'forward');
      const retried = await driver.connector.deliver([registered], noAbort());
      const id = deliveredAssetId(retried[0]);
      expect(await desk.assetIdsBySerial('DMPXK1')).toEqual([id]);
      expect(proxy.seen.filter((r) => r.method === 'POST' && r.path.endsWith('/asset'))).toHaveLength(1);
    });

    it('a lost answer to an update is retried with one effect in RT', async () => {
      const laptop = await register(f, { assetTag: 'IT-LOST-1', serial: 'SN-LOST-1', make: 'Dell', model: 'Latitude 7420', assetClass: 'laptop' });
      await receive(f, laptop, { functional: 'F4', cosmetic: 'C3' });
      const [registered, received, graded] = await syncItems(f, laptop.id);
      if (registered === undefined || received === undefined || graded === undefined) throw new Error('missing events');
      const driver = rt5Driver(`${proxy.origin}/REST/2.0`, rt().rootToken);
      expect((await deliverAll(driver, [registered, received])).map((r) => r.kind)).toEqual(['delivered', 'delivered']);
      proxy.setRule((r) => (r.method === 'PUT' ? 'lose-response' : 'forward'));
      const seenBefore = proxy.seen.length;

      const lost = await driver.connector.deliver([graded], noAbort());
      expect(lost[0]?.kind).toBe('retry');
      proxy.setRule(() => 'forward');
      const retried = await driver.connector.deliver([graded], noAbort());

      const id = deliveredAssetId(retried[0]);
      const history = await desk.history('asset', id);
      expect((await desk.fieldChanges(history, 'Condition Code')).map((t) => t.newValue)).toEqual(['F4/C3']);
      // The create carried the first marker (RT records no field change on create); then one change per event.
      expect((await desk.fieldChanges(history, 'Dockside Applied')).map((t) => t.newValue)).toEqual([
        `${received.event.stationId}:${received.event.seq}`,
        `${graded.event.stationId}:${graded.event.seq}`,
      ]);
      expect(proxy.seen.slice(seenBefore).filter((r) => r.method === 'PUT')).toHaveLength(1);
    });
  });
});
