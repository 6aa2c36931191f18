/**
 * Time from a label appearing in the (fake) camera to the scan recorded in the Pickups UI: the real renderer in
 * Chromium, a 1280x720 fake camera (.y4m) showing an empty bench, then a label, device after device, into an open
 * pickup session with a pallet open; each code is matched and recorded (scan fact + signed, hash-chained picked_up
 * event, committed) by the real core before the banner says so. The last label is a device not on the manifest.
 * Run: npm exec -- tsx test/bench/pickup-camera.bench.ts   (needs `npm run build` first)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHarness } from '../e2e/harness/harness';
import { fakeCameraArgs } from '../e2e/harness/fake-camera';
import { openSessionWithPallet, pickedUpPayloadsOf, pickupDock, prepareDock, writePickupVideo } from '../e2e/harness/pickup-camera';
import { navButton } from '../e2e/harness/ui';
import { appearedToBanner, CAMERA_STAMPS_SCRIPT, type CameraStamps } from './support/camera-stamps';
import { machineInfo } from './support/machine';
import { textTable, writeResult, type SummaryRow } from './support/report';
import { latency } from './support/stats';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const ON_MANIFEST = 5;
const FPS = 10;
const LABEL_S = 1.5;
const SIZE = { width: 1280, height: 720 };

const dock = pickupDock(ON_MANIFEST);
const devices = [...dock.onManifest, dock.offManifest];
const bannerStarts = [...dock.onManifest.map((d) => `${d.assetTag} matched`), `Not on the manifest: ${dock.offManifest.assetTag}`];
const lastBanner = bannerStarts.at(-1) ?? '';

const dir = mkdtempSync(join(tmpdir(), 'dockside-pickup-camera-bench-'));
const video = join(dir, 'pickup-labels.y4m');
try {
  await writePickupVideo(video, devices.map((d) => d.label), { fps: FPS, labelSeconds: LABEL_S, tailSeconds: 1, ...SIZE });
  const harness = await startHarness(fakeCameraArgs(video));
  try {
    const app = await harness.open({ prepare: (fixture) => prepareDock(fixture, dock), initScripts: [CAMERA_STAMPS_SCRIPT] });
    const { page, fixture } = app;
    await navButton(page, 'Pickups').click();
    await openSessionWithPallet(page, ON_MANIFEST);
    await page.keyboard.press('F2');
    await page.waitForFunction(
      (start) => (window as unknown as { __camera: CameraStamps }).__camera.banners.some((b) => b.text.startsWith(start)),
      lastBanner,
      { timeout: 60_000 },
    );
    const stamps = (await page.evaluate('window.__camera')) as CameraStamps;
    const perDevice = appearedToBanner(stamps, bannerStarts);
    const figures = latency(perDevice);
    const recorded = devices.filter((d) => {
      const picked = pickedUpPayloadsOf(fixture, d.assetTag);
      return picked.length === 1 && picked[0]?.source === 'camera';
    }).length;
    const decoder = (await page.getByTestId('camera-status').textContent()) ?? '';
    await app.close();
    const machine = machineInfo();
    const rows: SummaryRow[] = [
      { benchmark: 'Camera: label appears to scan recorded in the Pickups UI (1280x720 fake camera, open session and pallet)', figure: `p50 (${devices.length} devices)`, result: `${figures.p50.toFixed(0)} ms`, target: '', met: null },
      { benchmark: 'Camera: label appears to scan recorded in the Pickups UI', figure: 'p95 / max', result: `${figures.p95.toFixed(0)} ms / ${figures.max.toFixed(0)} ms`, target: '', met: null },
      { benchmark: 'Camera: devices picked up once each with source camera', figure: 'count', result: `${recorded} / ${devices.length}`, target: `${devices.length} / ${devices.length}`, met: recorded === devices.length },
    ];
    console.log(textTable(rows));
    console.log(`Status: ${decoder}`);
    console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverage.join(' / ')}`);
    console.log(
      `Wrote ${writeResult(RESULTS_DIR, 'pickup-camera', machine, { devices: devices.length, fps: FPS, size: `${SIZE.width}x${SIZE.height}`, latencyMs: figures, perDeviceMs: perDevice.map((ms) => Math.round(ms)), recorded, rows })}`,
    );
  } finally {
    await harness.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
