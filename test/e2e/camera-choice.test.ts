import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { cameraPicture, fakeCameraArgs, writeY4m } from './harness/fake-camera';
import { useHarness } from './harness/use-harness';
import { receivedPayloadOf, registerDevice, withSupervisor } from './harness/station';
import { waitForBanner, waitForReceiveDesk } from './harness/ui';

const dir = mkdtempSync(join(tmpdir(), 'dockside-camera-choice-'));
const video = join(dir, 'two-labels.y4m');

/** A device's underside: a serial label (Code 128) beside an asset tag (Data Matrix), held in view. */
writeY4m(video, [
  {
    frame: await cameraPicture([
      { kind: 'code128', text: 'C02XK1', module: 2, cx: 0.33 },
      { kind: 'datamatrix', text: 'IT-001234', module: 5, cx: 0.72 },
    ]),
    seconds: 2,
  },
]);

async function twoLaptops(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  await registerDevice(fixture, { assetTag: 'IT-001234', serial: 'PF3ABC12', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' });
  await registerDevice(fixture, { assetTag: 'IT-005678', serial: 'C02XK1', make: 'Apple', model: 'MacBook Pro 14', assetClass: 'laptop' });
}

describe('several codes in one camera frame', () => {
  const harness = useHarness(() => fakeCameraArgs(video));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the asset tag by the site pattern; asked to, offers both as buttons, drops them on Esc, and takes the one picked (Alt+1)', async () => {
    const { page, fixture, problems } = await harness.open({ prepare: twoLaptops });
    await waitForReceiveDesk(page);
    await page.getByRole('checkbox', { name: /Quick receive/ }).check();
    await page.getByRole('button', { name: /Scan with camera/ }).click();
    await waitForBanner(page, 'Received IT-001234');
    expect(receivedPayloadOf(fixture, 'IT-001234')).toMatchObject({ source: 'camera', scanned: 'IT-001234' });
    expect(receivedPayloadOf(fixture, 'IT-005678')).toBeNull();

    await page.getByLabel('Several codes in view').selectOption('ask');
    const choice = page.getByRole('group', { name: 'Several codes: pick one' });
    await choice.waitFor();
    const buttons = choice.getByRole('button');
    expect(await buttons.allTextContents()).toEqual(['Alt+1 C02XK1 serial · Code 128', 'Alt+2 IT-001234 asset tag · Data Matrix']);
    await page.keyboard.press('Escape');
    await choice.waitFor({ state: 'detached' });
    await page.keyboard.press('F2');
    await page.keyboard.press('F2');
    await choice.waitFor();
    await page.keyboard.press('Alt+1');
    await waitForBanner(page, 'Received IT-005678');
    await choice.waitFor({ state: 'detached' });
    expect(receivedPayloadOf(fixture, 'IT-005678')).toMatchObject({ source: 'camera', scanned: 'C02XK1' });
    expect(problems).toEqual([]);
  });
});
