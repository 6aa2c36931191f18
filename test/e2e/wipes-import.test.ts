import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { NWIPE_FIXTURES, readFixture } from '../support/nwipe/fixtures';
import { receivedDevice } from '../support/wipes/wipe-station';
import type { AppUnderTest } from './harness/harness';
import { useHarness } from './harness/use-harness';
import { countEvents, withSupervisor } from './harness/station';
import { navButton, waitForBanner } from './harness/ui';

/** The day after the committed nwipe logs were written, with the laptop whose drive they wiped on the dock. */
async function dayAfterTheWipe(fixture: CoreFixture): Promise<void> {
  fixture.clock.set('2026-11-21T09:00:00.000Z');
  await withSupervisor(fixture);
  await receivedDevice(fixture, { assetTag: 'IT-000700', serial: 'HOST700', make: 'Dell', model: 'OptiPlex 7010', assetClass: 'desktop' });
  fixture.clock.set('2026-11-22T09:00:00.000Z');
  await fixture.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
}

describe('importing an nwipe log in Chromium', () => {
  const harness = useHarness();
  let app: AppUnderTest | null = null;

  async function openImport(): Promise<AppUnderTest> {
    const opened = await harness.open({ prepare: dayAfterTheWipe });
    await navButton(opened.page, 'Wipes').click();
    await opened.page.getByRole('button', { name: 'Import nwipe log' }).click();
    await opened.page.getByRole('heading', { name: 'Import an nwipe log' }).waitFor();
    await opened.page.getByLabel("Wipe machine's clock (offset from UTC)").fill('+00:00');
    return opened;
  }

  it('previews the log, asks for what it does not say, imports it once, and the device leaves the queue', async () => {
    app = await openImport();
    const { page, fixture } = app;
    await page.getByLabel("Host device, if the log's drive serial is not on record (tag or serial)").fill('IT-000700');
    await page.getByLabel('The log file nwipe wrote (--logfile)').setInputFiles(NWIPE_FIXTURES.erased);
    expect(await waitForBanner(page, 'zero-verify-last-erased.nwipe.txt: nwipe completed the run')).toBe('info');
    const card = page.getByRole('region', { name: 'Drive /dev/loop0' });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('nwipe statusErased');
    expect(text).toContain('Will be recorded asPassed wipe');
    expect(text).toContain('Clear by Overwrite');
    expect(text).toContain('nwipe 0.33 · nwipe method Fill With Zeros, 1 round, final blanking pass, verification of the last pass');
    expect(text).toContain('HostIT-000700');
    expect(text).toContain('the drive\u2019s serial number, from its label');
    expect(text).toContain('the standard followed (e.g. NIST SP 800-88 Rev. 1)');
    const importButton = page.getByRole('button', { name: 'Import 1 wipe record(s)' });
    expect(await importButton.isDisabled()).toBe(true);

    await card.getByLabel('Drive serial (from its label)').fill('WD-WCC4N7ZK1234');
    await card.getByLabel('Drive type').selectOption('hdd');
    await card.getByLabel('Standard followed').selectOption('nist-800-88-r1');
    await card.getByLabel('Post-sanitization classification').fill('Unclassified');
    await card.getByLabel('Destination').selectOption('recycling');
    await importButton.click();
    expect(await waitForBanner(page, 'Imported 1 wipe record(s) from zero-verify-last-erased.nwipe.txt')).toBe('success');
    await page.getByTestId('queue-counts').filter({ hasText: '0 devices waiting' }).waitFor();
    expect(countEvents(fixture, { type: 'wipe_completed', assetTag: 'IT-000700' })).toBe(1);

    await page.getByRole('button', { name: 'Import nwipe log' }).click();
    await page.getByLabel("Wipe machine's clock (offset from UTC)").fill('+00:00');
    await page.getByLabel('The log file nwipe wrote (--logfile)').setInputFiles(NWIPE_FIXTURES.erased);
    expect(await waitForBanner(page, 'This log was already imported')).toBe('warning');
    await page.getByText(/^Already imported on .* by SUP-1: nothing will be recorded twice\.$/).waitFor();
    expect(await page.getByRole('button', { name: 'Import 1 wipe record(s)' }).isDisabled()).toBe(true);
    expect(app.problems).toEqual([]);
  });

  it('shows a failed wipe as failed, and explains a truncated log and a file that is not nwipe\u2019s', async () => {
    app = await openImport();
    const { page } = app;
    await page.getByLabel("Host device, if the log's drive serial is not on record (tag or serial)").fill('IT-000700');
    await page.getByLabel('The log file nwipe wrote (--logfile)').setInputFiles(NWIPE_FIXTURES.failed);
    const card = page.getByRole('region', { name: 'Drive /dev/loop0' });
    await card.getByText('FAILED wipe: nwipe reports FAILED; 1 pass error, 1 fdatasync I/O error').waitFor();

    const whole = readFixture(NWIPE_FIXTURES.erased);
    await page.getByLabel('The log file nwipe wrote (--logfile)').setInputFiles({ name: 'cut.txt', mimeType: 'text/plain', buffer: whole.subarray(0, 1200) });
    expect(await waitForBanner(page, 'That nwipe log is cut short')).toBe('error');
    await page.getByRole('alert').filter({ hasText: 'before nwipe\u2019s summary' }).waitFor();

    await page.getByLabel('The log file nwipe wrote (--logfile)').setInputFiles({ name: 'inventory.csv', mimeType: 'text/csv', buffer: Buffer.from('serial,status\nS3Z9,erased\n') });
    expect(await waitForBanner(page, 'That file is not a log written by nwipe')).toBe('error');
  });
});
