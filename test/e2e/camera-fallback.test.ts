import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { cameraPicture, fakeCameraArgs, writeY4m } from './harness/fake-camera';
import { useHarness } from './harness/use-harness';
import { receivedPayloadOf, registerDevice, withSupervisor } from './harness/station';
import { waitForBanner, waitForReceiveDesk } from './harness/ui';

const dir = mkdtempSync(join(tmpdir(), 'dockside-camera-fallback-'));
const video = join(dir, 'serial.y4m');
writeY4m(video, [{ frame: await cameraPicture([{ kind: 'code39', text: 'PF3ABC12', module: 3 }]), seconds: 1 }]);

async function stationWithLaptop(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  await registerDevice(fixture, { assetTag: 'IT-001234', serial: 'PF3ABC12', make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' });
}

/** The decoding worker served under a policy that forbids compiling WebAssembly (no 'wasm-unsafe-eval'). */
const NO_WASM_POLICY = "default-src 'self'; script-src 'self'";

describe('camera scanning where WebAssembly cannot run', () => {
  const harness = useHarness(() => fakeCameraArgs(video));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('falls back to @zxing/library and still receives the device by its serial', async () => {
    const { page, fixture } = await harness.open({ prepare: stationWithLaptop });
    await page.context().route(/decode-worker-[^/]*\.js$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': NO_WASM_POLICY } });
    });
    await waitForReceiveDesk(page);
    await page.getByRole('checkbox', { name: /Quick receive/ }).check();
    await page.keyboard.press('F2');
    await waitForBanner(page, 'Received IT-001234');
    expect(await page.getByTestId('camera-status').textContent()).toContain('decoder zxing-js');
    expect(receivedPayloadOf(fixture, 'IT-001234')).toMatchObject({ source: 'camera', scanned: 'PF3ABC12' });
  });
});
