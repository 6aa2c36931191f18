import type { Locator, Page } from 'playwright-core';

const WAIT_MS = 10_000;

/** The feedback banner (role="status", aria-live). */
export const banner = (page: Page): Locator => page.getByRole('status');

/** Waits until the banner says this, and returns its tone (success, info, warning, error). */
export async function waitForBanner(page: Page, text: string | RegExp): Promise<string | null> {
  await banner(page).filter({ hasText: text }).waitFor({ timeout: WAIT_MS });
  return banner(page).getAttribute('data-tone');
}

export const scanField = (page: Page): Locator => page.getByRole('textbox', { name: /^Scan / });

/** Waits for the receive desk: a batch open and the scan field focused. */
export async function waitForReceiveDesk(page: Page): Promise<void> {
  await page.getByText('Started ').waitFor({ timeout: WAIT_MS });
  await page.waitForFunction(() => document.activeElement?.classList.contains('scan-field__input') === true, undefined, { timeout: WAIT_MS });
}

export const navButton = (page: Page, name: string): Locator => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name });

export async function signInWith(page: Page, technicianId: string, pin: string): Promise<void> {
  await page.getByLabel('Technician ID').fill(technicianId);
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
