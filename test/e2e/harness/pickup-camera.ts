import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import type { CoreFixture } from '../../support/core-fixture';
import { insertVendor, wipedDevice } from '../../support/pickups/pickup-station';
import { receivedDevice } from '../../support/wipes/wipe-station';
import { cameraPicture, writeY4m, type CameraShot, type HeldLabel } from './fake-camera';
import { withSupervisor } from './station';
import { waitForBanner } from './ui';

/** A device at the pickup dock: its tag, its serial, and the text on the label the camera is shown. */
export interface DockDevice {
  readonly assetTag: string;
  readonly serial: string;
  readonly label: string;
}

export interface PickupDock {
  readonly onManifest: readonly DockDevice[];
  readonly offManifest: DockDevice;
  readonly unwiped: DockDevice;
}

/**
 * The dock of the camera pickup tests: wiped laptops ready to stage (the manifest), one shown by its serial label;
 * a monitor received but never staged, so its label is not on the manifest (it holds no data: no refusal); and a
 * laptop received but never wiped, which the scan loop refuses until a supervisor overrides.
 */
export function pickupDock(expected: number): PickupDock {
  const device = (n: number, label: 'tag' | 'serial'): DockDevice => {
    const assetTag = `IT-${String(400000 + n)}`;
    const serial = `SN${String(400000 + n)}`;
    return { assetTag, serial, label: label === 'tag' ? assetTag : serial };
  };
  return { onManifest: Array.from({ length: expected }, (_, i) => device(i + 1, i === 1 ? 'serial' : 'tag')), offManifest: device(99, 'tag'), unwiped: device(98, 'tag') };
}

export async function prepareDock(fixture: CoreFixture, dock: PickupDock): Promise<void> {
  await withSupervisor(fixture);
  insertVendor(fixture, 'V-ACME', 'Acme Recycling');
  for (const d of dock.onManifest) await wipedDevice(fixture, { assetTag: d.assetTag, serial: d.serial, make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' }, `DRV-${d.serial}`);
  await receivedDevice(fixture, { assetTag: dock.offManifest.assetTag, serial: dock.offManifest.serial, make: 'Dell', model: 'P2422H', assetClass: 'monitor' });
  await receivedDevice(fixture, { assetTag: dock.unwiped.assetTag, serial: dock.unwiped.serial, make: 'HP', model: 'EliteBook 840', assetClass: 'laptop' });
}

/**
 * The fake camera's video: an empty bench, then each label held up for labelSeconds (many frames), one after another,
 * then a long empty bench so no label comes round again while the test looks (the fake camera loops its file).
 */
export async function writePickupVideo(file: string, labels: readonly string[], options: { fps: number; labelSeconds: number; tailSeconds: number; width?: number; height?: number }): Promise<void> {
  const { width = 640, height = 480 } = options;
  const blank = await cameraPicture([], width, height);
  const shots: CameraShot[] = [];
  for (const text of labels) {
    const held: HeldLabel = { kind: 'code128', text, module: 3 };
    shots.push({ frame: blank, seconds: 1 }, { frame: await cameraPicture([held], width, height), seconds: options.labelSeconds });
  }
  shots.push({ frame: blank, seconds: options.tailSeconds });
  writeY4m(file, shots, options.fps);
}

/** From the Pickups screen: stages the ready devices, starts a session with the vendor and opens pallet PAL-1. */
export async function openSessionWithPallet(page: Page, staged: number): Promise<void> {
  await page.getByTestId('ready-count').filter({ hasText: `${staged} sanitized devices ready` }).waitFor();
  await page.getByRole('button', { name: 'Stage all ready devices' }).click();
  await waitForBanner(page, `${staged} devices staged for pickup`);
  await page.getByRole('button', { name: 'Start pickup session' }).click();
  await waitForBanner(page, /^Pickup PU-\d{8}-[0-9A-F]{6} opened/);
  const open = page.getByRole('form', { name: 'Open a container' });
  await open.getByLabel('Container label').fill('PAL-1');
  await open.getByLabel('Container label').press('Enter');
  await waitForBanner(page, 'Pallet PAL-1 open: scans go into it');
  await page.waitForFunction(() => document.activeElement?.classList.contains('scan-field__input') === true);
}

/** Every text the feedback banner showed, stamped on the page's clock (a measurement hook outside the app). */
export const BANNER_LOG_SCRIPT = `(() => {
  const banners = [];
  Object.defineProperty(window, '__banners', { value: banners });
  let last = '';
  new MutationObserver(() => {
    const status = document.querySelector('[role="status"]');
    const text = status === null ? '' : status.textContent;
    if (text !== last) { last = text; banners.push({ text, at: performance.now() }); }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

export interface BannerStamp {
  readonly text: string;
  readonly at: number;
}

export function bannersShown(page: Page): Promise<BannerStamp[]> {
  return page.evaluate('window.__banners.slice()') as Promise<BannerStamp[]>;
}

/** The payloads of a device's picked_up custody events, read from the station's database file. */
export function pickedUpPayloadsOf(fixture: CoreFixture, assetTag: string): Record<string, unknown>[] {
  const db = new Database(fixture.dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare("SELECT e.payload AS payload FROM custody_events e JOIN assets a ON a.id = e.asset_id WHERE a.asset_tag = ? AND e.type = 'picked_up' ORDER BY e.seq")
      .all(assetTag) as { payload: string }[];
    return rows.map((r) => JSON.parse(r.payload) as Record<string, unknown>);
  } finally {
    db.close();
  }
}
