import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfPrinter, type ClosablePrinter } from '../../electron/cli/chromium-pdf-printer';
import type { CoreFixture } from '../support/core-fixture';
import { insertVendor, wipedDevice } from '../support/pickups/pickup-station';
import { readPdf, squeeze } from '../support/wipes/pdf-text';
import { receivedDevice } from '../support/wipes/wipe-station';
import { VIEWPORT } from './harness/harness';
import { wedgeScan } from './harness/keys';
import { takeTones } from './harness/sound-recorder';
import { countEvents, verifyLog, withSupervisor } from './harness/station';
import { navButton, waitForBanner } from './harness/ui';
import { useHarness } from './harness/use-harness';

const SUCCESS_HZ = 1760;
const WARNING_HZ = 660;
const ERROR_HZ = 196;

async function dock(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  insertVendor(fixture, 'V-ACME', 'Acme Recycling');
  await wipedDevice(fixture, { assetTag: 'IT-300001', serial: 'SN300001', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' }, 'DRV-300001');
  await wipedDevice(fixture, { assetTag: 'IT-300002', serial: 'SN300002', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' }, 'DRV-300002');
  await wipedDevice(fixture, { assetTag: 'IT-300003', serial: 'SN300003', make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop' }, 'DRV-300003');
  await receivedDevice(fixture, { assetTag: 'IT-300009', serial: 'SN300009', make: 'HP', model: 'EliteBook 840', assetClass: 'laptop' });
}

/** Draws a zig-zag in a signature box with the mouse, as a person would with a finger or pen. */
async function drawSignature(page: Page, pad: Locator): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (box === null) throw new Error('signature box not visible');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i += 1) await page.mouse.move(box.x + 20 + i * ((box.width - 40) / 12), box.y + (i % 2 === 0 ? 0.25 : 0.75) * box.height, { steps: 3 });
  await page.mouse.up();
}

const counter = (page: Page, name: string): Locator => page.getByTestId(`counter-${name}`).locator('dd');

describe('an ITAD pickup through the Pickups screen, keyboard and scanner first', () => {
  const harness = useHarness();
  let printer: ClosablePrinter;
  beforeAll(() => {
    printer = chromiumPdfPrinter();
  });
  afterAll(async () => {
    await printer.close();
  });

  it('stages, opens a session, scans with counters and a substitution, refuses an unwiped laptop until a supervisor overrides, resolves, signs, signs off and prints the receipt', async () => {
    const app = await harness.open({ prepare: dock, coreOptions: { pdf: printer } });
    const { page, fixture } = app;
    await navButton(page, 'Pickups').click();
    await page.getByTestId('ready-count').filter({ hasText: '3 sanitized devices ready' }).waitFor();
    await page.getByRole('button', { name: 'Stage all ready devices' }).click();
    expect(await waitForBanner(page, '3 devices staged for pickup')).toBe('success');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(VIEWPORT.width);
    await page.screenshot({ path: join(tmpdir(), 'dockside-pickups-home.png') });

    await page.getByRole('button', { name: 'Start pickup session' }).click();
    expect(await waitForBanner(page, /^Pickup PU-\d{8}-[0-9A-F]{6} opened/)).toBe('success');
    expect(await counter(page, 'expected').textContent()).toBe('3');

    const open = page.getByRole('form', { name: 'Open a container' });
    await open.getByLabel('Container label').fill('PAL-1');
    await open.getByLabel('Seal (optional)').fill('SEAL-0042');
    await open.getByLabel('Seal (optional)').press('Enter');
    expect(await waitForBanner(page, 'Pallet PAL-1 open: scans go into it')).toBe('success');
    await page.waitForFunction(() => document.activeElement?.classList.contains('scan-field__input') === true);

    await takeTones(page);
    await wedgeScan(page, 'IT-300001');
    expect(await waitForBanner(page, 'IT-300001 matched')).toBe('success');
    await wedgeScan(page, 'SN300002');
    expect(await waitForBanner(page, 'IT-300002 matched')).toBe('success');
    expect((await takeTones(page)).map((t) => t.frequency)).toEqual([SUCCESS_HZ, SUCCESS_HZ]);
    await wedgeScan(page, 'DRV-300003');
    expect(await waitForBanner(page, 'Substitution: DRV-300003')).toBe('warning');
    expect((await takeTones(page)).map((t) => t.frequency)).toEqual([WARNING_HZ, WARNING_HZ]);
    expect(await counter(page, 'scanned').textContent()).toBe('3');
    expect(await counter(page, 'missing').textContent()).toBe('1');
    expect(await counter(page, 'substituted').textContent()).toBe('1');

    await wedgeScan(page, 'IT-300009');
    expect(await waitForBanner(page, 'Refused: IT-300009')).toBe('error');
    expect((await takeTones(page)).map((t) => t.frequency)).toEqual([ERROR_HZ]);
    const override = page.getByRole('form', { name: 'Supervisor override' });
    await override.getByText('No drive recorded yet: add the storage it holds (serial and type).').waitFor();
    await override.getByLabel('Supervisor ID').fill('SUP-1');
    await override.getByLabel('Supervisor PIN').fill('4321');
    await override.getByLabel('Why it may go anyway').fill('Vendor shreds it on arrival');
    await override.getByLabel('Why it may go anyway').press('Enter');
    expect(await waitForBanner(page, 'Not on the manifest: IT-300009')).toBe('warning');
    expect(await counter(page, 'unexpected').textContent()).toBe('1');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(VIEWPORT.width);
    await page.screenshot({ path: join(tmpdir(), 'dockside-pickup-session.png') });

    const lines = page.getByRole('table', { name: 'Session lines' });
    await lines.getByRole('row').filter({ hasText: 'DRV-300003' }).getByRole('button', { name: 'Resolve' }).click();
    const resolveDrive = page.getByRole('form', { name: /^Resolve line 4/ });
    await resolveDrive.getByLabel('Resolution').selectOption('left-behind');
    await resolveDrive.getByLabel('Reason').fill('Drive goes back into IT-300003');
    await resolveDrive.getByLabel('Reason').press('Enter');
    expect(await waitForBanner(page, 'Line 4 resolved')).toBe('success');
    await lines.getByRole('row').filter({ hasText: 'IT-300009' }).getByRole('button', { name: 'Resolve' }).click();
    const resolveExtra = page.getByRole('form', { name: /^Resolve line 5/ });
    await resolveExtra.getByLabel('Resolution').selectOption('added');
    await resolveExtra.getByLabel('Reason').fill('Destruction lot agreed with the vendor');
    await resolveExtra.getByLabel('Reason').press('Enter');
    expect(await waitForBanner(page, 'Line 5 resolved')).toBe('success');
    await page.waitForFunction(() => document.activeElement?.classList.contains('scan-field__input') === true);
    await wedgeScan(page, 'IT-300003');
    expect(await waitForBanner(page, 'IT-300003 matched')).toBe('success');
    for (const name of ['missing', 'unexpected', 'substituted']) expect(await counter(page, name).textContent()).toBe('0');

    const driver = page.getByRole('form', { name: 'Driver signature' });
    await driver.getByLabel('Driver name').fill('Dana Driver');
    await driver.getByLabel('Company').fill('Acme Recycling');
    await driver.getByLabel('Vehicle / plate').fill('KX-12-AB');
    await drawSignature(page, driver.getByRole('img', { name: 'Driver signs here' }));
    await driver.getByRole('button', { name: 'Driver signs' }).click();
    expect(await waitForBanner(page, 'Driver Dana Driver signed')).toBe('success');
    const technician = page.getByRole('form', { name: 'Technician signature' });
    await drawSignature(page, technician.getByRole('img', { name: 'Technician signs here' }));
    await technician.getByRole('button', { name: 'Technician signs' }).click();
    expect(await waitForBanner(page, 'Technician signed')).toBe('success');

    await page.screenshot({ path: join(tmpdir(), 'dockside-pickup-signatures.png'), fullPage: true });
    const signOff = page.getByRole('form', { name: 'Supervisor sign-off' });
    await signOff.getByLabel('Supervisor ID').fill('SUP-1');
    await signOff.getByLabel('Supervisor PIN').fill('4321');
    await signOff.getByRole('button', { name: 'Sign off and lock' }).click();
    expect(await waitForBanner(page, 'Session signed off and locked')).toBe('success');
    await page.getByTestId('session-status').filter({ hasText: 'Signed off by SUP-1' }).waitFor();
    expect(await page.getByRole('textbox', { name: /^Scan / }).count()).toBe(0);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Receipt (PDF)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^chain-of-custody-receipt-PU-\d{8}-[0-9A-F]{6}\.pdf$/);
    const text = squeeze(readPdf(await readFile(await download.path())).text);
    expect(text).toContain('Chain-of-custody receipt');
    expect(text).toContain('Acme Recycling');
    for (const serial of ['SN300001', 'SN300002', 'SN300003', 'SN300009', 'DRV-300003']) expect(text).toContain(serial);
    expect(text).toContain('PAL-1 SEAL-0042');
    expect(text).toContain('Driver: Dana Driver');
    expect(text).toContain('Vehicle: KX-12-AB');
    expect(text).toContain('Refusal overridden by supervisor SUP-1');
    expect(text).toContain('every fact verifies against the station key');

    expect(countEvents(fixture, { type: 'picked_up' })).toBe(4);
    expect(countEvents(fixture, { type: 'substitution_found', assetTag: 'IT-300003' })).toBe(1);
    expect(verifyLog(fixture).ok).toBe(true);
    const images = fixture.db.prepare("SELECT count(*) AS n FROM pickup_facts WHERE kind = 'signature' AND length(payload ->> 'png') > 1000").get() as { n: number };
    expect(images.n).toBe(2);
    expect(app.problems).toEqual([]);
  }, 120_000);
});
