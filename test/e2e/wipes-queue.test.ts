import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import { addDrive, receiveMany, receivedDevice } from '../support/wipes/wipe-station';
import type { AppUnderTest } from './harness/harness';
import { useHarness } from './harness/use-harness';
import { wedgeScan } from './harness/keys';
import { withSupervisor } from './harness/station';
import { navButton, waitForBanner } from './harness/ui';

const DAY = 86_400_000;

async function dockMorning(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  await receivedDevice(fixture, { assetTag: 'IT-000501', serial: 'OLDLAPTOP', make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop' });
  fixture.clock.advance(DAY);
  await fixture.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
  await receivedDevice(fixture, { assetTag: 'IT-000502', serial: 'FINPHONE', make: 'Apple', model: 'iPhone 15', assetClass: 'phone', sensitivity: 'high' });
  const desktop = await receivedDevice(fixture, { assetTag: 'IT-000503', serial: 'DESK1', make: 'HP', model: 'EliteDesk 800', assetClass: 'desktop' });
  await addDrive(fixture, desktop.id, 'WD-DESK-0001', 'hdd');
  await receivedDevice(fixture, { assetTag: 'IT-000504', serial: 'MON1', make: 'Dell', model: 'P2723QE', assetClass: 'monitor' });
  fixture.clock.advance(20 * DAY);
  await fixture.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
}

describe('the wipe queue in Chromium', () => {
  const harness = useHarness();
  let app: AppUnderTest | null = null;

  it('lists the devices that hold data, most sensitive then oldest first, with deadlines; overdue ones stand out', async () => {
    app = await harness.open({ prepare: dockMorning });
    const { page } = app;
    await navButton(page, 'Wipes').click();
    await page.getByTestId('queue-counts').filter({ hasText: '3 devices waiting for sanitization · 3 overdue · 1 high sensitivity' }).waitFor();
    const rows = page.getByRole('table', { name: 'Wipe queue' }).getByRole('row').filter({ hasText: /IT-0005/ });
    expect(await rows.allTextContents()).toEqual([
      expect.stringMatching(/^IT-000502FINPHONEApple iPhone 15PhoneHIGHwaited 20 dOVERDUE by 13 dPurge0\/0 drives doneNo drive recorded yet/),
      expect.stringMatching(/^IT-000501OLDLAPTOP.*waited 21 dOVERDUE by 7 dClear0\/0 drives done/),
      expect.stringMatching(/^IT-000503DESK1.*waited 20 dOVERDUE by 6 dClear0\/1 drive doneDrive WD-DESK-0001 is not wiped yet\./),
    ]);
    expect(await rows.first().getAttribute('class')).toContain('queue__row--overdue');
    expect(app.problems).toEqual([]);
  });

  it('opens the wipe form from a scan of the device tag, and the record form straight away from a scan of a drive serial', async () => {
    app = await harness.open({ prepare: dockMorning });
    const { page } = app;
    await navButton(page, 'Wipes').click();
    await page.getByTestId('queue-counts').filter({ hasText: '3 devices' }).waitFor();
    await wedgeScan(page, 'IT-000501');
    await page.getByRole('heading', { name: 'Wipe: IT-000501' }).waitFor();
    expect(await page.getByTestId('wipe-status').textContent()).toContain('No drive recorded yet: add the storage it holds (serial and type).');
    await page.keyboard.press('Escape');
    await page.getByTestId('queue-counts').waitFor();
    await wedgeScan(page, 'WD-DESK-0001');
    await page.getByRole('heading', { name: 'Wipe: IT-000503' }).waitFor();
    await page.getByRole('form', { name: 'Record the wipe: WD-DESK-0001' }).waitFor();
    expect(await waitForBanner(page, 'IT-000503: wipe form open')).toBe('info');
  });

  it('shows the first page of a long queue and loads only the windows scrolled to, never every row', async () => {
    const calls: { offset: number; limit: number }[] = [];
    app = await harness.open({
      prepare: async (fixture) => {
        await withSupervisor(fixture);
        await receiveMany(fixture, Array.from({ length: 450 }, (_, i) => ({ assetTag: `IT-${String(700_000 + i)}`, assetClass: 'laptop' as const })));
        const dispatch = fixture.core.dispatch.bind(fixture.core);
        fixture.core.dispatch = (name, input) => {
          if (name === 'wipes.queue') calls.push(input as { offset: number; limit: number });
          return dispatch(name, input);
        };
      },
    });
    const { page } = app;
    await navButton(page, 'Wipes').click();
    await page.getByTestId('queue-counts').filter({ hasText: '450 devices waiting' }).waitFor();
    const table = page.getByRole('table', { name: 'Wipe queue' });
    await table.getByRole('row').filter({ hasText: 'IT-700000' }).waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe('450');
    expect(await table.getByRole('row').count()).toBeLessThan(40);
    expect(calls).toEqual([{ offset: 0, limit: 100 }]);

    await page.getByTestId('queue-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await table.getByRole('row').filter({ hasText: 'IT-700449' }).waitFor();
    expect(calls).toEqual([{ offset: 0, limit: 100 }, { offset: 400, limit: 100 }]);
    expect(await table.getByRole('row').count()).toBeLessThan(40);
  });
});
