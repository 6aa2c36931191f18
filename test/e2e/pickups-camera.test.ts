import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeCameraArgs } from './harness/fake-camera';
import { BANNER_LOG_SCRIPT, bannersShown, openSessionWithPallet, pickedUpPayloadsOf, pickupDock, prepareDock, writePickupVideo } from './harness/pickup-camera';
import { takeTones } from './harness/sound-recorder';
import { countEvents, verifyLog } from './harness/station';
import { navButton, waitForBanner } from './harness/ui';
import { useHarness } from './harness/use-harness';

const DECODED_HZ = 2637;
const SUCCESS_HZ = 1760;
const WARNING_HZ = 660;
const ERROR_HZ = 196;
const dock = pickupDock(3);
const [first, second, third] = dock.onManifest;
const dir = mkdtempSync(join(tmpdir(), 'dockside-pickup-camera-'));
const video = join(dir, 'pickup-labels.y4m');

// Each label stays in view for 2 s (10 frames at 5 frames/s); the long empty tail keeps the loop from showing them again.
await writePickupVideo(video, [...dock.onManifest.map((d) => d.label), dock.offManifest.label, dock.unwiped.label], { fps: 5, labelSeconds: 2, tailSeconds: 10 });

const counter = (page: Page, name: string): Locator => page.getByTestId(`counter-${name}`).locator('dd');
const lineOf = (page: Page, tag: string): Locator => page.getByRole('table', { name: 'Session lines' }).getByRole('row').filter({ hasText: tag });

describe('camera scanning into a pickup session, in Chromium with a fake camera', () => {
  const harness = useHarness(() => fakeCameraArgs(video));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('F2 on the session scan field: each label the camera shows is recorded once into the open pallet as a camera scan; a label off the manifest shows as unexpected; an unwiped laptop is refused and a supervisor override records it as a camera scan', async () => {
    const app = await harness.open({ prepare: (fixture) => prepareDock(fixture, dock), initScripts: [BANNER_LOG_SCRIPT] });
    const { page, fixture } = app;
    if (first === undefined || second === undefined || third === undefined) throw new Error('the dock has three devices on the manifest');
    await navButton(page, 'Pickups').click();
    await openSessionWithPallet(page, 3);
    expect(await counter(page, 'expected').textContent()).toBe('3');
    expect(await counter(page, 'scanned').textContent()).toBe('0');
    await takeTones(page);

    await page.keyboard.press('F2');
    await page.getByRole('region', { name: 'Camera scanning' }).waitFor();
    expect(await waitForBanner(page, `${first.assetTag} matched`)).toBe('success');
    expect(await waitForBanner(page, `${second.assetTag} matched`)).toBe('success');
    expect(await waitForBanner(page, `${third.assetTag} matched`)).toBe('success');
    expect(await waitForBanner(page, `Not on the manifest: ${dock.offManifest.assetTag}`)).toBe('warning');
    expect(await waitForBanner(page, `Refused: ${dock.unwiped.assetTag}`)).toBe('error');
    await page.keyboard.press('F2');
    await page.getByRole('region', { name: 'Camera scanning' }).waitFor({ state: 'detached' });

    // Each label stayed in view for ten frames: one decode beep and one scan each, nothing "already scanned".
    const tones = (await takeTones(page)).map((t) => t.frequency);
    expect(tones.filter((hz) => hz === DECODED_HZ)).toHaveLength(5);
    expect(tones.filter((hz) => hz === SUCCESS_HZ)).toHaveLength(3);
    expect(tones.filter((hz) => hz === WARNING_HZ).length).toBeGreaterThan(0);
    expect(tones.filter((hz) => hz === ERROR_HZ)).toHaveLength(1);

    const override = page.getByRole('form', { name: 'Supervisor override' });
    await override.getByLabel('Supervisor ID').fill('SUP-1');
    await override.getByLabel('Supervisor PIN').fill('4321');
    await override.getByLabel('Why it may go anyway').fill('Vendor shreds it on arrival');
    await override.getByLabel('Why it may go anyway').press('Enter');
    expect(await waitForBanner(page, `Not on the manifest: ${dock.unwiped.assetTag}`)).toBe('warning');
    const scans = (await bannersShown(page)).map((b) => b.text).filter((text) => / matched|^Not on the manifest|^Already scanned|^Substitution|^Refused/.test(text));
    expect(scans.map((text) => text.replace(/( matched|: IT-\d+).*$/, '$1'))).toEqual([
      `${first.assetTag} matched`,
      `${second.assetTag} matched`,
      `${third.assetTag} matched`,
      `Not on the manifest: ${dock.offManifest.assetTag}`,
      `Refused: ${dock.unwiped.assetTag}`,
      `Not on the manifest: ${dock.unwiped.assetTag}`,
    ]);

    expect(await counter(page, 'scanned').textContent()).toBe('5');
    expect(await counter(page, 'missing').textContent()).toBe('0');
    expect(await counter(page, 'unexpected').textContent()).toBe('2');
    expect(await counter(page, 'substituted').textContent()).toBe('0');
    for (const d of dock.onManifest) {
      expect(await lineOf(page, d.assetTag).getByRole('cell').nth(3).textContent()).toContain('PAL-1');
      expect(await lineOf(page, d.assetTag).getByRole('cell').nth(4).textContent()).toBe('Matched');
    }
    expect(await lineOf(page, dock.offManifest.assetTag).getByRole('cell').nth(4).textContent()).toBe('Unexpected');
    expect(await lineOf(page, dock.offManifest.assetTag).getByRole('button', { name: 'Resolve' }).count()).toBe(1);

    expect(await lineOf(page, dock.unwiped.assetTag).getByRole('cell').nth(5).textContent()).toContain('Override by SUP-1: Vendor shreds it on arrival');

    for (const d of [...dock.onManifest, dock.offManifest, dock.unwiped]) {
      const picked = pickedUpPayloadsOf(fixture, d.assetTag);
      expect(picked).toHaveLength(1);
      expect(picked[0]).toMatchObject({ source: 'camera', scanned: d.label, containerLabel: 'PAL-1', expected: dock.onManifest.includes(d) });
    }
    expect(pickedUpPayloadsOf(fixture, dock.unwiped.assetTag)[0]).toMatchObject({ override: { supervisorId: 'SUP-1', reason: 'Vendor shreds it on arrival' } });
    expect(countEvents(fixture, { type: 'picked_up' })).toBe(5);
    expect(verifyLog(fixture).ok).toBe(true);
    expect(app.problems).toEqual([]);
  }, 90_000);
});
