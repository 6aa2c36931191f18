import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import type { AppUnderTest } from './harness/harness';
import { useHarness } from './harness/use-harness';
import { typeSlowly, wedgeScan } from './harness/keys';
import { takeTones } from './harness/sound-recorder';
import { conditionPayloadOf, countEvents, eventTypesOf, receivedPayloadOf, registerDevice, verifyLog, withSupervisor } from './harness/station';
import { banner, scanField, waitForBanner, waitForReceiveDesk } from './harness/ui';

const SUCCESS_HZ = 1760;
const WARNING_HZ = 660;
const ERROR_HZ = 196;

async function stationWithLaptop(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  await registerDevice(fixture, {
    assetTag: 'IT-001234',
    serial: 'PF3ABC12',
    make: 'Lenovo',
    model: 'ThinkPad T14',
    assetClass: 'laptop',
    sensitivity: 'high',
    custodian: 'Ana Lima',
  });
  await registerDevice(fixture, { assetTag: 'IT-005678', serial: 'C02XK1', make: 'Apple', model: 'MacBook Pro 14', assetClass: 'laptop', custodian: 'Ben Okafor' });
}

describe('the receive desk in Chromium', () => {
  const harness = useHarness();
  let app: AppUnderTest | null = null;

  async function openDesk(): Promise<AppUnderTest> {
    app = await harness.open({ prepare: stationWithLaptop });
    await waitForReceiveDesk(app.page);
    return app;
  }

  it('tells a scanner burst from slow typing, shows which, and records the source', async () => {
    const { page, fixture } = await openDesk();
    await page.getByRole('checkbox', { name: /Quick receive/ }).check();
    await wedgeScan(page, 'IT-001234');
    await waitForBanner(page, 'Received IT-001234');
    expect(await page.getByTestId('entry-source').textContent()).toBe('scanner');

    await typeSlowly(page, 'IT-005678');
    await waitForBanner(page, 'Received IT-005678');
    expect(await page.getByTestId('entry-source').textContent()).toBe('typed');

    expect(receivedPayloadOf(fixture, 'IT-001234')).toMatchObject({ source: 'wedge', scanned: 'IT-001234' });
    expect(receivedPayloadOf(fixture, 'IT-005678')).toMatchObject({ source: 'keyboard', scanned: 'IT-005678' });
  });

  it('shows the grade card, grades with keys only, records on Enter with a success sound, and the chain verifies', async () => {
    const { page, fixture } = await openDesk();
    await wedgeScan(page, 'it-001234');
    await waitForBanner(page, 'IT-001234 found');
    const card = page.getByRole('region', { name: 'Grade card for IT-001234' });
    await card.waitFor();
    const cardText = await card.textContent();
    for (const fact of ['PF3ABC12', 'Lenovo ThinkPad T14', 'Laptop', 'HIGH sensitivity', 'held by Ana Lima', 'Expected back', 'Registered']) {
      expect(cardText).toContain(fact);
    }
    expect(countEvents(fixture, { type: 'received' })).toBe(0);

    for (const code of ['F3', 'C5', 'HINGE', 'CHARGER']) await wedgeScan(page, code);
    expect(await card.getByRole('button', { name: /^F3 / }).getAttribute('aria-pressed')).toBe('true');
    expect(await card.getByRole('button', { name: /^C5 / }).getAttribute('aria-pressed')).toBe('true');
    expect(await card.getByRole('button', { name: 'Broken hinge' }).getAttribute('aria-pressed')).toBe('true');
    expect(await card.getByRole('button', { name: 'Charger' }).getAttribute('aria-pressed')).toBe('true');
    await takeTones(page);

    await page.keyboard.press('Enter');
    expect(await waitForBanner(page, 'Received IT-001234 — F3/C5')).toBe('success');
    expect((await takeTones(page)).map((t) => t.frequency)).toEqual([SUCCESS_HZ]);
    await card.waitFor({ state: 'detached' });

    expect(eventTypesOf(fixture, 'IT-001234')).toEqual(['asset_registered', 'received', 'condition_recorded']);
    expect(conditionPayloadOf(fixture, 'IT-001234')).toMatchObject({
      code: 'F3/C5',
      condition: { scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C5' },
      damage: ['HINGE'],
      accessories: ['CHARGER'],
    });
    expect(verifyLog(fixture)).toMatchObject({ ok: true, checked: 4 });

    const batch = page.getByRole('list', { name: /Received in this batch/ });
    await batch.getByText('IT-001234').waitFor();
    expect(await batch.getByRole('listitem').first().textContent()).toContain('F3/C5');
    expect(await page.getByTestId('batch-count').textContent()).toBe('1 received');
  });

  it('grades with the mouse too, and the batch list shows the newest first', async () => {
    const { page } = await openDesk();
    await wedgeScan(page, 'IT-001234');
    const card = page.getByRole('region', { name: 'Grade card for IT-001234' });
    await card.getByRole('button', { name: /^F2 / }).click();
    await card.getByRole('button', { name: 'Confirm' }).click();
    await waitForBanner(page, 'Received IT-001234 — F2');
    await wedgeScan(page, 'IT-005678');
    await page.getByRole('region', { name: 'Grade card for IT-005678' }).waitFor();
    await page.keyboard.press('Enter');
    await waitForBanner(page, 'Received IT-005678 — not graded');
    const rows = page.getByRole('list', { name: /Received in this batch/ }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('IT-005678');
    expect(await rows.nth(1).textContent()).toContain('IT-001234');

    await rows.nth(1).getByRole('button').click();
    await page.getByRole('heading', { name: 'IT-001234' }).waitFor();
    await page.getByRole('table').filter({ hasText: 'Custody history' }).getByText('Grade F2').waitFor();
  });

  it('flags the same device scanned twice in a batch with an amber warning, and records it once', async () => {
    const { page, fixture } = await openDesk();
    await wedgeScan(page, 'IT-001234');
    await page.getByRole('region', { name: 'Grade card for IT-001234' }).waitFor();
    await page.keyboard.press('Enter');
    await waitForBanner(page, 'Received IT-001234');
    await takeTones(page);

    await wedgeScan(page, 'PF3ABC12');
    expect(await waitForBanner(page, 'Already received in this batch')).toBe('warning');
    expect((await takeTones(page)).map((t) => t.frequency)).toEqual([WARNING_HZ, WARNING_HZ]);
    expect(await page.getByRole('region', { name: /Grade card/ }).count()).toBe(0);
    expect(countEvents(fixture, { type: 'received', assetTag: 'IT-001234' })).toBe(1);

    await page.getByRole('button', { name: 'New batch' }).click();
    await waitForBanner(page, 'New batch started');
    expect(await page.getByTestId('batch-count').textContent()).toBe('0 received');
    await wedgeScan(page, 'IT-001234');
    await page.getByRole('region', { name: 'Grade card for IT-001234' }).waitFor();
  });

  it('adds an unknown device with the quick-create form, then goes straight on to grading it', async () => {
    const { page, fixture } = await openDesk();
    await wedgeScan(page, 'IT-777001');
    await waitForBanner(page, 'IT-777001 is not on record');
    const form = page.getByRole('form', { name: 'Add a device that is not on record' });
    expect(await form.getByLabel('Asset tag').inputValue()).toBe('IT-777001');
    await page.keyboard.type('Dell');
    await form.getByLabel('Model').fill('Latitude 7440');
    await form.getByLabel('Serial').fill('DL7440X9');
    await form.getByLabel('Class').selectOption('laptop');
    await form.getByLabel('Custodian').fill('Chen Wei');
    await form.getByLabel('Custodian').press('Enter');

    const card = page.getByRole('region', { name: 'Grade card for IT-777001' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Dell Latitude 7440');
    expect(await card.textContent()).toContain('held by Chen Wei');
    await page.waitForFunction(() => document.activeElement?.classList.contains('scan-field__input') === true);
    await wedgeScan(page, 'F4');
    await wedgeScan(page, 'C7');
    await page.keyboard.press('Enter');
    await waitForBanner(page, 'Received IT-777001 — F4/C7');
    expect(eventTypesOf(fixture, 'IT-777001')).toEqual(['asset_registered', 'received', 'condition_recorded']);
    expect(receivedPayloadOf(fixture, 'IT-777001')).toMatchObject({ scanned: 'IT-777001', fromCustodian: 'Chen Wei' });
    expect(verifyLog(fixture).ok).toBe(true);
  });

  it('Esc cancels the quick-create form and records nothing', async () => {
    const { page, fixture } = await openDesk();
    await wedgeScan(page, 'SN-NOT-KNOWN-1');
    const form = page.getByRole('form', { name: 'Add a device that is not on record' });
    expect(await form.getByLabel('Serial').inputValue()).toBe('SN-NOT-KNOWN-1');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await waitForBanner(page, 'Cancelled');
    expect(countEvents(fixture)).toBe(2);
    await page.waitForFunction(() => document.activeElement?.classList.contains('scan-field__input') === true);
  });

  it('explains garbled, wrong-symbology, over-long and product-code scans in words, with the error sound, recording nothing', async () => {
    const { page, fixture } = await openDesk();
    const before = countEvents(fixture);
    await takeTones(page);

    await page.keyboard.insertText('\u0001\u0002\u0003');
    await page.keyboard.press('Enter');
    expect(await waitForBanner(page, 'came through garbled')).toBe('error');
    expect((await takeTones(page)).map((t) => t.frequency)).toEqual([ERROR_HZ]);

    await wedgeScan(page, 'https://example.com/a b');
    await waitForBanner(page, 'does not look like a serial number or asset tag');
    expect(await banner(page).textContent()).toContain('Read as: “HTTPS://EXAMPLE.COM/A B”');

    await page.keyboard.insertText('X'.repeat(300));
    await page.keyboard.press('Enter');
    await waitForBanner(page, 'far too long');

    await wedgeScan(page, '(01)09506000134352');
    await waitForBanner(page, 'That is the product barcode');

    expect(countEvents(fixture)).toBe(before);
    expect(await page.getByRole('region', { name: /Grade card/ }).count()).toBe(0);
    expect(await scanField(page).inputValue()).toBe('');
  });

  it('keeps the open device when another is scanned: amber "confirm or cancel first", nothing lost', async () => {
    const { page, fixture } = await openDesk();
    await wedgeScan(page, 'IT-001234');
    await wedgeScan(page, 'F3');
    await wedgeScan(page, 'IT-005678');
    expect(await waitForBanner(page, 'Confirm (Enter) or cancel (Esc) the open device first')).toBe('warning');
    const card = page.getByRole('region', { name: 'Grade card for IT-001234' });
    expect(await card.getByRole('button', { name: /^F3 / }).getAttribute('aria-pressed')).toBe('true');
    expect(countEvents(fixture, { type: 'received' })).toBe(0);

    await page.keyboard.press('Tab');
    expect(await card.isVisible()).toBe(true);
    expect(countEvents(fixture, { type: 'received' })).toBe(0);

    await page.keyboard.press('Escape');
    await waitForBanner(page, 'Cancelled: nothing recorded for IT-001234');
    await card.waitFor({ state: 'detached' });
    expect(countEvents(fixture, { type: 'received' })).toBe(0);
  });

  it('Quick receive takes in each known scan at once, ungraded', async () => {
    const { page, fixture } = await openDesk();
    await page.getByRole('checkbox', { name: /Quick receive/ }).check();
    await wedgeScan(page, 'IT-001234');
    await wedgeScan(page, 'C02XK1', 'Tab');
    await waitForBanner(page, 'Received IT-005678 — not graded');
    expect(eventTypesOf(fixture, 'IT-001234')).toEqual(['asset_registered', 'received']);
    expect(eventTypesOf(fixture, 'IT-005678')).toEqual(['asset_registered', 'received']);
    await expect.poll(() => page.getByTestId('batch-count').textContent()).toBe('2 received');
  });

  it('takes focus back to the scan field after a click elsewhere, but not from the note being typed', async () => {
    const { page, fixture } = await openDesk();
    await page.getByRole('complementary', { name: 'This batch' }).click({ position: { x: 100, y: 300 } });
    await page.keyboard.type('IT-001234', { delay: 5 });
    await page.keyboard.press('Enter');
    const card = page.getByRole('region', { name: 'Grade card for IT-001234' });
    await card.waitFor();

    await card.getByLabel('Note').click();
    await page.keyboard.type('sticker residue on lid');
    expect(await card.getByLabel('Note').inputValue()).toBe('sticker residue on lid');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.classList.contains('scan-field__input') === true);
    expect(await card.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await waitForBanner(page, 'Received IT-001234');
    expect(conditionPayloadOf(fixture, 'IT-001234')).toMatchObject({ code: null, note: 'sticker residue on lid' });
    expect(app?.problems).toEqual([]);
  });
});
