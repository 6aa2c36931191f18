import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AssetView } from '../../shared/domain/asset';
import type { CoreFixture } from '../support/core-fixture';
import { csvFile, HRIS_HEADER_WITH_EMAIL, inventory, receive } from '../support/cases/case-station';
import { wedgeScan } from './harness/keys';
import { countEvents, withSupervisor } from './harness/station';
import { banner, navButton, waitForBanner } from './harness/ui';
import { useHarness } from './harness/use-harness';

/** A datetime-local value for a moment some hours before the station's (fake) clock, in this machine's zone. */
function localInput(fixture: CoreFixture, hoursBefore: number): string {
  const d = new Date(fixture.clock.now().getTime() - hoursBefore * 3_600_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Ada's case: one laptop, late, not yet back; the HRIS gave her e-mail address. */
async function adaLate(f: CoreFixture): Promise<AssetView> {
  await withSupervisor(f);
  const [laptop] = await inventory(f, [{ assetTag: 'IT-000101', serial: 'PF1LAP', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' }]);
  if (laptop === undefined) throw new Error('no laptop');
  await f.call('cases.import', csvFile('hris.csv', [HRIS_HEADER_WITH_EMAIL, 'E-100,Ada Lovelace,Grace Hopper,full-time,on-site,,2026-11-02,yes,IT-000101,,ada.lovelace@example.com']));
  f.clock.advance(2 * 86_400_000);
  await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
  return laptop;
}

async function openAdaCase(page: Page, filter: RegExp): Promise<void> {
  await navButton(page, 'Returns').click();
  await page.getByRole('button', { name: filter }).click();
  await page.getByRole('table', { name: 'Offboarding cases' }).getByText('Ada Lovelace').click();
  await page.getByRole('heading', { name: 'Case RET-000001: Ada Lovelace' }).waitFor();
}

describe('offboarding returns in Chromium: sending through the ITSM, and closing on its own', () => {
  const harness = useHarness();

  it('with an RT connector the escalation step is sent through it, and the page says which channel was used', async () => {
    const app = await harness.open({
      prepare: async (f) => {
        await adaLate(f);
        await f.call('sync.saveConnector', { id: 'rt', kind: 'rt5', name: 'Service desk RT', enabled: true, settings: { url: 'http://127.0.0.1:9', timeoutMs: 1_000 }, backfill: false });
      },
    });
    const { page, fixture } = app;
    await openAdaCase(page, /^Overdue/);
    const escalation = page.getByRole('region', { name: 'Escalation' });
    await escalation.getByText("Sent through Service desk RT: a reply on the case's ticket, with ada.lovelace@example.com added as Cc so it is mailed to them.").waitFor();
    await expect.poll(() => escalation.getByLabel('Message to send').inputValue()).toContain('Dear Ada Lovelace,');
    await escalation.getByRole('button', { name: 'Send through Service desk RT and record it' }).click();
    expect(await waitForBanner(page, 'Reminder to the employee sent through Service desk RT and recorded on RET-000001')).toBe('success');
    await escalation.getByText(/Reminder to the employee to Ada Lovelace, through the ITSM by SUP-1/).waitFor();
    const payload = JSON.parse((fixture.db.prepare("SELECT payload FROM custody_events WHERE type = 'return_reminder_sent'").get() as { payload: string }).payload) as Record<string, unknown>;
    expect(payload).toMatchObject({ channel: 'itsm', step: 'employee', recipient: 'Ada Lovelace', address: 'ada.lovelace@example.com' });
    expect(String(payload['body'])).toContain('ThinkPad T14 (laptop), asset IT-000101, serial PF1LAP: due 2026-11-02');
    // The event waits in the outbox for the connector.
    expect((fixture.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n).toBeGreaterThan(0);
    expect(app.problems).toEqual([]);
  });

  it('without a connector only copying is offered', async () => {
    const app = await harness.open({ prepare: async (f) => void (await adaLate(f)) });
    const { page } = app;
    await openAdaCase(page, /^Overdue/);
    const escalation = page.getByRole('region', { name: 'Escalation' });
    await escalation.getByText('No ITSM is connected: copy the message and send it yourself.').waitFor();
    expect(await escalation.getByRole('button', { name: /^Send through/ }).count()).toBe(0);
    await escalation.getByRole('button', { name: 'Copy for manual sending and record it' }).waitFor();
    expect(app.problems).toEqual([]);
  });

  it('a wipe recorded on the Wipes screen that sanitizes the last device closes the case, with no Close button pressed', async () => {
    const app = await harness.open({
      prepare: async (f) => {
        // The laptop came back at the dock: the case waits only for its wipe.
        await receive(f, await adaLate(f));
      },
    });
    const { page, fixture } = app;
    expect(countEvents(fixture, { type: 'case_closed' })).toBe(0);
    await navButton(page, 'Wipes').click();
    await wedgeScan(page, 'IT-000101');
    await page.getByRole('heading', { name: 'Wipe: IT-000101' }).waitFor();
    await page.getByRole('button', { name: /^Add drive/ }).click();
    await page.waitForFunction(() => document.activeElement?.closest('[aria-label="Add a drive"]') != null);
    await wedgeScan(page, 'SSD-ADA-1');
    await page.keyboard.press('Enter');
    await waitForBanner(page, 'Drive SSD-ADA-1 added');
    await page.getByRole('button', { name: 'Record wipe' }).click();
    const form = page.getByRole('form', { name: 'Record the wipe: SSD-ADA-1' });
    await form.getByLabel('Tool', { exact: true }).fill('nwipe');
    await form.getByLabel('Tool version').fill('0.35');
    await form.getByLabel('Started').fill(localInput(fixture, 2));
    await form.getByLabel('Finished').fill(localInput(fixture, 1));
    await form.getByLabel('Post-sanitization classification').fill('Unclassified');
    await form.getByLabel('Post-sanitization classification').press('Enter');
    expect(await waitForBanner(page, 'Wipe recorded: IT-000101 is sanitized to policy')).toBe('success');
    await banner(page).getByText('Offboarding case RET-000001 is closed: it was the last device the case waited for.').waitFor();
    expect(countEvents(fixture, { type: 'case_closed' })).toBe(1);

    await openAdaCase(page, /^Closed/);
    await page.getByText(/^Closed /).first().waitFor();
    expect(await page.getByRole('button', { name: /^Close (the case|\(when)/ }).count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});
