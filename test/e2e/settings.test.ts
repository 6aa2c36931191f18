import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import type { AppUnderTest } from './harness/harness';
import { useHarness } from './harness/use-harness';
import { typeSlowly, wedgeScan } from './harness/keys';
import { conditionPayloadOf, registerDevice, withSupervisor } from './harness/station';
import { navButton, waitForBanner, waitForReceiveDesk } from './harness/ui';

async function stationWithPhone(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  await registerDevice(fixture, { assetTag: 'IT-002000', serial: 'SN-PHONE-2000', make: 'Apple', model: 'iPhone 15', assetClass: 'phone', custodian: 'Dana Kowalski' });
}

describe('station settings in Chromium', () => {
  const harness = useHarness();
  let app: AppUnderTest | null = null;

  async function openSettings(): Promise<AppUnderTest> {
    app = await harness.open({ prepare: stationWithPhone });
    await navButton(app.page, 'Settings').click();
    await app.page.getByRole('form', { name: 'Station settings' }).waitFor();
    return app;
  }

  it('saves the station name, site and dock location; the header shows them and the core keeps them', async () => {
    const { page, fixture } = await openSettings();
    const form = page.getByRole('form', { name: 'Station settings' });
    await form.getByLabel('Station name').fill('Dock 3 west');
    await form.getByLabel('Site', { exact: true }).fill('Leeds DC');
    await form.getByLabel('Dock location').fill('Bay 7');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await waitForBanner(page, 'Settings saved');
    await page.getByRole('banner').getByText('Dock 3 west').waitFor();
    expect(await page.getByRole('banner').textContent()).toContain('Leeds DC · Bay 7');
    const status = await fixture.call('setup.status', {});
    expect(status.settings).toMatchObject({ stationName: 'Dock 3 west', site: 'Leeds DC', dockLocation: 'Bay 7' });
  });

  it("shows the station's ID and public key, the one that signs its events, for the auditor to keep", async () => {
    const { page, fixture } = await openSettings();
    const identity = page.getByRole('region', { name: 'Station identity' });
    expect(await identity.getByTestId('station-id').textContent()).toBe(fixture.signer.stationId);
    expect(await identity.getByLabel('Station public key').inputValue()).toBe(fixture.signer.publicKey);
  });

  it('names a bad value in words and saves nothing', async () => {
    const { page, fixture } = await openSettings();
    const form = page.getByRole('form', { name: 'Station settings' });
    await form.getByLabel('Idle lock (minutes)').fill('0');
    await form.getByLabel('Asset-tag pattern').fill('([');
    await form.getByRole('button', { name: 'Save settings' }).click();
    const problems = page.getByRole('list', { name: 'Problems with these settings' });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Idle lock (minutes, 1–480)');
    expect(await problems.textContent()).toContain('Asset-tag pattern: Not a valid pattern');
    expect((await fixture.call('setup.status', {})).settings.idleLockMinutes).toBe(10);
  });

  it('switches the site to A/B/C/D grading: the grade card offers those, and a scanned "B" grades the device', async () => {
    const { page, fixture } = await openSettings();
    await page.getByLabel('Grading scheme').selectOption('abcd');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await waitForBanner(page, 'Settings saved');

    await navButton(page, 'Receive').click();
    await waitForReceiveDesk(page);
    await wedgeScan(page, 'IT-002000');
    const card = page.getByRole('region', { name: 'Grade card for IT-002000' });
    await card.waitFor();
    expect(await card.getByRole('group', { name: 'Grade', exact: true }).getByRole('button').allTextContents()).toEqual([
      'ALike new',
      'BLight wear',
      'CHeavy wear',
      'DDamaged but working',
      'NFNon-functional',
    ]);
    expect(await card.getByRole('group', { name: /Functional/ }).count()).toBe(0);
    await wedgeScan(page, 'b');
    expect(await card.getByRole('button', { name: /^B / }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    await waitForBanner(page, 'Received IT-002000 — B');
    expect(conditionPayloadOf(fixture, 'IT-002000')).toMatchObject({ code: 'B', condition: { scheme: 'abcd', grade: 'B' } });
  });

  it('strips the scanner prefix and suffix set here before the scan is read', async () => {
    const { page, fixture } = await openSettings();
    await page.getByLabel('Scanner: prefix').fill('~');
    await page.getByLabel('Scanner: suffix').fill('#');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await waitForBanner(page, 'Settings saved');
    await navButton(page, 'Receive').click();
    await waitForReceiveDesk(page);
    await page.getByRole('checkbox', { name: /Quick receive/ }).check();
    await wedgeScan(page, '~SN-PHONE-2000#');
    await waitForBanner(page, 'Received IT-002000 — not graded');
    const received = fixture.db.prepare("SELECT payload FROM custody_events WHERE type = 'received'").get() as { payload: string };
    expect(JSON.parse(received.payload)).toMatchObject({ scanned: 'SN-PHONE-2000', source: 'wedge' });
  });

  it('the scanner test box shows each entry, scanner or typed, and the median key gap', async () => {
    const { page } = await openSettings();
    const box = page.getByRole('region', { name: 'Test your scanner' });
    await box.getByRole('textbox').click();
    await wedgeScan(page, 'ABC123456');
    await typeSlowly(page, 'hello');
    const entries = box.getByRole('list', { name: 'Test entries, newest first' }).getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(2);
    const typed = (await entries.nth(0).textContent()) ?? '';
    const scanned = (await entries.nth(1).textContent()) ?? '';
    expect(typed).toContain('hello');
    expect(typed).toContain('typed');
    expect(scanned).toContain('ABC123456');
    expect(scanned).toContain('scanner');
    expect(typed).toMatch(/median key gap \d+ ms · 5 keys/);
    expect(scanned).toMatch(/median key gap \d+ ms · 9 keys/);
  });
});
