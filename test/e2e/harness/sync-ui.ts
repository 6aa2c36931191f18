import type { Locator, Page } from 'playwright-core';
import { wedgeScan } from './keys';
import { waitForBanner, waitForReceiveDesk } from './ui';

const WAIT_MS = 10_000;

/** The sync indicator in the header. */
export const syncIndicator = (page: Page): Locator => page.getByTestId('sync-indicator');

/** Waits until the indicator's text matches, and returns its tone (ok, busy, offline, attention, stuck, none). */
export async function waitForIndicator(page: Page, text: string | RegExp): Promise<string | null> {
  await syncIndicator(page).filter({ hasText: text }).waitFor({ timeout: WAIT_MS });
  return syncIndicator(page).getAttribute('data-tone');
}

/** Opens the Sync screen through the indicator, as a technician would. */
export async function openSyncScreen(page: Page): Promise<void> {
  await syncIndicator(page).click();
  await page.getByRole('heading', { name: 'Sync', exact: true }).waitFor({ timeout: WAIT_MS });
}

export async function openConnectorSettings(page: Page): Promise<void> {
  await openSyncScreen(page);
  await page.getByRole('button', { name: 'Connector settings' }).click();
  await page.getByRole('heading', { name: 'Connector settings' }).waitFor({ timeout: WAIT_MS });
}

/** Receives devices at the desk in Quick receive, each by a scanner burst, as the dock does all day. */
export async function quickReceive(page: Page, tags: readonly string[]): Promise<void> {
  await waitForReceiveDesk(page);
  await page.getByRole('checkbox', { name: /Quick receive/ }).check();
  for (const tag of tags) {
    await wedgeScan(page, tag);
    await waitForBanner(page, `Received ${tag}`);
  }
}

export const refusedTable = (page: Page): Locator => page.getByRole('table', { name: 'Refused events' });

export const connectorCard = (page: Page, name: string): Locator => page.getByRole('region', { name: `Connector ${name}` });

/** A labelled field of a form (the label, its input and its problem in words), by the label's own text. */
export const formField = (form: Locator, label: string): Locator =>
  form.locator('label.field').filter({ has: form.page().locator(':scope > span').getByText(label, { exact: true }) });
