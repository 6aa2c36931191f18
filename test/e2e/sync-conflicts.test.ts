import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness/harness';
import { SUPERVISOR } from './harness/station';
import { startConflictGate, type ConflictGate } from './harness/sync-conflict-gate';
import { openSyncStation, withWebhookConnector, type SyncStation } from './harness/sync-station';
import { openSyncScreen, quickReceive, waitForIndicator } from './harness/sync-ui';
import { waitForBanner } from './harness/ui';

describe('conflicts with the central record in Chromium', () => {
  let harness: Harness;
  let station: SyncStation | null = null;
  let gate: ConflictGate | null = null;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await station?.close();
    await gate?.close();
    station = null;
    gate = null;
  });
  afterAll(async () => {
    await harness.close();
  });

  it('shows both sides; "Apply ours" sends the event over the central change, "Keep theirs" sends nothing; each needs a note and is kept', async () => {
    station = await openSyncStation(harness, {
      prepare: async (s) => {
        await s.call('setup.createFirstSupervisor', { ...SUPERVISOR, loadDemoData: false });
        for (const tag of ['IT-500001', 'IT-500002']) {
          await s.call('assets.register', { assetTag: tag, serial: `SN-${tag}`, make: 'Apple', model: 'MacBook Air', assetClass: 'laptop', custodian: 'Ben Okafor' });
        }
        gate = await startConflictGate(s.receiver.url);
        gate.holdWhen = (event) =>
          event.type === 'received' ? { reason: 'The central record was marked Stolen after this was recorded', remote: { status: 'Stolen', custodian: 'Security desk' } } : null;
        await withWebhookConnector(s, gate.url);
      },
    });
    const { page, receiver } = station;
    await waitForIndicator(page, 'Online · up to date');
    await quickReceive(page, ['IT-500001', 'IT-500002']);
    expect(await waitForIndicator(page, 'Online · 2 need a supervisor')).toBe('attention');

    await openSyncScreen(page);
    const first = page.getByRole('region', { name: 'Conflict: Received at the dock of IT-500001' });
    const second = page.getByRole('region', { name: 'Conflict: Received at the dock of IT-500002' });
    await first.waitFor();
    expect(await first.textContent()).toContain('The central record was marked Stolen after this was recorded');
    const sides = first.getByRole('table', { name: 'Ours and theirs' });
    const side = async (field: string) => sides.getByRole('row').filter({ has: page.getByRole('rowheader', { name: field, exact: true }) }).allTextContents();
    expect(await side('status')).toEqual(['status—Stolen']);
    expect(await side('custodian')).toEqual(['custodian—Security desk']);
    expect(await side('event')).toEqual(['eventreceived—']);
    expect(await side('fromCustodian')).toEqual(['fromCustodianBen Okafor—']);

    await first.getByRole('button', { name: 'Apply ours' }).click();
    await first.getByText('Write a note: say why, for the record.').waitFor();
    await first.getByLabel(/Why\?/).fill('Found on the dock: the theft report was a mix-up');
    await first.getByRole('button', { name: 'Apply ours' }).click();
    await waitForBanner(page, 'Applying ours: Received at the dock of IT-500001 (Central hook)');
    await first.waitFor({ state: 'detached' });

    await second.getByLabel(/Why\?/).fill('Security keeps it: leave central as it is');
    await second.getByRole('button', { name: 'Keep theirs' }).click();
    await waitForBanner(page, 'Keeping theirs: Received at the dock of IT-500002 (Central hook)');
    await page.getByText('No conflicts.').waitFor();
    expect(await waitForIndicator(page, 'Online · up to date')).toBe('ok');

    const applied = receiver.applied.map((e) => `${e.type}`);
    expect(applied).toEqual(['asset_registered', 'asset_registered', 'received']);
    const history = page.getByRole('table', { name: 'Decision history' });
    expect(await history.getByRole('row').filter({ hasText: 'Applied ours' }).textContent()).toContain('Found on the dock: the theft report was a mix-up');
    expect(await history.getByRole('row').filter({ hasText: 'Kept theirs' }).textContent()).toContain('Security keeps it: leave central as it is');
    expect(station.problems).toEqual([]);
  });
});
