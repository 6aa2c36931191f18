import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfPrinter, type ClosablePrinter } from '../../electron/cli/chromium-pdf-printer';
import type { CoreFixture } from '../support/core-fixture';
import { readPdf, squeeze } from '../support/wipes/pdf-text';
import { addDrive, mediumId, receivedDevice, wipeInput } from '../support/wipes/wipe-station';
import { startHarness, type AppUnderTest, type Harness } from './harness/harness';
import { withSupervisor } from './harness/station';
import { navButton, signInWith, waitForBanner } from './harness/ui';

async function wipedDesktops(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  await fixture.call('users.add', { technicianId: 'TECH-9', name: 'Tom Tech', role: 'technician', pin: '9999' });
  for (const n of [1, 2]) {
    const desktop = await receivedDevice(fixture, { assetTag: `IT-00080${n}`, make: 'HP', model: 'EliteDesk 800', assetClass: 'desktop' });
    const view = await addDrive(fixture, desktop.id, `=HDD-80${n}`, 'hdd');
    await fixture.call('wipes.record', wipeInput(fixture, desktop.id, mediumId(view, `=HDD-80${n}`), { level: 'clear', technique: 'overwrite', tool: 'nwipe', toolVersion: '0.33' }));
  }
  await receivedDevice(fixture, { assetTag: 'IT-000803', make: 'Lenovo', model: 'T14', assetClass: 'laptop' });
}

describe('recovery policy, batch certificate and CSV in Chromium', () => {
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

  it('lets a supervisor raise a class policy, which the queue shows at once; a technician only reads it', async () => {
    app = await harness.open({ prepare: wipedDesktops });
    const { page } = app;
    await navButton(page, 'Wipes').click();
    await page.getByRole('button', { name: 'Recovery policy' }).click();
    await page.getByLabel('Laptop: required level').selectOption('purge');
    await page.getByLabel('Laptop: deadline in days').fill('3');
    await page.getByRole('button', { name: 'Save Laptop' }).click();
    expect(await waitForBanner(page, 'Policy saved for Laptop')).toBe('success');
    await page.getByRole('button', { name: '← Wipe queue' }).click();
    const row = page.getByRole('table', { name: 'Wipe queue' }).getByRole('row').filter({ hasText: 'IT-000803' });
    await row.filter({ hasText: 'Purge' }).waitFor();
    expect(await row.textContent()).toContain('due in 3 d');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInWith(page, 'TECH-9', '9999');
    await navButton(page, 'Wipes').click();
    await page.getByRole('button', { name: 'View policy' }).click();
    expect(await page.getByLabel('Laptop: required level').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save Laptop' }).count()).toBe(0);
  });

  it('downloads a batch certificate and the auditors\u2019 CSV', async () => {
    app = await harness.open({ prepare: wipedDesktops, coreOptions: { pdf: printer } });
    const { page } = app;
    await navButton(page, 'Wipes').click();
    await page.getByRole('button', { name: 'Certificates and CSV' }).click();
    const form = page.getByRole('form', { name: 'Certificates and CSV' });
    await form.getByLabel('Wipes finished from (UTC)').fill('2026-11-01');
    await form.getByLabel('to (UTC)').fill('2026-11-30');
    const pdfDownload = page.waitForEvent('download');
    await form.getByRole('button', { name: 'Batch certificate (PDF)' }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toMatch(/^certificate-of-sanitization-2026-11-01-to-2026-11-30-COS-[0-9A-F]{12}\.pdf$/);
    const text = squeeze(readPdf(await readFile(await pdf.path())).text);
    expect(text).toContain('Batch: 2 device(s), 2 medium/media');
    expect(text).toContain('=HDD-801');
    expect(await waitForBanner(page, 'Batch certificate ready: 2 device(s), 2 drive(s)')).toBe('success');

    await page.getByRole('button', { name: 'Certificates and CSV' }).click();
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV of every wipe' }).click();
    const csv = await readFile(await (await csvDownload).path(), 'utf8');
    expect(csv.startsWith('\ufeffHost asset tag,')).toBe(true);
    expect(csv).toContain(",'=HDD-801,Hard disk (HDD),");
    expect(csv.split('\r\n')).toHaveLength(4);
  });
});
