import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, VIEWPORT, type Harness } from './harness/harness';
import { wedgeScan } from './harness/keys';
import { registerDevice, withSupervisor } from './harness/station';
import { navButton, waitForBanner, waitForReceiveDesk } from './harness/ui';

/** Screenshots for a person to look at; kept out of the repository. */
const SHOTS = join(tmpdir(), 'dockside-e2e-screenshots');

describe('layout at 1280x800 under the strict CSP', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('fits a full grade card, its Confirm button and the batch list in the window, with no console or CSP errors', async () => {
    const app = await harness.open({
      prepare: async (fixture) => {
        await withSupervisor(fixture, true);
        await registerDevice(fixture, {
          assetTag: 'IT-001234',
          serial: 'PF3ABC12-LONG-SERIAL-77',
          make: 'Lenovo',
          model: 'ThinkPad X1 Carbon Gen 11',
          assetClass: 'laptop',
          sensitivity: 'high',
          custodian: 'Farah Haddad',
        });
      },
    });
    try {
      const { page } = app;
      await waitForReceiveDesk(page);
      for (const tag of ['IT-010007', 'IT-010008']) {
        await wedgeScan(page, tag);
        await page.keyboard.press('Enter');
        await waitForBanner(page, `Received ${tag}`);
      }
      await wedgeScan(page, 'IT-001234');
      for (const code of ['F3', 'C5', 'CHARGER', 'SCREEN_CRACK']) await wedgeScan(page, code);
      await page.getByRole('region', { name: 'Grade card for IT-001234' }).waitFor();
      await page.screenshot({ path: join(SHOTS, 'receive-grade-card.png') });

      const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
      expect(size).toEqual(VIEWPORT);
      const confirm = await page.getByRole('button', { name: 'Confirm' }).boundingBox();
      expect(confirm).not.toBeNull();
      expect((confirm?.y ?? Infinity) + (confirm?.height ?? 0)).toBeLessThanOrEqual(VIEWPORT.height);
      expect(await page.getByRole('list', { name: /Received in this batch/ }).getByRole('listitem').count()).toBe(2);

      await navButton(page, 'Search').click();
      await page.getByTestId('result-count').filter({ hasText: 'devices found' }).waitFor();
      await page.screenshot({ path: join(SHOTS, 'search.png') });
      await page.getByRole('table', { name: 'Search results' }).locator('.results__row--item').first().click();
      await page.getByRole('table').filter({ hasText: 'Custody history' }).waitFor();
      await page.screenshot({ path: join(SHOTS, 'asset.png') });
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
