import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentOnce, commentSubject, findOrCreateTicket, type TicketRequest } from '../../../electron/sync/connectors/rt5/rt5-tickets';
import { removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { deliverAll, deliveredAssetId } from '../../support/rt5/deliver-all';
import { receive, register, syncItems } from '../../support/rt5/dock-events';
import { startFaultProxy, type FaultProxy } from '../../support/rt5/fault-proxy';
import { rtDesk, type RtDesk } from '../../support/rt5/rt-desk';
import { noAbort, rt5Driver } from '../../support/rt5/rt5-connector-fixture';
import { useRt5Server } from '../../support/rt5/use-rt5-server';

interface TicketJson {
  Subject: string;
  Queue: { id: string };
  _hyperlinks: { ref: string; type: string; id: string }[];
}

describe('tickets for pickup sessions and offboarding returns (real Request Tracker 5)', () => {
  const rt = useRt5Server();
  let f: CoreFixture;
  let desk: RtDesk;
  let proxy: FaultProxy;
  beforeEach(async () => {
    f = await signedInFixture();
    desk = rtDesk(rt().restUrl, rt().rootToken);
    proxy = await startFaultProxy(`http://127.0.0.1:${rt().port}`);
  });
  afterEach(async () => {
    await proxy.close();
    removeFixture(f);
  });

  const driver = () => rt5Driver(`${proxy.origin}/REST/2.0`, rt().rootToken);
  const KEY_FIELD = 'Dockside Key';

  /** Two received laptops delivered to RT: their custody events, and their RT asset ids. */
  async function twoLaptops(prefix: string) {
    const ids: number[] = [];
    const events = [];
    for (const n of [1, 2]) {
      const asset = await register(f, { assetTag: `${prefix}-${n}`, serial: `SN-${prefix}-${n}`, assetClass: 'laptop', custodian: 'Cy Dahl' });
      await receive(f, asset);
      const items = await syncItems(f, asset.id);
      ids.push(deliveredAssetId((await deliverAll(driver(), items))[0]));
      events.push(...items);
    }
    return { ids, events };
  }

  const ticketsWithKey = async (key: string): Promise<readonly number[]> => {
    const found = (await desk.get(`tickets?query=${encodeURIComponent(`'CF.{${KEY_FIELD}}' = '${key}'`)}`)) as { items: { id: string }[] };
    return found.items.map((t) => Number(t.id));
  };

  it('finds or creates the ticket for a key, referring to its assets, and never makes a second one', async () => {
    const { ids } = await twoLaptops('PK');
    const request: TicketRequest = { queue: 'ITAD Pickups', key: 'pickup:PS-0001', subject: 'ITAD pickup PS-0001 (GreenCycle)', assetIds: ids };

    const created = await findOrCreateTicket(driver().client, KEY_FIELD, request, noAbort());
    const again = await findOrCreateTicket(driver().client, KEY_FIELD, request, noAbort());

    if (!created.ok) throw new Error(created.failure.reason);
    expect(again).toEqual(created);
    expect(await ticketsWithKey('pickup:PS-0001')).toEqual([created.value]);
    const ticket = (await desk.get(`ticket/${created.value}`)) as TicketJson;
    const queue = (await desk.get('queue/ITAD%20Pickups')) as { id: number };
    expect(ticket.Subject).toBe('ITAD pickup PS-0001 (GreenCycle)');
    expect(ticket.Queue.id).toBe(String(queue.id));
    expect(ticket._hyperlinks.filter((l) => l.ref === 'refers-to' && l.type === 'asset').map((l) => Number(l.id)).sort()).toEqual([...ids].sort());
  });

  it('links an asset added later to the existing ticket', async () => {
    const { ids } = await twoLaptops('LK');
    const base: TicketRequest = { queue: 'Offboarding Returns', key: 'return:EMP-77', subject: 'Returns of Cy Dahl', assetIds: ids.slice(0, 1) };
    const first = await findOrCreateTicket(driver().client, KEY_FIELD, base, noAbort());
    const later = await findOrCreateTicket(driver().client, KEY_FIELD, { ...base, assetIds: ids }, noAbort());
    expect(later).toEqual(first);
    if (!later.ok) throw new Error(later.failure.reason);
    const ticket = (await desk.get(`ticket/${later.value}`)) as TicketJson;
    expect(ticket._hyperlinks.filter((l) => l.ref === 'refers-to').map((l) => Number(l.id)).sort()).toEqual([...ids].sort());
  });

  it('a lost answer to the ticket create is found again by its key on the retry', async () => {
    const { ids } = await twoLaptops('LC');
    const request: TicketRequest = { queue: 'ITAD Pickups', key: 'pickup:PS-0002', subject: 'ITAD pickup PS-0002', assetIds: ids };
    proxy.setRule((r) => (r.method === 'POST' && r.path.endsWith('/ticket') ? 'lose-response' : 'forward'));

    const lost = await findOrCreateTicket(driver().client, KEY_FIELD, request, noAbort());
    expect(lost).toMatchObject({ ok: false, failure: { kind: 'retry' } });
    proxy.setRule(() => 'forward');
    const retried = await findOrCreateTicket(driver().client, KEY_FIELD, request, noAbort());

    if (!retried.ok) throw new Error(retried.failure.reason);
    expect(await ticketsWithKey('pickup:PS-0002')).toEqual([retried.value]);
  });

  it('posts each custody event as one comment, even when delivered twice or its answer is lost', async () => {
    const { ids, events } = await twoLaptops('CM');
    const ticket = await findOrCreateTicket(driver().client, KEY_FIELD, { queue: 'ITAD Pickups', key: 'pickup:PS-0003', subject: 'ITAD pickup PS-0003', assetIds: ids }, noAbort());
    if (!ticket.ok) throw new Error(ticket.failure.reason);
    const [registered, received] = events;
    if (registered === undefined || received === undefined) throw new Error('missing events');

    expect(await commentOnce(driver().client, ticket.value, registered.event, 'Registered CM-1 at the dock', noAbort())).toEqual({ kind: 'delivered', remoteRef: `ticket/${ticket.value}` });
    expect((await commentOnce(driver().client, ticket.value, registered.event, 'Registered CM-1 at the dock', noAbort())).kind).toBe('delivered');
    proxy.setRule((r) => (r.method === 'POST' && r.path.endsWith('/comment') ? 'lose-response' : 'forward'));
    expect((await commentOnce(driver().client, ticket.value, received.event, 'Received CM-1 from Cy Dahl', noAbort())).kind).toBe('retry');
    proxy.setRule(() => 'forward');
    expect((await commentOnce(driver().client, ticket.value, received.event, 'Received CM-1 from Cy Dahl', noAbort())).kind).toBe('delivered');

    expect(await desk.comments(ticket.value)).toEqual([
      { subject: commentSubject(registered.event), content: 'Registered CM-1 at the dock' },
      { subject: commentSubject(received.event), content: 'Received CM-1 from Cy Dahl' },
    ]);
    expect(commentSubject(received.event)).toBe(`[Dockside ${received.event.stationId}:${received.event.seq}] Received`);
  });
});
