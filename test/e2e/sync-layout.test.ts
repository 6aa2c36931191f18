import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, VIEWPORT, type Harness } from './harness/harness';
import { SUPERVISOR } from './harness/station';
import { openSyncStation, withWebhookConnector } from './harness/sync-station';
import { openSyncScreen, quickReceive, syncIndicator, waitForIndicator } from './harness/sync-ui';

/** Screenshots for a person to look at; kept out of the repository. */
const SHOTS = join(tmpdir(), 'dockside-e2e-screenshots');

/** Nothing sticks out sideways: the page, and the header on its own line. */
async function fitsWidth(page: Page): Promise<void> {
  const size = await page.evaluate(() => {
    const header = document.querySelector('.header');
    return { page: document.documentElement.scrollWidth, header: header === null ? -1 : header.scrollWidth };
  });
  expect(size).toEqual({ page: VIEWPORT.width, header: VIEWPORT.width });
}

describe('sync screens at 1280x800 under the strict CSP', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('the indicator fits the supervisor\u2019s header beside every screen button; the Sync screen and the connector form fit the width', async () => {
    const station = await openSyncStation(harness, {
      prepare: async (s) => {
        await s.call('setup.createFirstSupervisor', { ...SUPERVISOR, loadDemoData: true });
        s.receiver.rejectWhen = (event) => (event.type === 'received' ? 'location "Receiving dock" is unknown at central: add it to the site list first' : null);
        await withWebhookConnector(s);
      },
    });
    try {
      const { page } = station;
      await quickReceive(page, ['IT-010007', 'IT-010008']);
      await waitForIndicator(page, /need a supervisor/);
      const box = await syncIndicator(page).boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(VIEWPORT.width);
      await fitsWidth(page);
      await page.screenshot({ path: join(SHOTS, 'sync-indicator.png') });

      await openSyncScreen(page);
      await page.getByRole('table', { name: 'Refused events' }).getByRole('row').nth(2).waitFor();
      await fitsWidth(page);
      await page.screenshot({ path: join(SHOTS, 'sync-screen.png'), fullPage: true });

      await page.getByRole('button', { name: 'Connector settings' }).click();
      await page.getByRole('region', { name: 'Connector Central hook' }).getByRole('button', { name: 'Edit' }).click();
      await page.getByRole('form', { name: /^Edit Central hook/ }).waitFor();
      await fitsWidth(page);
      await page.screenshot({ path: join(SHOTS, 'sync-connector-form.png'), fullPage: true });
      expect(station.problems).toEqual([]);
    } finally {
      await station.close();
    }
  });
});
