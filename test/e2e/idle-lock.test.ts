import { describe, expect, it } from 'vitest';
import type { AppUnderTest } from './harness/harness';
import { useHarness } from './harness/use-harness';
import { wedgeScan } from './harness/keys';
import { SUPERVISOR, withSupervisor } from './harness/station';
import { waitForReceiveDesk } from './harness/ui';

const MINUTE_MS = 60_000;

describe('idle lock and ended sessions in Chromium', () => {
  const harness = useHarness();
  let app: AppUnderTest | null = null;

  async function openSignedIn(fakeClock: boolean): Promise<AppUnderTest> {
    app = await harness.open({ prepare: (fixture) => withSupervisor(fixture), fakeClock });
    await waitForReceiveDesk(app.page);
    return app;
  }

  it('locks after the idle time with no activity, signs out in the core, and keeps the technician ID for the PIN', async () => {
    const { page, fixture } = await openSignedIn(true);
    await page.clock.fastForward('09:00');
    expect(await page.getByTestId('signed-in-as').count()).toBe(1);
    await page.clock.fastForward('01:30');
    await page.getByText('Locked after 10 minutes without activity').waitFor();
    expect(await page.getByLabel('Technician ID').inputValue()).toBe(SUPERVISOR.technicianId);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('password');
    const touched = await fixture.core.invoke('auth.touch', {});
    expect(touched.ok ? 'signed in' : touched.error.code).toBe('NOT_SIGNED_IN');

    await page.keyboard.type(SUPERVISOR.pin);
    await page.keyboard.press('Enter');
    await page.getByTestId('signed-in-as').filter({ hasText: 'Sam Supervisor (SUP-1)' }).waitFor();
  });

  it('does not lock while the technician keeps working', async () => {
    const { page } = await openSignedIn(true);
    await page.clock.fastForward('08:00');
    await page.keyboard.press('Shift');
    await page.clock.fastForward('08:00');
    await page.mouse.move(400, 400);
    await page.clock.fastForward('08:00');
    expect(await page.getByTestId('signed-in-as').count()).toBe(1);
    expect(await page.getByText('Locked after').count()).toBe(0);
  });

  it('goes back to sign-in, with the words, when the core answers that the session expired', async () => {
    const { page, fixture } = await openSignedIn(false);
    fixture.clock.advance(11 * MINUTE_MS);
    await wedgeScan(page, 'IT-001234');
    await page.getByText('You were signed out after a quiet spell. Sign in again to carry on.').waitFor();
    expect(await page.getByLabel('Technician ID').inputValue()).toBe(SUPERVISOR.technicianId);
  });

  it('goes back to sign-in when the main process ends the session', async () => {
    const { page } = await openSignedIn(false);
    await page.evaluate(() => {
      const emit = (window as unknown as { __docksideEmit: (name: string, payload: unknown) => void }).__docksideEmit;
      emit('session.ended', { reason: 'idle' });
    });
    await page.getByText('Locked after a quiet spell').waitFor();
    expect(await page.getByLabel('Technician ID').inputValue()).toBe(SUPERVISOR.technicianId);
  });
});
