import { describe, expect, it } from 'vitest';
import { useHarness } from './harness/use-harness';
import { withSupervisor } from './harness/station';
import { scanField, waitForReceiveDesk } from './harness/ui';

describe('when the camera cannot be used', () => {
  // A camera exists, but nobody accepts the permission prompt: Chromium refuses it (as a blocked camera does).
  const harness = useHarness(() => ['--use-fake-device-for-media-stream']);

  it('says in words that the camera is blocked and what to do; the scan field still takes scans', async () => {
    const { page } = await harness.open({ prepare: (fixture) => withSupervisor(fixture) });
    await waitForReceiveDesk(page);
    await page.keyboard.press('F2');
    const alert = page.getByRole('region', { name: 'Camera scanning' }).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Camera use is blocked');
    expect(await page.getByTestId('camera-status').textContent()).toBe('Camera off');
    await page.waitForFunction(() => document.activeElement?.classList.contains('scan-field__input') === true);
    expect(await scanField(page).isEditable()).toBe(true);
  });
});
