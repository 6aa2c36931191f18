import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { insertVendor, wipedDevice } from '../support/pickups/pickup-station';
import { wedgeScan } from './harness/keys';
import { withSupervisor } from './harness/station';
import { navButton, waitForBanner } from './harness/ui';
import { useHarness } from './harness/use-harness';

const COLUMNS = [
  { column: 'Serial No', field: 'serial' },
  { column: 'Asset', field: 'assetTag' },
  { column: 'Model', field: 'model' },
] as const;

const MANIFEST = ['\ufeffSerial No;Asset;Model', 'SN600001;IT-600001;ThinkPad T14', 'SN600002;;Latitude 5440', '4.5E+11;;EliteBook', 'VEND-77;;OptiPlex 7010', ''].join('\r\n');

async function dock(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  insertVendor(fixture, 'V-ACME', 'Acme Recycling', [...COLUMNS]);
  await wipedDevice(fixture, { assetTag: 'IT-600001', serial: 'SN600001', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' }, 'DRV-600001');
  await wipedDevice(fixture, { assetTag: 'IT-600002', serial: 'SN600002', make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop' }, 'DRV-600002');
}

describe('a vendor manifest imported into a pickup session in Chromium', () => {
  const harness = useHarness();

  it('previews the file with a reason for the Excel-damaged line, imports the rest, flags the wrong model on scan, and exports the vendor layout', async () => {
    const { page } = await harness.open({ prepare: dock });
    await navButton(page, 'Pickups').click();
    await page.getByRole('checkbox', { name: /Expected manifest from the/ }).uncheck();
    await page.getByRole('button', { name: 'Start pickup session' }).click();
    await waitForBanner(page, /^Pickup PU-.* opened/);

    await page.getByLabel("Import the vendor's manifest (CSV)").setInputFiles({ name: 'acme.csv', mimeType: 'text/csv', buffer: Buffer.from(MANIFEST, 'utf8') });
    const preview = page.getByRole('form', { name: 'Manifest preview' });
    await preview.getByTestId('manifest-counts').filter({ hasText: '4 lines read · 3 to add (1 not in inventory) · 0 already expected · 1 with problems' }).waitFor();
    await preview.getByRole('list', { name: 'Lines that cannot be imported' }).getByText(/^Line 4: The serial reads 4\.5E\+11: Excel turned it into a number/).waitFor();
    await preview.getByRole('button', { name: /^Import 3 lines/ }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Import 3 lines') === true);
    await page.keyboard.press('Enter');
    expect(await waitForBanner(page, '3 manifest lines added')).toBe('warning');
    expect(await page.getByTestId('counter-expected').locator('dd').textContent()).toBe('3');

    const open = page.getByRole('form', { name: 'Open a container' });
    await open.getByLabel('Container label').fill('BOX-1');
    await open.getByLabel('Container label').press('Enter');
    await waitForBanner(page, 'Pallet BOX-1 open: scans go into it');
    await page.waitForFunction(() => document.activeElement?.classList.contains('scan-field__input') === true);
    await wedgeScan(page, 'IT-600002');
    expect(await waitForBanner(page, 'Substitution: IT-600002')).toBe('warning');
    await page.getByRole('status').getByText('Model differs: the manifest says Latitude 5440, the record says Latitude 7440.').waitFor();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Manifest (CSV)', exact: true }).click();
    const csv = (await readFile(await (await downloading).path(), 'utf8')).replace(/^\ufeff/, '').split('\r\n');
    expect(csv[0]).toBe('Serial No,Asset,Model');
    expect(csv.slice(1, 4)).toEqual(['SN600001,IT-600001,ThinkPad T14', 'SN600002,IT-600002,Latitude 7440', 'VEND-77,,OptiPlex 7010']);
  }, 60_000);
});
