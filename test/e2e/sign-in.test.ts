import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CoreFixture } from '../support/core-fixture';
import type { AppUnderTest } from './harness/harness';
import { useHarness } from './harness/use-harness';
import { wedgeScan } from './harness/keys';
import { SUPERVISOR, withSupervisor } from './harness/station';
import { navButton, signInWith, waitForBanner, waitForReceiveDesk } from './harness/ui';

function technicianRows(fixture: CoreFixture): { technician_id: string; name: string; role: string }[] {
  const db = new Database(fixture.dbFile, { readonly: true });
  try {
    return db.prepare('SELECT technician_id, name, role FROM technicians ORDER BY technician_id').all() as { technician_id: string; name: string; role: string }[];
  } finally {
    db.close();
  }
}

function assetCount(fixture: CoreFixture): number {
  const db = new Database(fixture.dbFile, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM assets').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A supervisor exists but nobody is signed in: the page opens on the sign-in screen. */
async function signedOutStation(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  await fixture.call('auth.signOut', {});
}

describe('first run, sign-in and roles in Chromium', () => {
  const harness = useHarness();
  let app: AppUnderTest | null = null;

  it('first run creates the first supervisor with demo data, who is then signed in', async () => {
    app = await harness.open();
    const { page, fixture } = app;
    const form = page.getByRole('form', { name: 'Create the first supervisor' });
    await form.waitFor();
    await form.getByLabel('Technician ID').fill('sup-9');
    await form.getByLabel('Name').fill('Rosa Diaz');
    await form.getByLabel('PIN (4–12 digits)').fill('2580');
    await form.getByLabel('PIN again').fill('2581');
    await form.getByRole('button', { name: 'Create supervisor and sign in' }).click();
    await form.getByRole('alert').filter({ hasText: 'The two PINs are not the same' }).waitFor();
    expect(technicianRows(fixture)).toEqual([]);

    await form.getByLabel('PIN again').fill('2580');
    await form.getByLabel('Load demo data so you can try things').check();
    await form.getByRole('button', { name: 'Create supervisor and sign in' }).click();
    await page.getByTestId('signed-in-as').filter({ hasText: 'Rosa Diaz (SUP-9) · supervisor' }).waitFor();
    await waitForReceiveDesk(page);
    expect(technicianRows(fixture)).toEqual([{ technician_id: 'SUP-9', name: 'Rosa Diaz', role: 'supervisor' }]);
    expect(assetCount(fixture)).toBe(24);
    expect(await navButton(page, 'Technicians').isVisible()).toBe(true);
    expect(await navButton(page, 'Settings').isVisible()).toBe(true);
  });

  it('a badge scan fills the ID and moves to the PIN; a wrong PIN says how many attempts are left', async () => {
    app = await harness.open({ prepare: signedOutStation });
    const { page } = app;
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.waitFor();
    await wedgeScan(page, SUPERVISOR.technicianId);
    await page.getByText('ID scanned from badge').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('password');

    await page.keyboard.type('0000');
    await page.keyboard.press('Enter');
    const alert = form.getByRole('alert');
    await alert.filter({ hasText: 'Technician ID or PIN is wrong' }).waitFor();
    expect(await alert.textContent()).toContain('4 attempts left before the account locks.');

    await page.keyboard.type(SUPERVISOR.pin);
    await page.keyboard.press('Enter');
    await page.getByTestId('signed-in-as').filter({ hasText: 'Sam Supervisor (SUP-1)' }).waitFor();
  });

  it('locks the account after too many wrong PINs and says so in words', async () => {
    app = await harness.open({ prepare: signedOutStation });
    const { page } = app;
    const alert = page.getByRole('form', { name: 'Sign in' }).getByRole('alert');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signInWith(page, SUPERVISOR.technicianId, '1111');
      await alert.filter({ hasText: attempt < 5 ? `${5 - attempt} attempt` : 'this account is locked' }).waitFor();
    }
    await signInWith(page, SUPERVISOR.technicianId, SUPERVISOR.pin);
    await alert.filter({ hasText: 'Too many wrong PINs: this account is locked' }).waitFor();
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
  });

  it('a supervisor adds a technician who then signs in and sees neither Technicians nor Settings', async () => {
    app = await harness.open({ prepare: (fixture) => withSupervisor(fixture) });
    const { page, fixture } = app;
    await navButton(page, 'Technicians').click();
    const form = page.getByRole('form', { name: 'Add a technician' });
    await form.getByLabel('Technician ID').fill('TECH-7');
    await form.getByLabel('Name').fill('Theo Tran');
    await form.getByLabel('Role').selectOption('technician');
    await form.getByLabel('PIN (4–12 digits)').fill('7777');
    await form.getByRole('button', { name: 'Add technician' }).click();
    await waitForBanner(page, 'Added Theo Tran (TECH-7)');
    await page.getByRole('table', { name: 'Technicians' }).getByRole('cell', { name: 'Theo Tran' }).waitFor();
    expect(technicianRows(fixture).map((t) => [t.technician_id, t.role])).toEqual([
      ['SUP-1', 'supervisor'],
      ['TECH-7', 'technician'],
    ]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Signed out.').waitFor();
    expect(await page.getByLabel('Technician ID').inputValue()).toBe('');
    await signInWith(page, 'tech-7', '7777');
    await page.getByTestId('signed-in-as').filter({ hasText: 'Theo Tran (TECH-7) · technician' }).waitFor();
    await waitForReceiveDesk(page);
    expect(await navButton(page, 'Receive').isVisible()).toBe(true);
    expect(await navButton(page, 'Search').isVisible()).toBe(true);
    expect(await navButton(page, 'Technicians').count()).toBe(0);
    expect(await navButton(page, 'Settings').count()).toBe(0);
  });

  it('a supervisor resets a PIN (the old one stops working) and switches an account off', async () => {
    app = await harness.open({
      prepare: async (fixture) => {
        await withSupervisor(fixture);
        await fixture.call('users.add', { technicianId: 'TECH-8', name: 'Uma Patel', role: 'technician', pin: '8888' });
        await fixture.call('users.add', { technicianId: 'TECH-9', name: 'Vic Stone', role: 'technician', pin: '9999' });
      },
    });
    const { page } = app;
    await navButton(page, 'Technicians').click();
    const table = page.getByRole('table', { name: 'Technicians' });
    const uma = table.getByRole('row').filter({ hasText: 'TECH-8' });
    await uma.getByRole('button', { name: 'Reset PIN' }).click();
    await uma.getByRole('textbox', { name: 'New PIN for TECH-8' }).fill('1357');
    await uma.getByRole('button', { name: 'Save PIN' }).click();
    await waitForBanner(page, 'New PIN set for TECH-8');

    const vic = table.getByRole('row').filter({ hasText: 'TECH-9' });
    await vic.getByRole('button', { name: 'Switch off' }).click();
    await waitForBanner(page, 'TECH-9 switched off');
    await vic.getByRole('cell', { name: 'Switched off' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    const alert = page.getByRole('form', { name: 'Sign in' }).getByRole('alert');
    await signInWith(page, 'TECH-9', '9999');
    await alert.filter({ hasText: 'This technician account is switched off' }).waitFor();
    await signInWith(page, 'TECH-8', '8888');
    await alert.filter({ hasText: 'Technician ID or PIN is wrong' }).waitFor();
    await signInWith(page, 'TECH-8', '1357');
    await page.getByTestId('signed-in-as').filter({ hasText: 'Uma Patel (TECH-8)' }).waitFor();
  });
});
