import { describe, expect, it } from 'vitest';
import { useHarness } from './harness/use-harness';
import { wedgeScan } from './harness/keys';
import { withSupervisor } from './harness/station';
import { navButton, waitForBanner } from './harness/ui';

describe('the scanner setup page in Settings', () => {
  const harness = useHarness();

  it('shows what the scanner sends (symbology identifier, added characters, timing), and takes the suggested prefix and suffix into the settings', async () => {
    const { page, fixture } = await harness.open({ prepare: (f) => withSupervisor(f) });
    await navButton(page, 'Settings').click();
    const box = page.getByRole('region', { name: 'Test your scanner' });
    await box.getByRole('textbox').click();
    await wedgeScan(page, '~]C1IT-001234#');
    await wedgeScan(page, '~PF3ABC12#');
    const entries = box.getByRole('list', { name: 'Test entries, newest first' }).getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(1).textContent()).toContain('scanner');
    expect(await entries.nth(1).textContent()).toMatch(/median key gap \d+ ms · 14 keys/);

    await box.getByRole('button', { name: 'Strip the prefix ~' }).click();
    await box.getByRole('button', { name: 'Strip the suffix #' }).click();
    const form = page.getByRole('form', { name: 'Station settings' });
    expect(await form.getByLabel('Scanner: prefix').inputValue()).toBe('~');
    expect(await form.getByLabel('Scanner: suffix').inputValue()).toBe('#');

    await box.getByRole('textbox').click();
    await wedgeScan(page, '~]C1IT-001234#');
    const latest = await entries.nth(0).textContent();
    expect(latest).toContain('Symbology identifier ]C1: GS1-128 (Code 128 with GS1 data)');
    expect(latest).toContain('Prefix removed: ~');
    expect(latest).toContain('Suffix removed: #');

    await form.getByRole('button', { name: 'Save settings' }).click();
    await waitForBanner(page, 'Settings saved');
    const status = await fixture.call('setup.status', {});
    expect(status.settings?.wedge).toMatchObject({ prefix: '~', suffix: '#' });
  });
});
