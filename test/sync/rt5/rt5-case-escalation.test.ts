import { afterEach, describe, expect, it } from 'vitest';
import { plainSyncServices } from '../../../electron/sync/default-sync-services';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { csvFile, HRIS_HEADER, HRIS_HEADER_WITH_EMAIL, inventory } from '../../support/cases/case-station';
import { deliverAll } from '../../support/rt5/deliver-all';
import { syncItems } from '../../support/rt5/dock-events';
import { rtDesk } from '../../support/rt5/rt-desk';
import { rt5Driver } from '../../support/rt5/rt5-connector-fixture';
import { useRt5Server } from '../../support/rt5/use-rt5-server';

const DAY = 86_400_000;
const decoded = (content: string): string => (/^[A-Za-z0-9+/=\s]+$/.test(content) && !content.includes(' ') ? Buffer.from(content, 'base64').toString('utf8') : content);

describe('escalation messages sent through Request Tracker 5 (real RT)', () => {
  const rt = useRt5Server();
  let f: CoreFixture | null = null;
  afterEach(() => {
    if (f !== null) removeFixture(f);
    f = null;
  });

  it('without a connector the step can only be copied; with one it is sent to the employee\'s address: one reply on the case ticket, the employee made its Cc, posted once', async () => {
    const fx = await signedInFixture({ sync: plainSyncServices({ DOCKSIDE_TOKEN_RT: rt().rootToken }) });
    f = fx;
    const [laptop, monitor] = await inventory(fx, [
      { assetTag: 'IT-000961', serial: 'RT961', model: 'ThinkPad X1', assetClass: 'laptop' },
      { assetTag: 'IT-000962', serial: 'RT962', model: 'P2422H', assetClass: 'laptop' },
    ]);
    if (laptop === undefined || monitor === undefined) throw new Error('no devices');
    await fx.call('cases.import', csvFile('hris.csv', [HRIS_HEADER_WITH_EMAIL, 'E-960,Lina Park,Omar Reyes,full-time,on-site,,2026-11-02,yes,IT-000961;IT-000962,,lina.park@example.com']));
    const caseId = (await fx.call('cases.list', { filter: 'open', offset: 0, limit: 1 })).rows[0]?.caseId ?? '';
    fx.clock.advance(2 * DAY);
    await fx.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });

    // No RT connector: the desk is told it can only copy, and a send is refused with nothing recorded.
    expect((await fx.call('cases.message', { caseId, step: 'employee' })).itsm).toBeNull();
    expect(expectFailure(await fx.core.invoke('cases.sendReminder', { caseId, step: 'employee' }))).toBe('CASE_NO_ITSM');
    expect((await fx.call('cases.get', { caseId })).messages).toEqual([]);

    await fx.call('sync.saveConnector', { id: 'rt', kind: 'rt5', name: 'Service desk RT', enabled: true, settings: { url: rt().restUrl, timeoutMs: 5_000 }, backfill: true });
    const draft = await fx.call('cases.message', { caseId, step: 'employee' });
    expect(draft).toMatchObject({ recipient: 'Lina Park', address: 'lina.park@example.com', itsm: 'Service desk RT', missingAddress: null });
    const detail = await fx.call('cases.sendReminder', { caseId, step: 'employee' });
    expect(detail.messages.map((m) => [m.step, m.recipient, m.channel])).toEqual([['employee', 'Lina Park', 'itsm']]);
    expect(detail.nextStep).toBeNull();

    // The custody event itself carries the message, so the outbox can send it and the evidence shows what was said.
    const items = [...(await syncItems(fx, laptop.id)), ...(await syncItems(fx, monitor.id))];
    const reminders = items.filter((i) => i.event.type === 'return_reminder_sent');
    expect(reminders).toHaveLength(2);
    expect(reminders.map((i) => [i.event.payload['channel'], i.event.payload['recipient'], i.event.payload['address'], i.event.payload['subject']])).toEqual([
      ['itsm', 'Lina Park', 'lina.park@example.com', draft.subject],
      ['itsm', 'Lina Park', 'lina.park@example.com', draft.subject],
    ]);
    expect(reminders[0]?.event.payload['body']).toBe(draft.body);

    const driver = rt5Driver(rt().restUrl, rt().rootToken);
    expect(await deliverAll(driver, items)).toEqual(items.map(() => expect.objectContaining({ kind: 'delivered' })));
    // A retry of everything (answers lost): RT mails nothing twice.
    expect((await deliverAll(driver, items)).every((r) => r.kind === 'delivered')).toBe(true);

    const desk = rtDesk(rt().restUrl, rt().rootToken);
    const found = (await desk.get(`tickets?query=${encodeURIComponent("'CF.{Dockside Key}' = 'case:RET-000001'")}`)) as { items: { id: string }[] };
    expect(found.items).toHaveLength(1);
    const ticketId = Number(found.items[0]?.id);
    // RT mails the reply to the employee because the employee's address is a Cc of the ticket.
    const ticket = (await desk.get(`ticket/${ticketId}`)) as { Cc: { id: string }[] };
    expect(ticket.Cc.map((w) => w.id)).toEqual(['lina.park@example.com']);
    const replies = await desk.replies(ticketId);
    // Two devices out, one reminder: one reply, with the exact text the desk read.
    expect(replies).toHaveLength(1);
    expect(replies[0]?.subject).toMatch(/^Return of company equipment: case RET-000001 \(employee, [0-9a-f]{8}\)$/);
    const text = decoded(replies[0]?.content ?? '');
    expect(text).toContain('Dear Lina Park,');
    expect(text).toContain('ThinkPad X1 (laptop), asset IT-000961, serial RT961: due 2026-11-02');
    expect(text).toContain('P2422H (laptop), asset IT-000962, serial RT962: due 2026-11-02');
    // Each device's event is still filed as its own comment, saying how the message went.
    const comments = await desk.comments(ticketId);
    expect(comments.filter((c) => decoded(c.content).includes('Escalation (employee) sent to Lina Park as a reply on this ticket'))).toHaveLength(2);
  });

  it('a manager given by e-mail is made a Cc of the case ticket before the reply, so RT mails the manager; a step copied by hand posts no reply', async () => {
    const fx = await signedInFixture({ sync: plainSyncServices({ DOCKSIDE_TOKEN_RT: rt().rootToken }) });
    f = fx;
    const [laptop] = await inventory(fx, [{ assetTag: 'IT-000981', serial: 'RT981', model: 'ThinkPad X1', assetClass: 'laptop' }]);
    if (laptop === undefined) throw new Error('no laptop');
    await fx.call('cases.import', csvFile('hris.csv', [HRIS_HEADER, 'E-980,Ivo Dean,omar.reyes@example.com,full-time,on-site,,2026-11-02,yes,IT-000981,']));
    const caseId = (await fx.call('cases.list', { filter: 'open', offset: 0, limit: 1 })).rows[0]?.caseId ?? '';
    await fx.call('sync.saveConnector', { id: 'rt', kind: 'rt5', name: 'RT', enabled: true, settings: { url: rt().restUrl, timeoutMs: 5_000 }, backfill: true });
    fx.clock.advance(2 * DAY);
    await fx.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    await fx.call('cases.recordReminder', { caseId, step: 'employee' });
    fx.clock.advance(2 * DAY);
    await fx.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    expect((await fx.call('cases.get', { caseId })).nextStep).toBe('manager');
    const draft = await fx.call('cases.message', { caseId, step: 'manager' });
    expect(draft).toMatchObject({ recipient: 'omar.reyes@example.com', address: 'omar.reyes@example.com', itsm: 'RT', missingAddress: null });
    await fx.call('cases.sendReminder', { caseId, step: 'manager' });

    const items = await syncItems(fx, laptop.id);
    const driver = rt5Driver(rt().restUrl, rt().rootToken);
    expect((await deliverAll(driver, items)).every((r) => r.kind === 'delivered')).toBe(true);
    expect((await deliverAll(driver, items)).every((r) => r.kind === 'delivered')).toBe(true);

    const desk = rtDesk(rt().restUrl, rt().rootToken);
    const found = (await desk.get(`tickets?query=${encodeURIComponent("'CF.{Dockside Key}' = 'case:RET-000001'")}`)) as { items: { id: string }[] };
    const ticketId = Number(found.items[0]?.id);
    const ticket = (await desk.get(`ticket/${ticketId}`)) as { Cc: { id: string }[] };
    // (The ticket is shared with the first test, whose employee is already a Cc.)
    expect(ticket.Cc.map((w) => w.id)).toContain('omar.reyes@example.com');
    // (The RT server is shared by this file's tests, and each test's station numbers its first case RET-000001.)
    const replies = (await desk.replies(ticketId)).filter((r) => decoded(r.content).includes('Ivo Dean'));
    expect(replies.map((r) => r.subject)).toEqual([expect.stringMatching(/^Return of company equipment: case RET-000001 \(manager, [0-9a-f]{8}\)$/)]);
    expect(decoded(replies[0]?.content ?? '')).toContain('Dear omar.reyes@example.com,');
  });

  it('a step with no address is not sent through RT (refused, nothing recorded) and stays copyable; HR goes to the policy\'s HR mailbox', async () => {
    const fx = await signedInFixture({ sync: plainSyncServices({ DOCKSIDE_TOKEN_RT: rt().rootToken }) });
    f = fx;
    const [laptop] = await inventory(fx, [{ assetTag: 'IT-000991', serial: 'RT991', model: 'ThinkPad X1', assetClass: 'laptop' }]);
    if (laptop === undefined) throw new Error('no laptop');
    await fx.call('cases.import', csvFile('hris.csv', [HRIS_HEADER, 'E-990,Rui Costa,Omar Reyes,full-time,on-site,,2026-11-02,yes,IT-000991,']));
    const caseId = (await fx.call('cases.list', { filter: 'open', offset: 0, limit: 1 })).rows[0]?.caseId ?? '';
    await fx.call('sync.saveConnector', { id: 'rt', kind: 'rt5', name: 'RT', enabled: true, settings: { url: rt().restUrl, timeoutMs: 5_000 }, backfill: true });
    await fx.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    const policy = (await fx.call('cases.policy', {})).policy;
    await fx.call('cases.savePolicy', { ...policy, hrMailbox: 'people@example.com' });
    fx.clock.advance(2 * DAY);
    await fx.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });

    const employee = await fx.call('cases.message', { caseId, step: 'employee' });
    expect(employee).toMatchObject({ address: null, itsm: 'RT', missingAddress: expect.stringContaining('no e-mail address for the employee') });
    expect(expectFailure(await fx.core.invoke('cases.sendReminder', { caseId, step: 'employee' }))).toBe('CASE_NO_ADDRESS');
    expect((await fx.call('cases.get', { caseId })).messages).toEqual([]);
    await fx.call('cases.recordReminder', { caseId, step: 'employee' });
    fx.clock.advance(2 * DAY);
    await fx.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    expect(expectFailure(await fx.core.invoke('cases.sendReminder', { caseId, step: 'manager' }))).toBe('CASE_NO_ADDRESS');
    await fx.call('cases.recordReminder', { caseId, step: 'manager' });
    fx.clock.advance(4 * DAY);
    await fx.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    expect((await fx.call('cases.get', { caseId })).nextStep).toBe('hr');
    expect(await fx.call('cases.message', { caseId, step: 'hr' })).toMatchObject({ recipient: 'Human Resources', address: 'people@example.com', missingAddress: null });
    await fx.call('cases.sendReminder', { caseId, step: 'hr' });

    const items = await syncItems(fx, laptop.id);
    expect((await deliverAll(rt5Driver(rt().restUrl, rt().rootToken), items)).every((r) => r.kind === 'delivered')).toBe(true);
    const desk = rtDesk(rt().restUrl, rt().rootToken);
    const found = (await desk.get(`tickets?query=${encodeURIComponent("'CF.{Dockside Key}' = 'case:RET-000001'")}`)) as { items: { id: string }[] };
    const ticketIds = found.items.map((i) => Number(i.id));
    const ccs = await Promise.all(ticketIds.map(async (id) => ((await desk.get(`ticket/${id}`)) as { Cc: { id: string }[] }).Cc.map((w) => w.id)));
    expect(ccs.flat()).toContain('people@example.com');
    // Only the HR step went through RT: the two copied steps posted no reply.
    const replies = (await Promise.all(ticketIds.map((id) => desk.replies(id)))).flat().filter((r) => decoded(r.content).includes('Rui Costa'));
    expect(replies.map((r) => r.subject)).toEqual([expect.stringMatching(/\(hr, [0-9a-f]{8}\)$/)]);
  });
});
