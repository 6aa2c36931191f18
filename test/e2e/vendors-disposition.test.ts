import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { addVendor, pickedUpAsset } from '../support/vendors/disposition-station';
import { countEvents, SUPERVISOR, withSupervisor } from './harness/station';
import { navButton, waitForBanner } from './harness/ui';
import { useHarness } from './harness/use-harness';

const DAY = 86_400_000;
const csv = (text: string) => ({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/** A station with a supervisor, and a device out with an older vendor for 40 days (for aging). */
async function station(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  const old = await addVendor(fixture, 'Old Partner');
  await pickedUpAsset(fixture, { tag: 'IT-OLD-1', serial: 'SN-OLD-1', vendorId: old.vendorId, sessionId: 'S-OLD' });
  fixture.clock.advance(40 * DAY);
  await fixture.call('auth.signIn', { technicianId: SUPERVISOR.technicianId, pin: SUPERVISOR.pin });
}

describe('Vendors screen in Chromium', () => {
  const h = useHarness();

  it('create a vendor, build its mapping from a sample file, import a report, work the review queue, see aging', async () => {
    const { page, fixture, problems } = await h.open({ prepare: station });
    page.setDefaultTimeout(10_000);
    await navButton(page, 'Vendors').click();
    await page.getByRole('button', { name: 'Add vendor' }).click();

    const form = page.getByRole('form', { name: 'New vendor' });
    await form.getByLabel('Vendor name').fill('GreenCycle');
    await form.getByLabel('R2v3').check();
    await form.getByRole('button', { name: 'Add contact' }).click();
    await form.getByLabel('Contact 1 name').fill('Dana Driver');
    await form.getByLabel('Contact 1 email').fill('dana@greencycle.example');

    const sample = '\ufeffSerial No;Tag;Result;Date;Cert;Grade\r\nSN1;T1;RESALE;2026-01-02;C1;G1\r\nSN2;T2;SHRED;2026-01-02;C2;G2\r\nSN3;T3;RECYCLE;2026-01-03;C3;G1\r\n';
    await form.getByLabel('Sample file for the disposition report').setInputFiles({ ...csv(sample), name: 'greencycle-sample.csv' });
    expect(await waitForBanner(page, 'greencycle-sample.csv: 6 columns, 3 lines')).toBe('info');
    for (const [column, field] of [['Serial No', 'serial'], ['Tag', 'assetTag'], ['Result', 'outcome'], ['Date', 'processedDate'], ['Cert', 'certificateNumber'], ['Grade', 'condition']] as const) {
      await form.getByLabel(`Field of column ${column}`).selectOption(field);
    }
    await form.getByLabel('Outcome for code RESALE').selectOption('remarketed');
    await form.getByLabel('Outcome for code SHRED').selectOption('destroyed');
    await form.getByLabel('Outcome for code RECYCLE').selectOption('recycled');
    await form.getByLabel('Grade for code G1').fill('A');
    await form.getByLabel('Grade for code G2').pressSequentially('F 3');
    await form.getByRole('button', { name: 'Save vendor' }).click();
    expect(await waitForBanner(page, 'Vendor saved: GreenCycle')).toBe('success');
    await page.getByRole('listitem', { name: 'GreenCycle' }).getByText('R2v3').waitFor();

    const saved = (await fixture.call('vendors.list', {})).find((v) => v.name === 'GreenCycle');
    expect(saved?.mapping.dispositionColumns).toEqual([
      { column: 'Serial No', field: 'serial' },
      { column: 'Tag', field: 'assetTag' },
      { column: 'Result', field: 'outcome' },
      { column: 'Date', field: 'processedDate' },
      { column: 'Cert', field: 'certificateNumber' },
      { column: 'Grade', field: 'condition' },
    ]);
    expect(saved?.mapping.conditionCodes).toEqual([{ vendorCode: 'G1', condition: 'A' }, { vendorCode: 'G2', condition: 'F 3' }]);
    expect(saved?.contacts).toEqual([{ name: 'Dana Driver', role: '', email: 'dana@greencycle.example', phone: '' }]);
    const green = saved?.vendorId ?? '';
    await pickedUpAsset(fixture, { tag: 'IT-101', serial: 'PF101', vendorId: green, sessionId: 'S1' });
    await pickedUpAsset(fixture, { tag: 'IT-102', serial: 'PF102', vendorId: green, sessionId: 'S1' });
    await pickedUpAsset(fixture, { tag: 'IT-103', serial: 'PF103', vendorId: green, sessionId: 'S1' });

    await page.getByRole('navigation', { name: 'Vendor work' }).getByRole('button', { name: 'Import disposition report' }).click();
    await page.getByRole('combobox', { name: /^Vendor/ }).selectOption({ label: 'GreenCycle' });
    const report = 'Serial No;Tag;Result;Date;Cert;Grade\r\nPF101;IT-101;RECYCLE;2026-12-01;C-101;G1\r\n\r\nPF102;IT-102;"SHRED";2026-12-01;C-102;\r\nPF999;;RESALE;2026-12-02;C-999;\r\n';
    await page.getByLabel('Disposition report (CSV)').setInputFiles({ ...csv(report), name: 'greencycle-dec.csv' });
    await page.getByTestId('disposition-summary').filter({ hasText: 'greencycle-dec.csv from GreenCycle: 3 lines. 2 to record, 0 already recorded, 1 to review; 1 picked-up device(s) not in the report.' }).waitFor();
    const lines = page.getByRole('table', { name: 'Report lines' });
    await lines.getByRole('row').filter({ hasText: 'PF999' }).getByText('Matches no device').waitFor();
    await lines.getByRole('row').filter({ hasText: 'PF103' }).getByText('Picked up, not in the report').waitFor();
    expect(countEvents(fixture, { type: 'disposition_confirmed' })).toBe(0);

    // Another vendor chosen: the same file is read again through that vendor's mapping, never imported for the first.
    await page.getByRole('combobox', { name: /^Vendor/ }).selectOption({ label: 'Old Partner' });
    await page.getByRole('alert').filter({ hasText: 'Missing: \u201cSerial Number\u201d' }).waitFor();
    expect(await page.getByRole('button', { name: /^Import(: record|$)/ }).isDisabled()).toBe(true);
    await page.getByRole('combobox', { name: /^Vendor/ }).selectOption({ label: 'GreenCycle' });
    await page.getByTestId('disposition-summary').filter({ hasText: 'greencycle-dec.csv from GreenCycle: 3 lines.' }).waitFor();

    await page.getByRole('button', { name: 'Import: record 2, review 2' }).click();
    expect(await waitForBanner(page, 'Imported greencycle-dec.csv: 2 disposition(s) recorded')).toBe('warning');
    expect(countEvents(fixture, { type: 'disposition_confirmed' })).toBe(2);

    await page.getByTestId('review-count').filter({ hasText: '2 open item(s)' }).waitFor();
    const items = page.getByRole('table', { name: 'Review items' });
    const ghost = items.getByRole('row').filter({ hasText: 'Matches no device' });
    await ghost.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Review item' });
    await panel.getByText('No device on record has serial PF999.').waitFor();
    await panel.getByLabel('What was found (kept on the record)').fill('Not ours: vendor mixed in another client\u2019s device.');
    await panel.getByRole('button', { name: 'Close with note' }).click();
    expect(await waitForBanner(page, 'Review item closed')).toBe('success');
    await page.getByTestId('review-count').filter({ hasText: '1 open item(s)' }).waitFor();

    await page.getByRole('navigation', { name: 'Vendor work' }).getByRole('button', { name: 'Aging' }).click();
    await page.getByTestId('aging-summary').filter({ hasText: '2 device(s) out with vendors without a confirmed disposition; 1 waiting 30 days or more.' }).waitFor();
    const aging = page.getByRole('table', { name: 'Waiting for disposition' });
    await aging.getByRole('row').filter({ hasText: 'IT-OLD-1' }).filter({ hasText: 'Old Partner' }).filter({ hasText: 'PU-S-OLD' }).filter({ hasText: '40' }).waitFor();
    await page.getByLabel('Follow up after (days)').fill('45');
    await page.getByLabel('Follow up after (days)').press('Enter');
    expect(await waitForBanner(page, 'Follow-up after 45 days')).toBe('success');
    await aging.getByText('No device has waited that long.').waitFor();

    // The screen itself fits 1280 px (the header's width is the shell's business).
    for (const tab of ['Aging', 'Review queue', 'Import disposition report', 'Vendors']) {
      await page.getByRole('navigation', { name: 'Vendor work' }).getByRole('button', { name: tab }).click();
      const main = await page.evaluate(() => {
        const el = document.querySelector('main');
        return el === null ? null : { scroll: el.scrollWidth, client: el.clientWidth };
      });
      expect(main?.scroll).toBe(main?.client);
    }
    expect(problems).toEqual([]);
  }, 90_000);

  it('a file over 50 MB or without the mapped columns is refused in words, nothing is recorded', async () => {
    const { page, fixture } = await h.open({
      prepare: async (f) => {
        await withSupervisor(f);
        await addVendor(f, 'GreenCycle');
      },
    });
    await navButton(page, 'Vendors').click();
    await page.getByRole('navigation', { name: 'Vendor work' }).getByRole('button', { name: 'Import disposition report' }).click();
    await page.getByLabel('Disposition report (CSV)').setInputFiles({ ...csv('Serial,Outcome\nSN1,RECYCLE\n'), name: 'wrong.csv' });
    expect(await waitForBanner(page, 'does not have the columns this vendor\u2019s mapping expects')).toBe('error');
    await page.getByRole('alert').filter({ hasText: 'Missing: \u201cSerial Number\u201d' }).waitFor();
    const huge = join(fixture.dir, 'huge.csv');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024 + 1, 0x41));
    await page.getByLabel('Disposition report (CSV)').setInputFiles(huge);
    expect(await waitForBanner(page, 'That file is larger than 50 MB')).toBe('error');
    expect(countEvents(fixture, { type: 'disposition_confirmed' })).toBe(0);

    await page.getByRole('navigation', { name: 'Vendor work' }).getByRole('button', { name: 'Vendors' }).click();
    await page.getByRole('button', { name: 'Add vendor' }).click();
    await page.getByLabel('Sample file for the disposition report').setInputFiles(huge);
    expect(await waitForBanner(page, 'A sample needs only the header row and a few lines.')).toBe('error');
  });
});
