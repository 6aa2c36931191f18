import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { csvFile, HRIS_HEADER, inventory } from '../support/cases/case-station';
import { wedgeScan } from './harness/keys';
import { takeTones } from './harness/sound-recorder';
import { countEvents, withSupervisor } from './harness/station';
import { navButton, waitForBanner, waitForReceiveDesk } from './harness/ui';
import { useHarness } from './harness/use-harness';

const SUCCESS_HZ = 1760;
const WARNING_HZ = 660;

/** Two departing employees: Ada (on-site, a high-sensitivity laptop and a monitor) and Cy (remote, a phone). */
async function twoCases(f: CoreFixture): Promise<void> {
  await withSupervisor(f);
  await inventory(f, [
    { assetTag: 'IT-000101', serial: 'PF1LAP', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop', sensitivity: 'high' },
    { assetTag: 'IT-000102', serial: 'MON102', make: 'Dell', model: 'P2422H', assetClass: 'monitor' },
    { assetTag: 'IT-000301', serial: 'PH301', make: 'Apple', model: 'iPhone 15', assetClass: 'phone' },
  ]);
  await f.call(
    'cases.import',
    csvFile('hris.csv', [
      HRIS_HEADER,
      'E-100,Ada Lovelace,Grace Hopper,full-time,on-site,,2026-11-02,yes,IT-000101;IT-000102,Figma',
      'E-300,Cy Cole,Grace Hopper,contractor,remote,"1 High St, Leeds",2026-11-02,yes,IT-000301,',
    ]),
  );
}

describe('offboarding returns in Chromium', () => {
  const harness = useHarness();

  it('imports an HRIS file: the preview shows every line accepted or refused with its reason before anything is written', async () => {
    const app = await harness.open({
      prepare: async (f) => {
        await withSupervisor(f);
        await inventory(f, [{ assetTag: 'IT-000201', assetClass: 'laptop' }]);
      },
    });
    const { page, fixture } = app;
    await navButton(page, 'Returns').click();
    await page.getByRole('button', { name: 'Import HRIS file' }).click();
    const file = csvFile('hris.csv', [
      HRIS_HEADER,
      'E-1,Ann Archer,Meg,full-time,on-site,,2026-11-04,yes,IT-000201,',
      'E-2,Bob Baker,Meg,intern,on-site,,2026-11-04,yes,,Figma',
      'E-3,Cy Cole,Meg,contractor,on-site,,04/11/2026,yes,IT-777777,',
    ]);
    await page.getByLabel('HRIS export file').setInputFiles({ name: 'hris.csv', mimeType: 'text/csv', buffer: Buffer.from(file.contentBase64, 'base64') });
    await page.getByTestId('import-summary').filter({ hasText: '1 line(s) will open a case, 2 refused' }).waitFor();
    const preview = page.getByRole('table', { name: 'Import preview' });
    await preview.getByText('Unknown employee type "intern"').waitFor();
    await preview.getByText(/could be day\/month or month\/day/).waitFor();
    await preview.getByText('Asset IT-777777 is not in the inventory').waitFor();
    expect(countEvents(fixture)).toBe(1);
    await page.getByRole('button', { name: 'Open 1 case(s)' }).click();
    expect(await waitForBanner(page, 'Opened 1 case(s) from hris.csv')).toBe('warning');
    await page.getByRole('table', { name: 'Offboarding cases' }).getByText('RET-000001').waitFor();
    expect(app.problems).toEqual([]);
  });

  it('a return kit barcode at the dock opens the expected list; scans tick devices off, a device of another case goes to its own', async () => {
    const app = await harness.open({ prepare: twoCases });
    const { page, fixture } = app;
    await waitForReceiveDesk(page);
    await page.getByRole('checkbox', { name: /Quick receive/ }).check();
    await wedgeScan(page, 'RET-000001');
    const expected = page.getByRole('region', { name: 'Expected from case RET-000001' });
    await expected.getByText('Case RET-000001: Ada Lovelace · 0 of 2 back').waitFor();
    await takeTones(page);
    await wedgeScan(page, 'IT-000102');
    expect(await waitForBanner(page, 'Received IT-000102')).toBe('success');
    await page.getByText('Ticked off: 1 of 2 back on case RET-000001 (Ada Lovelace)').waitFor();
    await expected.getByText('1 of 2 back').waitFor();
    expect((await takeTones(page)).map((t) => t.frequency)).toContain(SUCCESS_HZ);

    await wedgeScan(page, 'IT-000301');
    expect(await waitForBanner(page, 'Received IT-000301')).toBe('warning');
    await page.getByText('Not on the open case RET-000001: linked to its own case. 1 of 1 back on case RET-000002 (Cy Cole)').waitFor();
    expect((await takeTones(page)).map((t) => t.frequency)).toContain(WARNING_HZ);
    expect(countEvents(fixture, { type: 'case_returned' })).toBe(2);
    expect(app.problems).toEqual([]);
  });

  it('the case page shows deadlines and the checklist; a late return gets its reminder copied and recorded, then a remote wipe', async () => {
    const app = await harness.open({
      prepare: async (f) => {
        await twoCases(f);
        f.clock.advance(2 * 86_400_000); // Wednesday: the laptop was due Monday, so Tuesday and Wednesday are late
        await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
      },
    });
    const { page, fixture } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await navButton(page, 'Returns').click();
    await page.getByRole('button', { name: /^Overdue/ }).click();
    await page.getByRole('table', { name: 'Offboarding cases' }).getByText('Ada Lovelace').click();
    await page.getByRole('heading', { name: 'Case RET-000001: Ada Lovelace' }).waitFor();
    const laptop = page.getByTestId('case-asset-IT-000101');
    await laptop.getByText('Overdue').waitFor();
    // The case page's own content does not scroll sideways at 1280 wide.
    expect(await page.evaluate(() => {
      const casePage = document.querySelector('.case-page');
      return casePage === null ? null : casePage.scrollWidth <= casePage.clientWidth;
    })).toBe(true);
    await laptop.getByText('2 business days late').waitFor();

    const escalation = page.getByRole('region', { name: 'Escalation' });
    await escalation.getByText('Due now: Reminder to the employee').waitFor();
    const text = escalation.getByLabel('Message to send');
    await expect.poll(() => text.inputValue()).toContain('ThinkPad T14 (laptop), asset IT-000101, serial PF1LAP: due 2026-11-02');
    await escalation.getByRole('button', { name: 'Copy for manual sending and record it' }).click();
    expect(await waitForBanner(page, 'Reminder to the employee copied and recorded on RET-000001')).toBe('success');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Dear Ada Lovelace,');
    await escalation.getByText(/Reminder to the employee to Ada Lovelace, copied for manual sending by SUP-1/).waitFor();
    expect(countEvents(fixture, { type: 'return_reminder_sent' })).toBe(2);

    await laptop.getByRole('button', { name: 'Request remote wipe' }).click();
    expect(await waitForBanner(page, 'Remote wipe requested for IT-000101')).toBe('success');
    await laptop.getByText(/Wipe requested/).waitFor();

    const checklist = page.getByRole('region', { name: 'Checklist' });
    await checklist.getByText('Checklist: 0 of 9 done · 6 overdue').waitFor();
    await checklist.getByRole('listitem').filter({ hasText: 'Disable directory' }).getByRole('button', { name: 'Mark done' }).click();
    await checklist.getByText('Checklist: 1 of 9 done · 5 overdue').waitFor();
    await checklist.getByText(/Done by SUP-1/).waitFor();
    expect(app.problems).toEqual([]);
  });

  it('the dashboard shows the figures and charts, nothing in it scrolls sideways, and exports the open cases as CSV', async () => {
    const app = await harness.open({ prepare: twoCases });
    const { page } = app;
    await navButton(page, 'Dashboard').click();
    await page.getByTestId('tile-open').filter({ hasText: '2' }).waitFor();
    await page.getByRole('img', { name: 'Open cases by week of separation' }).waitFor();
    // Nothing inside the dashboard is cut off or scrolls sideways (the shared header's width is the layout tests' concern).
    const fit = await page.evaluate(() => {
      const board = document.querySelector('.dashboard');
      return board === null ? null : { scroll: board.scrollWidth, client: board.clientWidth };
    });
    expect(fit?.scroll).toBe(fit?.client);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export open cases (CSV)' }).click();
    const file = await download;
    const path = await file.path();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(path, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufeffcase,employee_id,employee_name,employee_type,location,separation_date,assets,outstanding,overdue,escalation_reached,escalation_due,remote_wipes_due');
    expect(csv).toContain('RET-000002,E-300,Cy Cole,contractor,remote,2026-11-02,1,1,0,,,0');
    expect(app.problems).toEqual([]);
  });
});

describe('the return policy in Chromium', () => {
  const harness = useHarness();

  it('a supervisor moves a deadline and adds a holiday; the case page follows at once', async () => {
    const app = await harness.open({ prepare: twoCases });
    const { page } = app;
    await navButton(page, 'Returns').click();
    await page.getByRole('button', { name: 'Return policy' }).click();
    const monitor = page.getByLabel('Monitor, Full-time');
    await monitor.fill('');
    await page.getByRole('alert').filter({ hasText: 'Give every number of days as a whole number.' }).waitFor();
    await monitor.fill('2');
    await page.getByRole('textbox', { name: 'Site holidays' }).fill('2026-11-03');
    const hr = page.getByLabel('HR mailbox');
    await hr.fill('HR team');
    await page.getByRole('alert').filter({ hasText: 'The HR mailbox must be an e-mail address such as hr@example.com, or left empty' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save the policy' }).isDisabled()).toBe(true);
    await hr.fill('people@example.com');
    await page.getByRole('button', { name: 'Save the policy' }).click();
    expect(await waitForBanner(page, 'Return policy saved')).toBe('success');
    expect((await app.fixture.call('cases.policy', {})).policy).toMatchObject({ hrMailbox: 'people@example.com', legalMailbox: '' });
    await page.getByRole('button', { name: '← Cases' }).click();
    await page.getByRole('table', { name: 'Offboarding cases' }).getByText('Ada Lovelace').click();
    // The HRIS file gave Ada no e-mail address: the page says her reminder can only be copied.
    await page.getByText('No e-mail address for the employee: the employee reminder can only be copied for manual sending.').waitFor();
    // Two business days after Monday 2 Nov, with Tuesday 3 Nov a holiday: Thursday 5 Nov.
    await page.getByTestId('case-asset-IT-000102').getByText('2026-11-05').waitFor();
    expect(app.problems).toEqual([]);
  });
});
