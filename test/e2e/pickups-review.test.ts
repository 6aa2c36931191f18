import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { insertVendor } from '../support/pickups/pickup-station';
import { pickupSession } from '../support/pickups/signed-session';
import { withSupervisor } from './harness/station';
import { navButton, waitForBanner } from './harness/ui';
import { useHarness } from './harness/use-harness';

async function twoVendors(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  await pickupSession(fixture);
  insertVendor(fixture, 'V-BETA', 'Beta ITAD');
  await fixture.call('pickups.create', { vendorId: 'V-BETA', fromStaged: false });
}

describe('the supervisor review of pickup sessions', () => {
  const harness = useHarness();

  it('filters sessions by vendor and status, opens one with who did what, and adds a correction after sign-off', async () => {
    const { page, fixture } = await harness.open({ prepare: twoVendors });
    await navButton(page, 'Pickups').click();
    await page.getByRole('button', { name: 'Supervisor review' }).click();
    const sessions = page.getByRole('table', { name: 'Pickup sessions' });
    await sessions.getByRole('row').nth(2).waitFor();
    expect(await sessions.getByRole('row').count()).toBe(3);

    const filters = page.getByRole('form', { name: 'Filter sessions' });
    await filters.getByLabel('Vendor').selectOption({ label: 'Beta ITAD' });
    await sessions.getByRole('row').filter({ hasText: 'Acme Recycling' }).waitFor({ state: 'detached' });
    expect(await sessions.getByRole('row').count()).toBe(2);
    await filters.getByLabel('Vendor').selectOption({ label: 'All vendors' });
    await filters.getByLabel('Status').selectOption('signed-off');
    await sessions.getByRole('row').filter({ hasText: 'Beta ITAD' }).waitFor({ state: 'detached' });
    const signed = sessions.getByRole('row').filter({ hasText: 'Acme Recycling' });
    expect(await signed.textContent()).toContain('Signed off');

    await signed.getByRole('button', { name: /^PU-/ }).click();
    await page.getByTestId('session-status').filter({ hasText: 'Signed off by SUP-1' }).waitFor();
    const record = page.getByRole('region', { name: 'Session record' });
    await record.getByText('Every fact of this session verifies against the station key.').waitFor();
    await record.getByText('Supervisor Sam Supervisor signed the session off').waitFor();
    await record.getByText('Driver Dana Driver (Acme Recycling, KX-12-AB) signed').waitFor();
    await record.getByText('Opened pallet PAL-77 (seal SEAL-7700)').waitFor();

    const correction = page.getByRole('form', { name: 'Add a correction' });
    await correction.getByLabel('Line (optional)').fill('2');
    await correction.getByLabel('Correction').fill('Seal number on the truck read SEAL-7701');
    await correction.getByLabel('Correction').press('Enter');
    expect(await waitForBanner(page, 'Correction recorded')).toBe('success');
    await record.getByText('Correction to line 2: Seal number on the truck read SEAL-7701').waitFor();
    const corrected = fixture.db.prepare("SELECT count(*) AS n FROM custody_events WHERE type = 'pickup_corrected'").get() as { n: number };
    expect(corrected.n).toBe(1);
  }, 60_000);
});
