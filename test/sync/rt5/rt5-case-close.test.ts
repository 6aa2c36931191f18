import { afterEach, describe, expect, it } from 'vitest';
import { removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { csvFile, HRIS_HEADER, inventory, receive } from '../../support/cases/case-station';
import { deliverAll } from '../../support/rt5/deliver-all';
import { syncItems } from '../../support/rt5/dock-events';
import { rtDesk } from '../../support/rt5/rt-desk';
import { rt5Driver } from '../../support/rt5/rt5-connector-fixture';
import { useRt5Server } from '../../support/rt5/use-rt5-server';

const decoded = (content: string): string => (/^[A-Za-z0-9+/=\s]+$/.test(content) && !content.includes(' ') ? Buffer.from(content, 'base64').toString('utf8') : content);

describe('closing a case resolves its ticket through the outbox (real Request Tracker 5)', () => {
  const rt = useRt5Server();
  let f: CoreFixture | null = null;
  afterEach(() => {
    if (f !== null) removeFixture(f);
    f = null;
  });

  it('the last return closes the case; its case_closed event resolves the case ticket once, with a comment saying why', async () => {
    const fx = await signedInFixture();
    f = fx;
    const [badge, monitor] = await inventory(fx, [
      { assetTag: 'BADGE-971', make: 'HID', model: 'iCLASS', assetClass: 'badge' },
      { assetTag: 'IT-000972', serial: 'MON972', model: 'P2422H', assetClass: 'monitor' },
    ]);
    if (badge === undefined || monitor === undefined) throw new Error('no devices');
    await fx.call('cases.import', csvFile('hris.csv', [HRIS_HEADER, 'E-970,Rui Costa,Omar Reyes,full-time,on-site,,2026-11-02,yes,BADGE-971;IT-000972,']));
    const caseId = (await fx.call('cases.list', { filter: 'open', offset: 0, limit: 1 })).rows[0]?.caseId ?? '';
    await receive(fx, monitor);
    const driver = rt5Driver(rt().restUrl, rt().rootToken);
    // The first return reaches RT while the case is still open: its ticket exists and is not resolved.
    expect((await deliverAll(driver, await syncItems(fx, monitor.id))).every((r) => r.kind === 'delivered')).toBe(true);
    const desk = rtDesk(rt().restUrl, rt().rootToken);
    const found = (await desk.get(`tickets?query=${encodeURIComponent("'CF.{Dockside Key}' = 'case:RET-000001'")}`)) as { items: { id: string }[] };
    const ticketId = Number(found.items[0]?.id);
    expect(((await desk.get(`ticket/${ticketId}`)) as { Status: string }).Status).not.toBe('resolved');

    // Neither device holds data: the badge coming back settles the case, which closes itself.
    await receive(fx, badge);
    expect((await fx.call('cases.get', { caseId })).closedAt).not.toBeNull();
    const items = await syncItems(fx, badge.id);
    expect(items.map((i) => i.event.type)).toEqual(['asset_registered', 'received', 'case_returned', 'case_closed']);
    expect(items[3]?.event.payload).toMatchObject({ caseNumber: 'RET-000001', assets: 2, licences: 0 });
    expect((await deliverAll(driver, items)).every((r) => r.kind === 'delivered')).toBe(true);
    expect(((await desk.get(`ticket/${ticketId}`)) as { Status: string }).Status).toBe('resolved');

    // Delivered again (an answer lost): nothing is posted or changed twice.
    expect((await deliverAll(driver, items)).every((r) => r.kind === 'delivered')).toBe(true);
    const closing = (await desk.comments(ticketId)).filter((c) => decoded(c.content).includes('Case RET-000001 closed in Dockside'));
    expect(closing).toHaveLength(1);
    const statusChanges = (await desk.history('ticket', ticketId)).filter((t) => t.type === 'Status' && t.newValue === 'resolved');
    expect(statusChanges).toHaveLength(1);
  });
});
