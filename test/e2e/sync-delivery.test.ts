import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness/harness';
import { SUPERVISOR } from './harness/station';
import { eventIdsInOrder, openSyncStation, withWebhookConnector, type SyncStation, type SyncStationCore } from './harness/sync-station';
import { connectorCard, openSyncScreen, quickReceive, refusedTable, syncIndicator, waitForIndicator } from './harness/sync-ui';
import { waitForBanner } from './harness/ui';

const TAGS = ['IT-400001', 'IT-400002', 'IT-400003'] as const;

/** A supervisor signed in, three laptops expected back, and the webhook connector set up with its token. */
async function stationWithConnector(s: SyncStationCore): Promise<void> {
  await s.call('setup.createFirstSupervisor', { ...SUPERVISOR, loadDemoData: false });
  for (const [i, tag] of TAGS.entries()) {
    await s.call('assets.register', { assetTag: tag, serial: `SN40000${i + 1}`, make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop', custodian: 'Ana Lima' });
  }
  await withWebhookConnector(s);
}

const eventOf = (s: SyncStationCore, tag: string, type: string): string =>
  (
    s.db
      .prepare('SELECT e.id FROM custody_events e JOIN assets a ON a.id = e.asset_id WHERE a.asset_tag = ? AND e.type = ?')
      .get(tag, type) as { id: string }
  ).id;

describe('the sync indicator and the Sync screen in Chromium, with the worker delivering to a real webhook receiver', () => {
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

  it('offline, the indicator counts what waits; back online, "Run now" delivers it all in order and the indicator says so', async () => {
    station = await openSyncStation(harness, { prepare: stationWithConnector, online: false });
    const { page, receiver } = station;
    expect(await waitForIndicator(page, 'Offline · 3 waiting')).toBe('offline');
    await quickReceive(page, ['IT-400001', 'IT-400002']);
    expect(await waitForIndicator(page, 'Offline · 5 waiting')).toBe('offline');
    expect(await syncIndicator(page).textContent()).toContain('Nothing sent yet');
    expect(receiver.applied).toEqual([]);

    await openSyncScreen(page);
    const waiting = page.getByRole('table', { name: 'Waiting to send' });
    await page.getByRole('heading', { name: 'Waiting to send (5)' }).waitFor();
    expect(await waiting.getByRole('row').filter({ hasText: 'IT-400002' }).count()).toBeGreaterThan(0);
    expect(await waiting.getByRole('row').filter({ hasText: 'Central hook' }).count()).toBe(5);

    station.setOnline(true);
    const states = page.getByRole('table', { name: 'Connector states' });
    expect(await states.getByRole('row').filter({ hasText: 'Central hook' }).textContent()).toContain('Signed webhook');
    await page.getByRole('button', { name: 'Run now' }).click();
    await waitForBanner(page, 'Sending now');
    expect(await waitForIndicator(page, 'Online · up to date')).toBe('ok');
    expect(await syncIndicator(page).textContent()).toContain('Last sent just now');
    await states.getByRole('row').filter({ hasText: 'Active · up to date' }).waitFor();
    expect(receiver.applied.map((e) => e.eventId)).toEqual(eventIdsInOrder(station.db));
    expect(receiver.applied).toHaveLength(5);
    expect(receiver.orderViolations).toEqual([]);
    await page.getByRole('heading', { name: 'Waiting to send (0)' }).waitFor();
    await page.getByText('Nothing waiting: every recorded event has been sent.').waitFor();
    expect(station.problems).toEqual([]);
  });

  it('shows refused events with the server\u2019s reason; Retry and Retry all send them once fixed; Dismiss needs a note and is kept in the history', async () => {
    station = await openSyncStation(harness, {
      prepare: async (s) => {
        await stationWithConnector(s);
        s.receiver.rejectWhen = (event) => (event.type === 'received' ? 'location "Receiving dock" is unknown at central' : null);
      },
    });
    const { page, receiver } = station;
    await waitForIndicator(page, 'Online · up to date');
    await quickReceive(page, TAGS);
    expect(await waitForIndicator(page, 'Online · 3 need a supervisor')).toBe('attention');

    await openSyncScreen(page);
    const table = refusedTable(page);
    await table.getByRole('row').nth(3).waitFor();
    const row = (tag: string) => table.getByRole('row').filter({ hasText: tag });
    for (const tag of TAGS) {
      const text = await row(tag).textContent();
      expect(text).toContain('Received at the dock');
      expect(text).toContain('location "Receiving dock" is unknown at central');
      expect(text).toContain('Central hook');
    }

    const third = eventOf(station, 'IT-400003', 'received');
    receiver.rejectWhen = (event) => (event.id === third ? 'custodian Ana Lima has left: no returns accepted' : null);
    await row('IT-400001').getByRole('button', { name: 'Retry' }).click();
    await waitForBanner(page, 'Sending again: Received at the dock of IT-400001 (Central hook)');
    await row('IT-400001').waitFor({ state: 'detached' });
    await expect.poll(() => receiver.applied.map((e) => e.eventId)).toContain(eventOf(station, 'IT-400001', 'received'));

    await page.getByRole('button', { name: 'Retry all' }).click();
    await waitForBanner(page, 'Sending every refused event again');
    await row('IT-400002').waitFor({ state: 'detached' });
    await row('IT-400003').filter({ hasText: 'custodian Ana Lima has left: no returns accepted' }).waitFor();
    expect(receiver.applied.map((e) => e.eventId)).toContain(eventOf(station, 'IT-400002', 'received'));

    await row('IT-400003').getByRole('button', { name: 'Dismiss with note' }).click();
    const dismiss = page.getByRole('form', { name: 'Dismiss the Received at the dock of IT-400003' });
    await page.keyboard.press('Escape');
    await dismiss.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Dismiss with note');
    await page.keyboard.press('Enter');
    await dismiss.getByRole('button', { name: 'Dismiss' }).click();
    await dismiss.getByText('Write a note: say why, for the record.').waitFor();
    expect(await station.call('sync.problems', { connectorId: null })).toHaveLength(1);
    await dismiss.getByLabel(/Why dismiss it/).fill('Returned under the leaver process; recorded at central by hand');
    await page.keyboard.press('Enter');
    await waitForBanner(page, 'Dismissed: Received at the dock of IT-400003 (Central hook)');
    await page.getByText('No refused events.').waitFor();
    expect(await waitForIndicator(page, 'Online · up to date')).toBe('ok');

    const history = page.getByRole('table', { name: 'Decision history' });
    await history.getByRole('row').filter({ hasText: 'Dismissed' }).waitFor();
    const dismissed = (await history.getByRole('row').filter({ hasText: 'Dismissed' }).textContent()) ?? '';
    expect(dismissed).toContain('Returned under the leaver process; recorded at central by hand');
    expect(dismissed).toContain('SUP-1');
    expect(dismissed).toContain('custodian Ana Lima has left: no returns accepted');
    expect(await history.getByRole('row').filter({ hasText: 'Sent again' }).count()).toBe(3);
    const ids = receiver.applied.map((e) => e.eventId);
    expect(ids).not.toContain(third);
    expect(new Set(ids).size).toBe(ids.length);
    expect(receiver.orderViolations).toEqual([]);
  });

  it('a revoked token pauses the connector and the indicator asks for a new one; a new token resumes with each event sent once', async () => {
    station = await openSyncStation(harness, { prepare: stationWithConnector });
    const { page, receiver } = station;
    await waitForIndicator(page, 'Online · up to date');
    expect(receiver.applied).toHaveLength(3);
    receiver.setSecret('whsec-rotated-at-central-51e0');

    await quickReceive(page, ['IT-400001', 'IT-400002']);
    expect(await waitForIndicator(page, 'Needs a new token')).toBe('stuck');
    const words = await syncIndicator(page).textContent();
    expect(words).toContain('Central hook · 2 waiting');
    expect(words).toContain('Last error: The server refused the token (401 Unauthorized)');

    await openSyncScreen(page);
    await page.getByRole('table', { name: 'Connector states' }).getByRole('row').filter({ hasText: 'Paused · needs a new token' }).waitFor();
    await page.getByRole('button', { name: 'Connector settings' }).click();
    const card = connectorCard(page, 'Central hook');
    await card.getByText(/^Paused, needs a new token: The server refused the token \(401 Unauthorized\)/).waitFor();
    await card.getByRole('button', { name: 'Set a new token' }).click();
    await page.keyboard.type('whsec-rotated-at-central-51e0');
    await page.keyboard.press('Enter');
    await waitForBanner(page, 'New token set for Central hook');
    expect(await waitForIndicator(page, 'Online · up to date')).toBe('ok');
    expect(await card.getByText(/^Paused/).count()).toBe(0);
    expect(receiver.applied.map((e) => e.eventId)).toEqual(eventIdsInOrder(station.db));
    expect(receiver.duplicates).toEqual([]);
    expect(await page.content()).not.toContain('whsec-rotated-at-central-51e0');
  });
});
