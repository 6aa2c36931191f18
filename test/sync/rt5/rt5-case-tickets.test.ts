import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { csvFile, HRIS_HEADER, inventory } from '../../support/cases/case-station';
import { deliverAll } from '../../support/rt5/deliver-all';
import { syncItems } from '../../support/rt5/dock-events';
import { rtDesk, type RtDesk } from '../../support/rt5/rt-desk';
import { rt5Driver } from '../../support/rt5/rt5-connector-fixture';
import { useRt5Server } from '../../support/rt5/use-rt5-server';

interface TicketJson {
  Subject: string;
  Queue: { id: string };
  _hyperlinks: { ref: string; type: string; id: string }[];
}

describe('offboarding requests and escalations on the case ticket (real Request Tracker 5)', () => {
  const rt = useRt5Server();
  let f: CoreFixture;
  let desk: RtDesk;
  beforeEach(async () => {
    f = await signedInFixture();
    desk = rtDesk(rt().restUrl, rt().rootToken);
  });
  afterEach(() => removeFixture(f));

  it('a remote-lock request and a reminder become comments on one ticket for the case, referring to the asset, posted once', async () => {
    const [laptop] = await inventory(f, [{ assetTag: 'IT-000901', serial: 'RT901', model: 'ThinkPad X1', assetClass: 'laptop', sensitivity: 'high' }]);
    if (laptop === undefined) throw new Error('no laptop');
    await f.call('cases.import', csvFile('hris.csv', [HRIS_HEADER, 'E-900,Nia Grant,Omar,full-time,on-site,,2026-11-02,yes,IT-000901,']));
    const caseId = (await f.call('cases.list', { filter: 'open', offset: 0, limit: 1 })).rows[0]?.caseId ?? '';
    f.clock.advance(2 * 86_400_000);
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    await f.call('cases.recordReminder', { caseId, step: 'employee' });

    const items = await syncItems(f, laptop.id);
    expect(items.map((i) => i.event.type)).toEqual(['asset_registered', 'remote_lock_requested', 'return_reminder_sent']);
    const driver = rt5Driver(rt().restUrl, rt().rootToken);
    expect((await deliverAll(driver, items)).map((r) => r.kind)).toEqual(['delivered', 'delivered', 'delivered']);
    // Delivered again (a retry after a lost answer): nothing is posted twice.
    expect((await deliverAll(driver, items)).map((r) => r.kind)).toEqual(['delivered', 'delivered', 'delivered']);

    const found = (await desk.get(`tickets?query=${encodeURIComponent("'CF.{Dockside Key}' = 'case:RET-000001'")}`)) as { items: { id: string }[] };
    expect(found.items).toHaveLength(1);
    const ticketId = Number(found.items[0]?.id);
    const ticket = (await desk.get(`ticket/${ticketId}`)) as TicketJson;
    const queue = (await desk.get('queue/Offboarding%20Returns')) as { id: number };
    expect(ticket.Subject).toBe('Offboarding case RET-000001');
    expect(ticket.Queue.id).toBe(String(queue.id));
    expect(ticket._hyperlinks.filter((l) => l.ref === 'refers-to' && l.type === 'asset')).toHaveLength(1);
    const comments = await desk.comments(ticketId);
    expect(comments).toHaveLength(2);
    expect(comments[0]?.content).toContain('REQUEST: remote-lock IT-000901 now');
    expect(comments[1]?.content).toContain('Escalation (employee) sent to Nia Grant by manual sending, listing IT-000901 (due 2026-11-02)');
  });
});
