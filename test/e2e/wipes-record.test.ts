import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfPrinter, type ClosablePrinter } from '../../electron/cli/chromium-pdf-printer';
import type { CoreFixture } from '../support/core-fixture';
import { readPdf, squeeze } from '../support/wipes/pdf-text';
import { receivedDevice } from '../support/wipes/wipe-station';
import { startHarness, type AppUnderTest, type Harness } from './harness/harness';
import { wedgeScan } from './harness/keys';
import { takeTones } from './harness/sound-recorder';
import { countEvents, verifyLog, withSupervisor } from './harness/station';
import { navButton, waitForBanner } from './harness/ui';

const SUCCESS_HZ = 1760;
const WARNING_HZ = 660;

/** A datetime-local value for a moment some hours before the station's (fake) clock, in this machine's zone. */
function localInput(fixture: CoreFixture, hoursBefore: number): string {
  const d = new Date(fixture.clock.now().getTime() - hoursBefore * 3_600_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

async function laptops(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  await fixture.call('users.add', { technicianId: 'QA-7', name: 'Quinn Auditor', role: 'technician', pin: '7777' });
  await receivedDevice(fixture, { assetTag: 'IT-000601', serial: 'PF3ABC12', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' });
  await receivedDevice(fixture, { assetTag: 'IT-000602', serial: 'HIGH602', make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop', sensitivity: 'high' });
}

describe('recording wipes in Chromium, keyboard first', () => {
  let harness: Harness;
  let printer: ClosablePrinter;
  let app: AppUnderTest | null = null;

  beforeAll(async () => {
    harness = await startHarness();
    printer = chromiumPdfPrinter();
  });
  afterEach(async () => {
    await app?.close();
    app = null;
  });
  afterAll(async () => {
    await printer.close();
    await harness.close();
  });

  it('scan, add the drive, record a failed wipe, escalate to Destroy: the device leaves the queue and the certificate reads right', async () => {
    app = await harness.open({ prepare: laptops, coreOptions: { pdf: printer } });
    const { page, fixture } = app;
    await navButton(page, 'Wipes').click();
    await page.getByTestId('queue-counts').filter({ hasText: '2 devices' }).waitFor();
    await wedgeScan(page, 'IT-000601');
    await page.getByRole('heading', { name: 'Wipe: IT-000601' }).waitFor();

    await page.keyboard.press('Alt+a');
    const add = page.getByRole('form', { name: 'Add a drive' });
    await add.getByLabel('Type').selectOption('nvme');
    await add.getByLabel('Make').fill('Samsung');
    await add.getByLabel('Model').fill('PM9A1');
    // The drive's label is scanned last: the scanner's Enter adds the drive.
    await add.getByLabel('Drive serial (scan its label)').focus();
    await wedgeScan(page, 'S3Z9NB0K123456X');
    expect(await waitForBanner(page, 'Drive S3Z9NB0K123456X added')).toBe('success');

    const drive = page.getByRole('region', { name: 'Drive S3Z9NB0K123456X' });
    await drive.getByRole('button', { name: 'Record wipe' }).click();
    const form = page.getByRole('form', { name: 'Record the wipe: S3Z9NB0K123456X' });
    await form.getByLabel('Tool', { exact: true }).fill('nwipe');
    await form.getByLabel('Tool version').fill('0.33');
    await form.getByLabel('Result').selectOption('fail');
    await form.getByLabel('Why it failed').fill('verification found non-zero sectors');
    await form.getByLabel('Started').fill(localInput(fixture, 2));
    await form.getByLabel('Finished').fill(localInput(fixture, 1));
    await form.getByLabel('Post-sanitization classification').fill('Unclassified');
    await takeTones(page);
    await form.getByLabel('Post-sanitization classification').press('Enter');
    expect(await waitForBanner(page, 'Failed wipe recorded: IT-000601 stays in the wipe queue')).toBe('warning');
    expect((await takeTones(page)).map((t) => t.frequency)).toEqual([WARNING_HZ, WARNING_HZ]);
    expect(await page.getByTestId('wipe-status').textContent()).toContain('Drive S3Z9NB0K123456X: the wipe failed (verification found non-zero sectors). Retry it, or escalate to Destroy.');

    await drive.getByRole('button', { name: 'Escalate to Destroy' }).click();
    const escalate = page.getByRole('form', { name: 'Escalate to Destroy: S3Z9NB0K123456X' });
    expect(await escalate.getByLabel('Level (NIST SP 800-88)').inputValue()).toBe('destroy');
    expect(await escalate.getByLabel('Technique').inputValue()).toBe('shred');
    expect(await escalate.getByLabel('Destination').inputValue()).toBe('destruction');
    await escalate.getByLabel('Tool', { exact: true }).fill('SEM 0300 shredder');
    await escalate.getByLabel('Tool version').fill('2021');
    await escalate.getByLabel('Started').fill(localInput(fixture, 1));
    await escalate.getByLabel('Finished').fill(localInput(fixture, 0.5));
    await escalate.getByLabel('Post-sanitization classification').fill('Destroyed');
    await escalate.getByLabel('Post-sanitization classification').press('Enter');
    expect(await waitForBanner(page, 'Wipe recorded: IT-000601 is sanitized to policy')).toBe('success');
    expect((await takeTones(page)).map((t) => t.frequency)).toEqual([SUCCESS_HZ]);
    expect(countEvents(fixture, { type: 'wipe_failed', assetTag: 'IT-000601' })).toBe(1);
    expect(countEvents(fixture, { type: 'wipe_completed', assetTag: 'IT-000601' })).toBe(1);
    expect(verifyLog(fixture).ok).toBe(true);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Certificate (PDF)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^certificate-of-sanitization-IT-000601-COS-[0-9A-F]{12}\.pdf$/);
    const text = squeeze(readPdf(await readFile(await download.path())).text);
    expect(text).toContain('Media serial number S3Z9NB0K123456X');
    expect(text).toContain('Method type (level) Destroy');
    expect(text).toContain('Tool used (and version) SEM 0300 shredder 2021');
    expect(text).toContain('Media destination Destruction');

    await page.keyboard.press('Escape');
    await page.getByTestId('queue-counts').filter({ hasText: '1 device waiting' }).waitFor();

    await navButton(page, 'Search').click();
    const search = page.getByRole('searchbox', { name: /Search by asset tag/ });
    await search.fill('IT-000601');
    await search.press('Enter');
    const history = page.getByRole('table').filter({ hasText: 'Custody history' });
    await history.getByText('Drive S3Z9NB0K123456X · FAILED: verification found non-zero sectors · nwipe 0.33').waitFor();
    await history.getByText(/^Drive S3Z9NB0K123456X · Destroy by Shred \(NIST SP 800-88 Rev\. 1\) · SEM 0300 shredder 2021 · verification Full · meets policy · device sanitized to policy$/).waitFor();
    expect(app.problems).toEqual([]);
  });

  it('holds a high-sensitivity device until a second person validates, and refuses the recorder as validator', async () => {
    app = await harness.open({ prepare: laptops });
    const { page, fixture } = app;
    await navButton(page, 'Wipes').click();
    await wedgeScan(page, 'IT-000602');
    await page.getByRole('heading', { name: 'Wipe: IT-000602' }).waitFor();
    await page.getByRole('button', { name: /^Add drive/ }).click();
    await page.waitForFunction(() => document.activeElement?.closest('[aria-label="Add a drive"]') != null);
    await wedgeScan(page, 'SSD-HIGH-1');
    await page.keyboard.press('Enter');
    await waitForBanner(page, 'Drive SSD-HIGH-1 added');
    await page.getByRole('button', { name: 'Record wipe' }).click();
    const form = page.getByRole('form', { name: 'Record the wipe: SSD-HIGH-1' });
    expect(await form.getByLabel('Level (NIST SP 800-88)').inputValue()).toBe('purge');
    await form.getByLabel('Tool', { exact: true }).fill('Blancco Drive Eraser');
    await form.getByLabel('Tool version').fill('7.12');
    await form.getByLabel('Started').fill(localInput(fixture, 2));
    await form.getByLabel('Finished').fill(localInput(fixture, 1));
    await form.getByLabel('Post-sanitization classification').fill('Unclassified');
    await form.getByRole('button', { name: /Save wipe record/ }).click();
    expect(await waitForBanner(page, 'Wipe recorded: IT-000602 stays in the wipe queue')).toBe('warning');
    expect(await page.getByTestId('wipe-status').textContent()).toContain('Drive SSD-HIGH-1 waits for a second person to validate the wipe.');

    await page.getByRole('button', { name: 'Validate (second person)' }).click();
    const validate = page.getByRole('form', { name: 'Validate the wipe' });
    await validate.getByLabel("Validator's technician ID").fill('SUP-1');
    await validate.getByLabel("Validator's PIN").fill('4321');
    await validate.getByLabel("Validator's PIN").press('Enter');
    expect(await waitForBanner(page, 'The validation must be signed by a second person')).toBe('error');
    await validate.getByLabel("Validator's technician ID").fill('QA-7');
    await validate.getByLabel("Validator's PIN").fill('7777');
    await validate.getByLabel("Validator's PIN").press('Enter');
    expect(await waitForBanner(page, 'Validation recorded: IT-000602 is sanitized to policy')).toBe('success');
    expect(await page.getByTestId('wipe-status').textContent()).toContain('Sanitized to policy');
  });
});
