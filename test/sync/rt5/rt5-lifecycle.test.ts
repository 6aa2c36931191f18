import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncItem } from '../../../electron/sync/connector';
import type { AssetView } from '../../../shared/domain/asset';
import { removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { deliverAll, deliveredAssetId } from '../../support/rt5/deliver-all';
import { recordLaterEvent, receive, register, syncItems } from '../../support/rt5/dock-events';
import { startFaultProxy, type FaultProxy, type ProxyAction } from '../../support/rt5/fault-proxy';
import { rtDesk, type RtDesk } from '../../support/rt5/rt-desk';
import { noAbort, rt5Driver } from '../../support/rt5/rt5-connector-fixture';
import { useRt5Server } from '../../support/rt5/use-rt5-server';

const WIPE = { level: 'purge', technique: 'crypto-erase', standard: 'NIST SP 800-88 Rev. 1', tool: 'nwipe 0.35', verification: 'full', result: 'passed' };

describe('the custody lifecycle in Request Tracker 5 (real server)', () => {
  const rt = useRt5Server();
  let f: CoreFixture;
  let desk: RtDesk;
  beforeEach(async () => {
    f = await signedInFixture();
    desk = rtDesk(rt().restUrl, rt().rootToken);
  });
  afterEach(() => removeFixture(f));

  const driver = () => rt5Driver(rt().restUrl, rt().rootToken);
  const lastItem = async (asset: AssetView): Promise<SyncItem> => {
    const item = (await syncItems(f, asset.id)).at(-1);
    if (item === undefined) throw new Error('no events');
    return item;
  };

  /** Registers, receives and grades a device and delivers those events; answers the RT asset id. */
  async function receivedInRt(identity: Parameters<typeof register>[1]): Promise<{ asset: AssetView; id: number }> {
    const asset = await register(f, identity);
    await receive(f, asset, { functional: 'F3', cosmetic: 'C4' });
    const results = await deliverAll(driver(), await syncItems(f, asset.id));
    expect(results.map((r) => r.kind)).toEqual(['delivered', 'delivered', 'delivered']);
    return { asset, id: deliveredAssetId(results[0]) };
  }

  it('moves a wiped laptop received → quarantined → wiped → awaiting-pickup → picked-up, with its wipe record', async () => {
    const { asset, id } = await receivedInRt({ assetTag: 'IT-W-001', serial: 'SN-W-001', make: 'HP', model: 'EliteBook 840', assetClass: 'laptop' });
    recordLaterEvent(f, asset.id, 'wipe_started', { level: 'purge', tool: 'nwipe 0.35' });
    recordLaterEvent(f, asset.id, 'wipe_completed', WIPE);
    recordLaterEvent(f, asset.id, 'staged_for_pickup', { container: 'PALLET-7' });
    recordLaterEvent(f, asset.id, 'picked_up', { vendor: 'GreenCycle', sessionId: 'PS-1' });
    const later = (await syncItems(f, asset.id)).slice(3);

    const results = await deliverAll(driver(), later);

    expect(results.map((r) => r.kind)).toEqual(['delivered', 'delivered', 'delivered', 'delivered']);
    const history = await desk.history('asset', id);
    expect(history.filter((t) => t.type === 'Status').map((t) => `${t.oldValue}→${t.newValue}`)).toEqual([
      'received→quarantined',
      'quarantined→wiped',
      'wiped→awaiting-pickup',
      'awaiting-pickup→picked-up',
    ]);
    const rtAsset = await desk.asset(id);
    expect(rtAsset.status).toBe('picked-up');
    expect(rtAsset.fields['Last Wipe']).toMatch(/^Wipe completed .* by SUP-1: level=purge, technique=crypto-erase, .*result=passed$/);

    // The pickup is also filed on its session's ticket, once, however often it is delivered.
    const tickets = (await desk.get(`tickets?query=${encodeURIComponent("'CF.{Dockside Key}' = 'pickup:PS-1'")}`)) as { items: { id: string }[] };
    expect(tickets.items).toHaveLength(1);
    const ticketId = Number(tickets.items[0]?.id);
    const ticket = (await desk.get(`ticket/${ticketId}`)) as { Subject: string; _hyperlinks: { ref: string; id?: string }[] };
    expect(ticket.Subject).toBe('ITAD pickup PS-1');
    expect(ticket._hyperlinks.filter((l) => l.ref === 'refers-to').map((l) => l.id)).toContain(String(id));
    const comments = await desk.comments(ticketId);
    expect(comments.map((c) => c.content)).toEqual([expect.stringMatching(/^IT-W-001, serial SN-W-001: Picked up .* by SUP-1: vendor=GreenCycle, sessionId=PS-1$/)]);
    expect((await deliverAll(driver(), later.slice(-1)))[0]?.kind).toBe('delivered');
    expect(await desk.comments(ticketId)).toHaveLength(1);
  });

  it('sends a monitor, which holds no data, from received straight to awaiting-pickup', async () => {
    const { asset, id } = await receivedInRt({ assetTag: 'IT-MON-9', serial: 'CN-0MON9', make: 'Dell', model: 'P2422H', assetClass: 'monitor' });
    recordLaterEvent(f, asset.id, 'staged_for_pickup', { container: 'BOX-2' });

    const [result] = await deliverAll(driver(), [await lastItem(asset)]);

    expect(result?.kind).toBe('delivered');
    expect((await desk.asset(id)).status).toBe('awaiting-pickup');
  });

  it("classifies RT's refusal inside a 200 as a reject in RT's words and changes nothing", async () => {
    const { asset, id } = await receivedInRt({ assetTag: 'IT-W-002', serial: 'SN-W-002', assetClass: 'laptop' });
    recordLaterEvent(f, asset.id, 'wipe_completed', WIPE);
    expect((await deliverAll(driver(), [await lastItem(asset)]))[0]?.kind).toBe('delivered');
    recordLaterEvent(f, asset.id, 'picked_up', { vendor: 'GreenCycle' });
    await f.call('assets.note', { assetId: asset.id, text: 'Left on the pallet' });
    const [pickedUp, note] = (await syncItems(f, asset.id)).slice(-2);
    if (pickedUp === undefined || note === undefined) throw new Error('missing events');
    const before = await desk.history('asset', id);

    const [result, behind] = await driver().connector.deliver([pickedUp, note], noAbort());

    expect(behind).toMatchObject({ kind: 'retry', reason: 'An earlier event of this asset was not delivered yet.' });
    expect(result).toMatchObject({ kind: 'reject' });
    expect(result?.kind === 'reject' && result.reason).toContain("You can't change status from 'wiped' to 'picked-up'.");
    expect(await desk.history('asset', id)).toEqual(before);
    expect((await desk.asset(id)).status).toBe('wiped');
  });

  it('holds an event as a conflict when RT marked the asset stolen, and applies it once a supervisor says so', async () => {
    const { asset, id } = await receivedInRt({ assetTag: 'IT-S-001', serial: 'SN-S-001', assetClass: 'laptop' });
    expect(await desk.put(`asset/${id}`, { Status: 'stolen' })).toEqual([expect.stringContaining("Status changed from 'received' to 'stolen'")]);
    await receive(f, asset);
    const found = await lastItem(asset);
    const before = await desk.history('asset', id);

    const [held] = await deliverAll(driver(), [found]);

    expect(held).toMatchObject({ kind: 'conflict', remote: { asset: `asset/${id}`, status: 'stolen', name: 'IT-S-001' } });
    expect(held?.kind === 'conflict' && held.reason).toMatch(/RT marks asset \d+ as 'stolen'\. Dockside's "Received" .* would set status 'received'/);
    expect(await desk.history('asset', id)).toEqual(before);

    const [applied] = await deliverAll(driver(), [{ ...found, overrideConflict: true }]);
    expect(applied?.kind).toBe('delivered');
    expect((await desk.asset(id)).status).toBe('received');
  });

  it('holds an event as a conflict when RT reassigned the asset to someone', async () => {
    const { asset, id } = await receivedInRt({ assetTag: 'IT-R-001', serial: 'SN-R-001', assetClass: 'laptop', custodian: 'Ana Lima' });
    await desk.put(`asset/${id}`, { CustomFields: { Custodian: 'Bo Berg' } });
    await f.call('assets.note', { assetId: asset.id, text: 'Battery swollen, set aside' });

    const [result] = await deliverAll(driver(), [await lastItem(asset)]);

    expect(result).toMatchObject({ kind: 'conflict', remote: { custodian: 'Bo Berg', status: 'received' } });
    expect((await desk.asset(id)).fields['Last Note']).toBeNull();
  });

  describe('when RT changes the asset between our read and our write (412)', () => {
    let proxy: FaultProxy;
    beforeEach(async () => {
      proxy = await startFaultProxy(`http://127.0.0.1:${rt().port}`);
    });
    afterEach(() => proxy.close());

    it('reads it again and re-applies the event when it still simply follows', async () => {
      const { asset, id } = await receivedInRt({ assetTag: 'IT-E-001', serial: 'SN-E-001', assetClass: 'laptop' });
      await f.call('assets.note', { assetId: asset.id, text: 'Sticker residue removed' });
      let interfered = false;
      proxy.setRule(async (r): Promise<ProxyAction> => {
        if (r.method === 'PUT' && !interfered) {
          interfered = true;
          await desk.put(`asset/${id}`, { Description: 'Checked by the service desk' });
        }
        return 'forward';
      });

      const [result] = await deliverAll(rt5Driver(`${proxy.origin}/REST/2.0`, rt().rootToken), [await lastItem(asset)]);

      expect(result?.kind).toBe('delivered');
      const history = await desk.history('asset', id);
      expect(history.filter((t) => t.type === 'Set' && t.field === 'Description').map((t) => t.newValue)).toEqual(['Checked by the service desk']);
      expect((await desk.fieldChanges(history, 'Last Note')).map((t) => t.newValue)).toEqual(['Sticker residue removed']);
      expect(proxy.seen.filter((r) => r.method === 'PUT')).toHaveLength(2);
    });

    it('holds the event as a conflict when the change means it no longer follows', async () => {
      const { asset, id } = await receivedInRt({ assetTag: 'IT-E-002', serial: 'SN-E-002', assetClass: 'laptop' });
      recordLaterEvent(f, asset.id, 'wipe_started', { level: 'purge' });
      proxy.setRule(async (r): Promise<ProxyAction> => {
        if (r.method === 'PUT') await desk.put(`asset/${id}`, { Status: 'stolen' });
        return 'forward';
      });

      const [result] = await deliverAll(rt5Driver(`${proxy.origin}/REST/2.0`, rt().rootToken), [await lastItem(asset)]);

      expect(result).toMatchObject({ kind: 'conflict', remote: { status: 'stolen' } });
      expect((await desk.history('asset', id)).filter((t) => t.type === 'Status').map((t) => t.newValue)).toEqual(['stolen']);
    });
  });

  it("takes back its marker when RT refuses a custom field, so the event applies after the fix", async () => {
    const { asset, id } = await receivedInRt({ assetTag: 'IT-P-001', serial: 'SN-P-001', assetClass: 'laptop' });
    const markerBefore = (await desk.asset(id)).fields['Dockside Applied'];
    const lastNote = await desk.customFieldId('Last Note');
    await desk.put(`customfield/${lastNote}`, { Pattern: '^[^!]*$' });
    await f.call('assets.note', { assetId: asset.id, text: 'Screen cracked!' });
    const note = await lastItem(asset);

    const [refused] = await deliverAll(driver(), [note]);

    expect(refused).toMatchObject({ kind: 'reject' });
    expect(refused?.kind === 'reject' && refused.reason).toMatch(/Could not add a new value to custom field 'Last Note': Input must match/);
    expect((await desk.asset(id)).fields['Dockside Applied']).toBe(markerBefore);

    await desk.put(`customfield/${lastNote}`, { Pattern: '' });
    const [applied] = await deliverAll(driver(), [note]);
    expect(applied?.kind).toBe('delivered');
    expect((await desk.asset(id)).fields).toMatchObject({ 'Last Note': 'Screen cracked!', 'Dockside Applied': `${note.event.stationId}:${note.event.seq}` });
  });
});

