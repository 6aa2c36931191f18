import Database from 'better-sqlite3';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import type { AppUnderTest } from './harness/harness';
import { useHarness } from './harness/use-harness';
import { eventTypesOf, registerDevice, withSupervisor } from './harness/station';
import { navButton, waitForBanner } from './harness/ui';

/** A laptop registered, received and graded F3/C5 through the core, as a technician would have done. */
async function receivedLaptop(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  const asset = await registerDevice(fixture, { assetTag: 'IT-001234', serial: 'PF3ABC12', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop', custodian: 'Ana Lima' });
  const batch = await fixture.call('receiving.startBatch', {});
  await fixture.call('receiving.receive', {
    batchId: batch.batchId,
    assetId: asset.id,
    source: 'wedge',
    scanned: 'IT-001234',
    condition: null,
    damage: [],
    accessories: [],
    note: '',
  });
}

function tamperWithFirstEvent(fixture: CoreFixture): void {
  const db = new Database(fixture.dbFile);
  try {
    db.exec('DROP TRIGGER custody_events_no_update');
    db.prepare("UPDATE custody_events SET payload = replace(payload, 'Ana Lima', 'Someone Else') WHERE seq = 1").run();
  } finally {
    db.close();
  }
}

describe('asset page and search in Chromium', () => {
  const harness = useHarness();
  let app: AppUnderTest | null = null;

  async function openAssetPage(prepare: (fixture: CoreFixture) => Promise<void>): Promise<AppUnderTest> {
    app = await harness.open({ prepare });
    await navButton(app.page, 'Search').click();
    const field = app.page.getByRole('searchbox', { name: /Search by asset tag/ });
    await field.fill('IT-001234');
    await field.press('Enter');
    await app.page.getByRole('heading', { name: 'IT-001234' }).waitFor();
    return app;
  }

  it('shows identity, state and every custody event in order with who, when, where and hash, and that the chain verifies', async () => {
    const { page, fixture } = await openAssetPage(receivedLaptop);
    const events = page.getByRole('table').filter({ hasText: 'Custody history' });
    const rows = events.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const first = await rows.nth(0).textContent();
    const second = await rows.nth(1).textContent();
    expect(first).toContain('Registered');
    expect(first).toContain('Custodian Ana Lima');
    expect(second).toContain('Received at the dock');
    expect(second).toContain('from Ana Lima');
    expect(second).toContain('scanner: IT-001234');
    for (const text of [first, second]) {
      expect(text).toContain('Sam Supervisor (SUP-1)');
      expect(text).toContain('Main site');
      expect(text).toContain(new Date('2026-11-02T08:00:00.000Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' }));
    }
    const hash = (fixture.db.prepare('SELECT hash FROM custody_events WHERE seq = 2').get() as { hash: string }).hash;
    expect(second).toContain(hash.slice(0, 12));

    const facts = await page.locator('.asset-page__side').textContent();
    expect(facts).toContain('PF3ABC12');
    expect(facts).toContain('Received');
    expect(facts).toContain('held by the dock (Receiving dock)');
    expect(await page.locator('[data-chain]').getAttribute('data-chain')).toBe('verified');
    expect(await page.locator('[data-chain]').textContent()).toContain('2 events checked');
  });

  it('adds a note and a later grade to the custody log, and they show up at once', async () => {
    const { page, fixture } = await openAssetPage(receivedLaptop);
    await page.getByRole('form', { name: 'Add a note' }).getByLabel('Note').fill('Asset label peeling');
    await page.getByRole('button', { name: 'Add note' }).click();
    await waitForBanner(page, 'Note added to IT-001234');

    await page.getByRole('button', { name: 'Grade', exact: true }).click();
    const form = page.getByRole('form', { name: 'Grade this device' });
    await form.getByRole('button', { name: /^F5 / }).click();
    await form.getByRole('button', { name: /^C8 / }).click();
    await form.getByRole('button', { name: 'Dock' }).click();
    await form.getByRole('button', { name: 'Save grade' }).click();
    await waitForBanner(page, 'Graded IT-001234 — F5/C8');
    await form.waitFor({ state: 'detached' });

    const rows = page.getByRole('table').filter({ hasText: 'Custody history' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.nth(2).textContent()).toContain('Asset label peeling');
    expect(await rows.nth(3).textContent()).toContain('Grade F5/C8');
    expect(await rows.nth(3).textContent()).toContain('Returned with: Dock');
    expect(await page.locator('.asset-page__side').textContent()).toContain('graded F5/C8');
    expect(eventTypesOf(fixture, 'IT-001234')).toEqual(['asset_registered', 'received', 'note', 'condition_recorded']);
    expect(await page.locator('[data-chain]').textContent()).toContain('4 events checked');
  });

  it('exports the evidence file as a download holding the signed events', async () => {
    const { page } = await openAssetPage(receivedLaptop);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export evidence' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const evidence = JSON.parse(await readFile(await download.path(), 'utf8')) as { format: string; events: { type: string; signature: string }[] };
    expect(evidence.format).toBe('dockside-custody-evidence');
    expect(evidence.events.map((e) => e.type)).toEqual(['asset_registered', 'received']);
    expect(evidence.events.every((e) => e.signature.length > 0)).toBe(true);
    await waitForBanner(page, 'Evidence exported');
  });

  it('shows a tampered chain as broken, with the reason, on the asset page and in the custody log check', async () => {
    app = await harness.open({ prepare: receivedLaptop });
    const { page, fixture } = app;
    await page.getByRole('button', { name: 'Verify custody log' }).click();
    const check = page.getByRole('region', { name: 'Custody log check' });
    await check.getByText('Verified.').waitFor();
    expect(await check.textContent()).toContain('2 events checked');
    await page.keyboard.press('Escape');
    await check.waitFor({ state: 'detached' });

    tamperWithFirstEvent(fixture);
    await page.getByRole('button', { name: 'Verify custody log' }).click();
    await check.getByText('Broken.').waitFor();
    expect(await check.textContent()).toContain('at event #1');
    await check.getByRole('button', { name: 'Close' }).click();

    await navButton(page, 'Search').click();
    await page.getByRole('searchbox').fill('IT-001234');
    await page.getByRole('searchbox').press('Enter');
    await page.getByRole('heading', { name: 'IT-001234' }).waitFor();
    expect(await page.locator('[data-chain]').getAttribute('data-chain')).toBe('broken');
    expect(await page.locator('[data-chain]').textContent()).toMatch(/does not verify at event #1: .+/);
  });

  it('finds devices by custodian; a click opens one, Esc goes back to the results', async () => {
    app = await harness.open({ prepare: (fixture) => withSupervisor(fixture, true) });
    const { page } = app;
    await navButton(page, 'Search').click();
    await page.getByRole('searchbox').fill('lima');
    await page.getByTestId('result-count').filter({ hasText: '3 devices found' }).waitFor();
    const rows = page.getByRole('table', { name: 'Search results' }).getByRole('row').filter({ has: page.getByRole('cell') });
    const tags = await rows.locator('.results__tag').allTextContents();
    expect([...tags].sort()).toEqual(['IT-010001', 'IT-010009', 'IT-010017']);
    expect(await rows.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Ana Lima')]));

    const selected = page.getByRole('table', { name: 'Search results' }).locator('[aria-selected="true"]');
    const firstTag = await selected.locator('.results__tag').textContent();
    await page.getByRole('searchbox').press('ArrowDown');
    const secondTag = await selected.locator('.results__tag').textContent();
    expect(secondTag).not.toBe(firstTag);
    await page.getByRole('searchbox').press('Enter');
    await page.getByRole('heading', { name: secondTag ?? '?' }).waitFor();
    await page.keyboard.press('Escape');

    await rows.filter({ hasText: 'IT-010009' }).click();
    await page.getByRole('heading', { name: 'IT-010009' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('result-count').filter({ hasText: '3 devices found' }).waitFor();

    await page.getByRole('searchbox').fill('IT-010002');
    await page.getByTestId('result-count').filter({ hasText: '1 device found' }).waitFor();
    await page.getByRole('searchbox').press('Enter');
    await page.getByRole('heading', { name: 'IT-010002' }).waitFor();
  });

  it('keeps a long result list virtual: only the rows in view are in the page, and the last is reachable', async () => {
    app = await harness.open({
      prepare: async (fixture) => {
        await withSupervisor(fixture);
        for (let i = 1; i <= 150; i += 1) {
          await registerDevice(fixture, { assetTag: `LT-${String(i).padStart(4, '0')}`, assetClass: 'laptop', custodian: 'Pool Stock' });
        }
      },
    });
    const { page } = app;
    await navButton(page, 'Search').click();
    await page.getByRole('searchbox').fill('pool');
    await page.getByTestId('result-count').filter({ hasText: '150 devices found' }).waitFor();
    const rows = page.getByRole('table', { name: 'Search results' }).locator('.results__row--item');
    const rendered = await rows.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);

    const allTags = await page.evaluate(() => Array.from(document.querySelectorAll('.results__tag'), (e) => e.textContent));
    const last = (await app.fixture.call('assets.search', { query: 'pool', limit: 200 })).at(-1)?.assetTag;
    expect(allTags).not.toContain(last);
    await page.getByTestId('results-scroll').evaluate((e) => e.scrollTo(0, e.scrollHeight));
    await rows.filter({ hasText: last ?? '?' }).waitFor();
  });
});
