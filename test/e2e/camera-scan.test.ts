import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { cameraPicture, fakeCameraArgs, writeY4m } from './harness/fake-camera';
import { useHarness } from './harness/use-harness';
import { takeTones } from './harness/sound-recorder';
import { receivedPayloadOf, registerDevice, verifyLog, withSupervisor } from './harness/station';
import { navButton, waitForBanner, waitForReceiveDesk } from './harness/ui';

const DECODED_HZ = 2637;
const dir = mkdtempSync(join(tmpdir(), 'dockside-camera-'));
const video = join(dir, 'asset-tag.y4m');

/** The fake camera: an empty bench for a second, then the asset tag IT-001234 (Code 128) held up for two, looping. */
async function writeVideo(): Promise<void> {
  writeY4m(video, [
    { frame: await cameraPicture([]), seconds: 1 },
    { frame: await cameraPicture([{ kind: 'code128', text: 'IT-001234', module: 3 }]), seconds: 2 },
  ]);
}

async function stationWithLaptop(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  await registerDevice(fixture, { assetTag: 'IT-001234', serial: 'PF3ABC12', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' });
}

await writeVideo();

describe('camera scanning in Chromium with a fake camera', () => {
  const harness = useHarness(() => fakeCameraArgs(video));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('F2 opens the camera on the Receive screen; the label it reads is received with source camera, then the Wipes lookup finds it', async () => {
    const { page, fixture, problems } = await harness.open({ prepare: stationWithLaptop });
    await waitForReceiveDesk(page);
    await page.getByRole('checkbox', { name: /Quick receive/ }).check();
    await page.keyboard.press('F2');
    await page.getByRole('region', { name: 'Camera scanning' }).waitFor();
    const camera = await page.getByRole('region', { name: 'Camera scanning' }).boundingBox();
    const field = await page.locator('.scan-field__input').boundingBox();
    expect((camera?.x ?? 0) + (camera?.width ?? Infinity)).toBeLessThanOrEqual((field?.x ?? 0) + (field?.width ?? 0) + 1);

    expect(await waitForBanner(page, 'Received IT-001234')).toBe('success');
    expect(await page.getByTestId('entry-source').textContent()).toBe('camera');
    expect((await takeTones(page)).map((t) => t.frequency)).toContain(DECODED_HZ);
    await page.locator('.camera__mark').first().waitFor({ state: 'attached' });
    expect(await page.getByTestId('camera-status').textContent()).toContain('decoder zxing-wasm');
    expect(receivedPayloadOf(fixture, 'IT-001234')).toMatchObject({ source: 'camera', scanned: 'IT-001234' });
    expect(verifyLog(fixture).ok).toBe(true);

    await navButton(page, 'Wipes').click();
    await page.getByRole('region', { name: 'Camera scanning' }).waitFor();
    await waitForBanner(page, /wipe form open/);
    await page.getByRole('heading', { name: 'Wipe: IT-001234' }).waitFor();

    await page.keyboard.press('F2');
    await page.getByRole('region', { name: 'Camera scanning' }).waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });
});
