import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { csvFile, HRIS_HEADER, HRIS_HEADER_WITH_EMAIL } from '../support/cases/case-station';
import { rtDesk } from '../support/rt5/rt-desk';
import { useRt5Server } from '../support/rt5/use-rt5-server';
import { startHarness, type Harness } from './harness/harness';
import { SUPERVISOR } from './harness/station';
import { openSyncStation, type SyncStation } from './harness/sync-station';
import { quickReceive } from './harness/sync-ui';
import { navButton, waitForBanner } from './harness/ui';

const DAY = 86_400_000;
const decoded = (content: string): string => (/^[A-Za-z0-9+/=\s]+$/.test(content) && !content.includes(' ') ? Buffer.from(content, 'base64').toString('utf8') : content);

describe('offboarding returns with the sync worker and a real Request Tracker 5, in Chromium', () => {
  const rt = useRt5Server();
  let harness: Harness;
  let station: SyncStation | null = null;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await station?.close();
    station = null;
  });
  afterAll(async () => {
    await harness.close();
  });

  it('a step sent from the case page is replied on the case ticket, and the last return closes the case and resolves the ticket, without a pull', async () => {
    // Eight days after the separation: the devices are late and an escalation step is due.
    const separation = new Date(Date.now() - 8 * DAY).toISOString().slice(0, 10);
    station = await openSyncStation(harness, {
      prepare: async (s) => {
        await s.call('setup.createFirstSupervisor', { ...SUPERVISOR, loadDemoData: false });
        await s.call('assets.register', { assetTag: 'IT-000501', serial: 'MON501', make: 'Dell', model: 'P2422H', assetClass: 'monitor' });
        await s.call('assets.register', { assetTag: 'BADGE-502', make: 'HID', model: 'iCLASS', assetClass: 'badge' });
        await s.call('cases.import', csvFile('hris.csv', [HRIS_HEADER_WITH_EMAIL, `E-500,Tao Lin,Omar Reyes,full-time,on-site,,${separation},yes,IT-000501;BADGE-502,,tao.lin@example.com`]));
        await s.call('sync.saveConnector', { id: 'rt', kind: 'rt5', name: 'Service desk RT', enabled: true, settings: { url: rt().restUrl, timeoutMs: 5_000 }, backfill: true });
        await s.call('sync.setToken', { connectorId: 'rt', token: rt().rootToken });
      },
    });
    const { page } = station;
    const desk = rtDesk(rt().restUrl, rt().rootToken);
    const caseTicket = async (): Promise<number | null> => {
      const found = (await desk.get(`tickets?query=${encodeURIComponent("'CF.{Dockside Key}' = 'case:RET-000001'")}`)) as { items: { id: string }[] };
      return found.items[0] === undefined ? null : Number(found.items[0].id);
    };

    await navButton(page, 'Returns').click();
    await page.getByRole('table', { name: 'Offboarding cases' }).getByText('Tao Lin').click();
    await page.getByRole('heading', { name: 'Case RET-000001: Tao Lin' }).waitFor();
    const escalation = page.getByRole('region', { name: 'Escalation' });
    await expect.poll(() => escalation.getByLabel('Message to send').inputValue()).toMatch(/^To: Tao Lin <tao\.lin@example\.com>\n/);
    await escalation.getByText("with tao.lin@example.com added as Cc so it is mailed to them").waitFor();
    await escalation.getByRole('button', { name: 'Send through Service desk RT and record it' }).click();
    expect(await waitForBanner(page, /sent through Service desk RT and recorded on RET-000001/)).toBe('success');

    // The worker, woken by the recording, files the events on the case ticket and replies with the message once.
    await expect.poll(async () => {
      const ticketId = await caseTicket();
      return ticketId === null ? [] : (await desk.replies(ticketId)).map((r) => decoded(r.content));
    }, { timeout: 30_000, interval: 500 }).toEqual([expect.stringContaining('Dear Tao Lin,')]);
    // RT mails the reply to the employee: their address is a Cc of the case ticket.
    const replied = await caseTicket();
    expect(((await desk.get(`ticket/${replied ?? 0}`)) as { Cc: { id: string }[] }).Cc.map((w) => w.id)).toEqual(['tao.lin@example.com']);

    await navButton(page, 'Receive').click();
    await quickReceive(page, ['IT-000501', 'BADGE-502']);
    await page.getByText(/2 of 2 back on case RET-000001/).first().waitFor();
    // Neither device holds data: the last return settled the case, which closed itself.
    expect(station.db.prepare("SELECT count(*) AS n FROM case_log WHERE kind = 'closed'").get()).toEqual({ n: 1 });
    const ticketId = await caseTicket();
    if (ticketId === null) throw new Error('no case ticket');
    await expect.poll(async () => ((await desk.get(`ticket/${ticketId}`)) as { Status: string }).Status, { timeout: 30_000, interval: 500 }).toBe('resolved');
    expect(station.problems).toEqual([]);
  });

  it('a step with no e-mail address is not offered through RT: the panel says why, and copying stays available', async () => {
    const separation = new Date(Date.now() - 8 * DAY).toISOString().slice(0, 10);
    station = await openSyncStation(harness, {
      prepare: async (s) => {
        await s.call('setup.createFirstSupervisor', { ...SUPERVISOR, loadDemoData: false });
        await s.call('assets.register', { assetTag: 'IT-000511', serial: 'LAP511', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' });
        await s.call('cases.import', csvFile('hris.csv', [HRIS_HEADER, `E-510,Uma Roy,Omar Reyes,full-time,on-site,,${separation},yes,IT-000511,`]));
        await s.call('sync.saveConnector', { id: 'rt', kind: 'rt5', name: 'Service desk RT', enabled: true, settings: { url: rt().restUrl, timeoutMs: 5_000 }, backfill: true });
        await s.call('sync.setToken', { connectorId: 'rt', token: rt().rootToken });
      },
    });
    const { page } = station;
    await navButton(page, 'Returns').click();
    await page.getByRole('table', { name: 'Offboarding cases' }).getByText('Uma Roy').click();
    await page.getByRole('heading', { name: 'Case RET-000001: Uma Roy' }).waitFor();
    const escalation = page.getByRole('region', { name: 'Escalation' });
    await escalation
      .getByText('The case has no e-mail address for the employee (HRIS column employee_email), so it cannot be sent through Service desk RT: copy the message and send it yourself.')
      .waitFor();
    expect(await escalation.getByLabel('Message to send').inputValue()).toMatch(/^To: Uma Roy\n/);
    expect(await escalation.getByRole('button', { name: /^Send through/ }).count()).toBe(0);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await escalation.getByRole('button', { name: 'Copy for manual sending and record it' }).click();
    expect(await waitForBanner(page, 'Reminder to the employee copied and recorded on RET-000001')).toBe('success');
    await escalation.getByText(/Reminder to the employee to Uma Roy, copied for manual sending by/).waitFor();
    expect(station.problems).toEqual([]);
  });
});
