import type { Page } from 'playwright-core';

/** A keyboard-wedge scanner: the whole code in a fast burst, then Enter. */
export async function wedgeScan(page: Page, code: string, end: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press(end);
}

/** A person typing at the keyboard, then Enter. */
export async function typeSlowly(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 120 });
  await page.keyboard.press('Enter');
}
