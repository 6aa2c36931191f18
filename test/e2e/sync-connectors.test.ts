import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness/harness';
import { SUPERVISOR } from './harness/station';
import { openSyncStation, withWebhookConnector, WEBHOOK_SECRET, type SyncStation } from './harness/sync-station';
import { connectorCard, formField, openConnectorSettings, openSyncScreen, refusedTable, syncIndicator, waitForIndicator } from './harness/sync-ui';
import { navButton, waitForBanner } from './harness/ui';

/** A port on 127.0.0.1 where nothing listens any more. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('connector settings in Chromium, against a real webhook receiver', () => {
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

  it('a supervisor adds a webhook connector: mistakes named beside their fields, mappings as rows, the token never shown back, the connection tested in words', async () => {
    station = await openSyncStation(harness, {
      prepare: (s) => s.call('setup.createFirstSupervisor', { ...SUPERVISOR, loadDemoData: false }).then(() => undefined),
    });
    const { page, receiver } = station;
    expect(await waitForIndicator(page, 'Not syncing')).toBe('none');
    expect(await syncIndicator(page).textContent()).toContain('No central system set up');
    await openConnectorSettings(page);
    await page.getByRole('button', { name: 'Add a connector' }).click();
    const form = page.getByRole('form', { name: 'Add a connector' });
    const field = (label: string) => formField(form, label);

    await field('Connector ID').locator('input').fill('Central Hook!');
    await field('Address (URL)').locator('input').fill('ftp://hooks.example.com/in');
    await field('Timeout (ms)').locator('input').fill('100');
    await field('Batch size (events per call)').locator('input').fill('0');
    await field('Requests per minute (blank: no limit)').locator('input').fill('lots');
    await form.getByRole('button', { name: 'Save connector' }).click();
    await form.getByRole('alert').filter({ hasText: 'Nothing was saved' }).waitFor();
    expect(await field('Connector ID').textContent()).toContain('A connector ID is 2–32 lower-case letters, digits or dashes');
    expect(await field('Name').textContent()).toContain('Give the connector a name');
    expect(await field('Address (URL)').textContent()).toContain('Give the full address, starting with https://');
    expect(await field('Timeout (ms)').textContent()).toContain('Give a whole number of milliseconds from 500 to 120000.');
    expect(await field('Batch size (events per call)').textContent()).toContain('Give a whole number of events from 1 to 500.');
    expect(await field('Requests per minute (blank: no limit)').textContent()).toContain('or leave it empty for no limit');
    expect(await station.call('sync.connectors', {})).toEqual([]);

    await field('Connector ID').locator('input').fill('central-hook');
    await field('Name').locator('input').fill('Central hook');
    await field('Address (URL)').locator('input').fill(receiver.url);
    await field('Timeout (ms)').locator('input').fill('3000');
    await field('Batch size (events per call)').locator('input').fill('10');
    await field('Requests per minute (blank: no limit)').locator('input').fill('');
    await form.getByLabel('Their status for Received').fill('in-stock');
    await form.getByLabel('Their status for Picked up').fill('shipped-itad');
    await form.getByLabel('Their field for Condition grade').fill('grade');
    await form.getByRole('button', { name: 'Add a conflict status' }).click();
    await form.getByLabel('Conflict status 1').fill('Stolen');
    await form.getByRole('button', { name: 'Save connector' }).click();
    await waitForBanner(page, 'Saved Central hook (central-hook)');
    expect(await form.count()).toBe(0);
    const [saved] = await station.call('sync.connectors', {});
    expect(saved).toMatchObject({
      id: 'central-hook',
      kind: 'webhook',
      enabled: true,
      hasToken: false,
      settings: {
        url: receiver.url,
        timeoutMs: 3000,
        maxBatch: 10,
        requestsPerMinute: null,
        statusMap: { received: 'in-stock', 'picked-up': 'shipped-itad' },
        fieldMap: { condition: 'grade' },
        conflictStatuses: ['Stolen'],
      },
    });

    const card = connectorCard(page, 'Central hook');
    expect(await card.getByTestId('token-state').textContent()).toBe('Not set');
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByText('Does not work: No token is set for this connector. Enter one first.').waitFor();
    expect(await waitForIndicator(page, 'Needs a token')).toBe('stuck');
    expect(await syncIndicator(page).textContent()).toContain('Central hook · up to date');

    await card.getByRole('button', { name: 'Set token' }).click();
    const tokenForm = card.getByRole('form', { name: 'New token for Central hook' });
    const tokenInput = tokenForm.getByLabel(/New token/);
    expect(await tokenInput.getAttribute('type')).toBe('password');
    await tokenInput.fill(WEBHOOK_SECRET);
    await tokenForm.getByRole('button', { name: 'Save token' }).click();
    await waitForBanner(page, 'New token set for Central hook');
    await card.getByTestId('token-state').filter({ hasText: 'Set' }).waitFor();
    expect(station.secrets.get('central-hook')).toBe(WEBHOOK_SECRET);
    expect(await page.content()).not.toContain(WEBHOOK_SECRET);

    const setToken = async (token: string) => {
      await card.getByRole('button', { name: /^Set (a new )?token$/ }).click();
      await tokenForm.getByLabel(/New token/).fill(token);
      await tokenForm.getByRole('button', { name: 'Save token' }).click();
      await waitForBanner(page, 'New token set for Central hook');
    };
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByText(`Works: The receiver at ${new URL(receiver.url).host} answered and accepted the signature.`).waitFor();
    expect(receiver.stats.pings).toBe(1);
    expect(await waitForIndicator(page, 'Online · up to date')).toBe('ok');

    await card.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit Central hook (central-hook)' });
    expect(await edit.getByLabel('Their status for Received').inputValue()).toBe('in-stock');
    expect(await edit.getByLabel('Conflict status 1').inputValue()).toBe('Stolen');
    expect(await formField(edit, 'Connector ID').locator('input').isDisabled()).toBe(true);
    const port = await closedPort();
    await formField(edit, 'Address (URL)').locator('input').fill(`http://127.0.0.1:${port}/hook`);
    await edit.getByRole('button', { name: 'Save connector' }).click();
    await waitForBanner(page, 'Saved Central hook (central-hook)');
    await page.getByText('The address changed, so the old token was dropped: set the token for the new address.').waitFor();
    await card.getByTestId('token-state').filter({ hasText: 'Not set' }).waitFor();
    expect(station.secrets.get('central-hook')).toBeNull();
    expect(await card.getByText(/^Works:/).count()).toBe(0);
    await setToken(WEBHOOK_SECRET);
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByText(/^Does not work: .*refused the connection: nothing is listening there/).waitFor();

    await card.getByRole('button', { name: 'Edit' }).click();
    await formField(edit, 'Address (URL)').locator('input').fill(receiver.url.replace('/hook', '/no-such-hook'));
    await page.keyboard.press('Escape');
    expect(await edit.count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Add a connector');
    expect((await station.call('sync.connectors', {}))[0]?.settings.url).toBe(`http://127.0.0.1:${port}/hook`);

    await card.getByRole('button', { name: 'Edit' }).click();
    await formField(edit, 'Address (URL)').locator('input').fill(receiver.url.replace('/hook', '/no-such-hook'));
    await edit.getByRole('button', { name: 'Save connector' }).click();
    await waitForBanner(page, 'Saved Central hook (central-hook)');
    await setToken(WEBHOOK_SECRET);
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByText(/^Does not work: .*404 Not Found/).waitFor();

    await card.getByRole('button', { name: 'Edit' }).click();
    await formField(edit, 'Address (URL)').locator('input').fill(receiver.url);
    await edit.getByRole('button', { name: 'Save connector' }).click();
    await waitForBanner(page, 'Saved Central hook (central-hook)');
    await setToken('not-the-secret');
    await card.getByRole('button', { name: 'Test connection' }).click();
    await card.getByText(/^Does not work: The server refused the token \(401 Unauthorized\)/).waitFor();

    await card.getByRole('button', { name: 'Remove…' }).click();
    const removal = card.getByRole('group', { name: 'Remove Central hook' });
    await removal.getByText(/^Remove Central hook\? .* Its delivered log and decisions are kept\.$/).waitFor();
    await removal.getByRole('button', { name: 'Keep it' }).click();
    expect(await removal.count()).toBe(0);
    expect(await station.call('sync.connectors', {})).toHaveLength(1);
    await card.getByRole('button', { name: 'Remove…' }).click();
    await removal.getByRole('button', { name: 'Remove Central hook' }).click();
    await waitForBanner(page, 'Removed Central hook (central-hook)');
    expect(await card.count()).toBe(0);
    expect(await station.call('sync.connectors', {})).toEqual([]);
    expect(station.secrets.get('central-hook')).toBeNull();
    expect(station.problems).toEqual([]);
  });

  it('shows Request Tracker\u2019s own settings with its defaults when that system is chosen', async () => {
    station = await openSyncStation(harness, {
      prepare: (s) => s.call('setup.createFirstSupervisor', { ...SUPERVISOR, loadDemoData: false }).then(() => undefined),
    });
    const { page } = station;
    await openConnectorSettings(page);
    await page.getByRole('button', { name: 'Add a connector' }).click();
    const form = page.getByRole('form', { name: 'Add a connector' });
    expect(await form.getByRole('group', { name: 'Request Tracker' }).count()).toBe(0);
    await form.getByLabel('System').selectOption('rt5');
    const rt = form.getByRole('group', { name: 'Request Tracker' });
    expect(await rt.getByLabel('Asset catalog').getAttribute('placeholder')).toBe('Dock Receiving');
    expect(await form.getByLabel('RT lifecycle status for Wipe pending').getAttribute('placeholder')).toBe('default: quarantined');
    await formField(form, 'Connector ID').locator('input').fill('central-rt');
    await formField(form, 'Name').locator('input').fill('Central RT');
    await formField(form, 'Address (URL)').locator('input').fill('https://rt.example.com');
    await rt.getByLabel('Asset catalog').fill('Returns desk');
    await rt.getByLabel('Time zone RT reads dates in').fill('Mars/Olympus');
    await rt.getByRole('checkbox', { name: 'Site' }).check();
    await form.getByRole('button', { name: 'Save connector' }).click();
    await rt.getByText('Give a time zone name such as Europe/Berlin or UTC').waitFor();
    await rt.getByLabel('Time zone RT reads dates in').fill('Europe/Berlin');
    await form.getByRole('button', { name: 'Save connector' }).click();
    await waitForBanner(page, 'Saved Central RT (central-rt)');
    const [saved] = await station.call('sync.connectors', {});
    expect(saved?.settings.rt5).toEqual({ catalog: 'Returns desk', timeZone: 'Europe/Berlin', notWritten: ['site'] });
  });

  it('a technician sees the sync state and the server\u2019s reasons, but cannot change connectors or decide on refused events', async () => {
    station = await openSyncStation(harness, {
      prepare: async (s) => {
        await s.call('setup.createFirstSupervisor', { ...SUPERVISOR, loadDemoData: false });
        await s.call('users.add', { technicianId: 'TECH-7', name: 'Theo Tran', role: 'technician', pin: '7777' });
        await s.call('assets.register', { assetTag: 'IT-300001', serial: 'SN300001', make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop', custodian: 'Ana Lima' });
        s.receiver.rejectWhen = () => 'asset class "laptop" is not allowed at this site';
        await withWebhookConnector(s);
        await s.call('auth.signIn', { technicianId: 'TECH-7', pin: '7777' });
      },
    });
    const { page } = station;
    await page.getByTestId('signed-in-as').filter({ hasText: 'Theo Tran (TECH-7) · technician' }).waitFor();
    expect(await waitForIndicator(page, 'Online · 1 needs a supervisor')).toBe('attention');
    expect(await navButton(page, 'Settings').count()).toBe(0);

    await openSyncScreen(page);
    await refusedTable(page).getByRole('cell', { name: 'asset class "laptop" is not allowed at this site' }).waitFor();
    expect(await refusedTable(page).getByRole('cell', { name: 'IT-300001' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Run now' }).isVisible()).toBe(true);
    for (const name of ['Retry', 'Retry all', 'Dismiss with note', 'Connector settings']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    }
    expect(await page.getByRole('region', { name: 'Decision history' }).count()).toBe(0);

    const refused = await page.evaluate(async () => {
      const save = await window.api.invoke('sync.saveConnector', {
        id: 'central-hook',
        kind: 'webhook',
        name: 'Hijacked',
        enabled: true,
        settings: { url: 'https://elsewhere.example.com/hook' },
      });
      const token = await window.api.invoke('sync.setToken', { connectorId: 'central-hook', token: 'mine' });
      const retryAll = await window.api.invoke('sync.retryAll', { connectorId: null });
      return [save, token, retryAll].map((r) => (r.ok ? 'done' : r.error.code));
    });
    expect(refused).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Signed out.').waitFor();
    await station.call('auth.signIn', { technicianId: SUPERVISOR.technicianId, pin: SUPERVISOR.pin });
    const [connector] = await station.call('sync.connectors', {});
    expect(connector).toMatchObject({ name: 'Central hook', settings: { url: station.receiver.url } });
    expect(station.secrets.get('central-hook')).toBe(WEBHOOK_SECRET);
    expect(await syncIndicator(page).count()).toBe(0);
  });
});
