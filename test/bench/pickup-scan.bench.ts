import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { addLines } from '../../electron/services/pickups/create-session';
import { uuidIds } from '../../electron/services/system';
import type { CoreFixture } from '../support/core-fixture';
import { insertVendor, wipedDevice } from '../support/pickups/pickup-station';
import { startHarness } from '../e2e/harness/harness';
import { withSupervisor } from '../e2e/harness/station';
import { navButton, waitForBanner } from '../e2e/harness/ui';
import { machineInfo } from './support/machine';
import { writeResult } from './support/report';
import { latency, type Latency } from './support/stats';

export interface PickupScanBenchOptions {
  /** Lines the session holds before the measured scans. */
  readonly lines?: number;
  /** Wiped, staged devices scanned during the measurement (they are among the lines). */
  readonly scans?: number;
  readonly scansPerSecond?: number;
  readonly resultsDir?: string | null;
  readonly log?: (line: string) => void;
}

export interface PickupScanBenchResult {
  readonly lines: number;
  readonly scans: number;
  readonly scansPerSecond: number;
  /** Enter keydown to the banner confirming the match, on the page's clock. */
  readonly enterToConfirmationMs: Latency;
  readonly targetP95Ms: number;
  readonly targetMet: boolean;
  /** Session rows in the page after the burst: the table is virtualised. */
  readonly rowsInDom: number;
  readonly scannedCounter: string;
}

export const PICKUP_SCAN_P95_TARGET_MS = 50;
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const WEDGE_KEY_DELAY_MS = 5;

/** Stamps every Enter keydown and each new text of the feedback banner, on the page's clock. */
const MEASURE_SCRIPT = `(() => {
  const enters = [];
  const banners = [];
  Object.defineProperty(window, '__pickup', { value: { enters, banners } });
  window.addEventListener('keydown', (event) => { if (event.key === 'Enter') enters.push(performance.now()); }, true);
  let last = '';
  new MutationObserver(() => {
    const status = document.querySelector('[role="status"]');
    const text = status === null ? '' : status.textContent;
    if (text !== last) { last = text; banners.push({ text, at: performance.now() }); }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

interface Stamps {
  readonly enters: readonly number[];
  readonly banners: readonly { readonly text: string; readonly at: number }[];
}

const tagOf = (i: number): string => `PK-${String(i + 1).padStart(5, '0')}`;

/** A session of `lines` lines: `scans` wiped and staged devices, the rest a vendor manifest of serials not on record here. */
async function prepare(fixture: CoreFixture, lines: number, scans: number, log: (line: string) => void): Promise<void> {
  await withSupervisor(fixture);
  insertVendor(fixture, 'V-BENCH', 'Bench Recycling');
  for (let i = 0; i < scans; i += 1) {
    await wipedDevice(fixture, { assetTag: tagOf(i), serial: `SNPK${String(i + 1).padStart(6, '0')}`, make: 'Lenovo', model: 'ThinkPad T14', assetClass: 'laptop' }, `DRPK${String(i + 1).padStart(6, '0')}`);
  }
  await fixture.call('pickups.stageReady', {});
  const { summary } = await fixture.call('pickups.create', { vendorId: 'V-BENCH', fromStaged: true });
  const manifest = Array.from({ length: Math.max(0, lines - scans) }, (_, i) => ({
    origin: 'manifest' as const,
    assetId: null,
    serial: `VM${String(i + 1).padStart(7, '0')}`,
    assetTag: null,
    make: 'HP',
    model: 'EliteBook 840',
  }));
  const deps = { db: fixture.db, clock: fixture.clock, ids: uuidIds, signer: fixture.signer };
  fixture.db.transaction(() => addLines(deps, { technicianId: 'SUP-1', name: 'Sam Supervisor', role: 'supervisor' }, summary.sessionId, manifest, 'the vendor manifest'))();
  await fixture.call('pickups.openContainer', { sessionId: summary.sessionId, kind: 'pallet', label: 'PAL-B1', seal: '' });
  log(`session ${summary.reference}: ${lines} lines, ${scans} devices to scan`);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function burst(page: Page, tags: readonly string[], scansPerSecond: number): Promise<void> {
  const start = performance.now();
  for (const [i, tag] of tags.entries()) {
    await sleep(start + (i * 1000) / scansPerSecond - performance.now());
    await page.keyboard.type(tag, { delay: WEDGE_KEY_DELAY_MS });
    await page.keyboard.press('Enter');
  }
}

/** Scans into a pickup session that already holds 10,000 lines, in Chromium through the real renderer and core. */
export async function runPickupScanBench(options: PickupScanBenchOptions = {}): Promise<PickupScanBenchResult> {
  const lines = options.lines ?? 10_000;
  const scans = options.scans ?? 100;
  const scansPerSecond = options.scansPerSecond ?? 5;
  const log = options.log ?? (() => undefined);
  const tags = Array.from({ length: scans }, (_, i) => tagOf(i));
  const harness = await startHarness();
  try {
    const app = await harness.open({ initScripts: [MEASURE_SCRIPT], prepare: (fixture) => prepare(fixture, lines, scans, log) });
    try {
      const { page } = app;
      await navButton(page, 'Pickups').click();
      await page.getByRole('table', { name: 'Pickup sessions' }).getByRole('button', { name: /^PU-/ }).first().click();
      await page.getByTestId('counter-expected').filter({ hasText: String(lines) }).waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => document.activeElement?.classList.contains('scan-field__input') === true);
      await burst(page, tags, scansPerSecond);
      await waitForBanner(page, `${tags.at(-1) ?? ''} matched`);
      const stamps = (await page.evaluate('window.__pickup')) as Stamps;
      if (stamps.enters.length !== scans) throw new Error(`expected ${scans} Enter presses, saw ${stamps.enters.length}`);
      const samples = tags.map((tag, i) => {
        const shown = stamps.banners.find((b) => b.text.startsWith(`${tag} matched`));
        const enter = stamps.enters[i];
        if (shown === undefined || enter === undefined) throw new Error(`no confirmation was shown for ${tag}`);
        return shown.at - enter;
      });
      const figures = latency(samples);
      const result: PickupScanBenchResult = {
        lines,
        scans,
        scansPerSecond,
        enterToConfirmationMs: figures,
        targetP95Ms: PICKUP_SCAN_P95_TARGET_MS,
        targetMet: figures.p95 <= PICKUP_SCAN_P95_TARGET_MS,
        rowsInDom: await page.locator('.pickup-lines__row--item').count(),
        scannedCounter: (await page.getByTestId('counter-scanned').locator('dd').textContent()) ?? '',
      };
      if (options.resultsDir !== null) writeResult(options.resultsDir ?? RESULTS_DIR, 'pickup-scan', machineInfo(), { ...result });
      return result;
    } finally {
      await app.close();
    }
  } finally {
    await harness.close();
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runPickupScanBench({ log: (line) => console.log(line) });
  const f = result.enterToConfirmationMs;
  console.log(`pickup scan in Chromium, session of ${result.lines} lines: ${result.scans} scans at ${result.scansPerSecond}/s, counter shows ${result.scannedCounter} scanned`);
  console.log(`Enter to confirmation: p50 ${f.p50} ms, p95 ${f.p95} ms, max ${f.max} ms (target p95 <= ${result.targetP95Ms} ms: ${result.targetMet ? 'met' : 'NOT met'}); rows in the page ${result.rowsInDom}`);
  console.log(`machine: ${machineInfo().cpu}, ${machineInfo().cores} cores, load ${machineInfo().loadAverage.join(' ')}`);
}
