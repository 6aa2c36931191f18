/**
 * Time from a label appearing in the (fake) camera to the scan recorded in the UI: the real renderer in Chromium, a
 * 1280x720 fake camera (.y4m) showing an empty bench, then a label, device after device; Quick receive on, so each
 * code is looked up and received (signed, hash-chained, committed) by the real core before the banner says so.
 * Run: npm exec -- tsx test/bench/decode-camera.bench.ts   (needs `npm run build` first)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoreFixture } from '../support/core-fixture';
import { startHarness } from '../e2e/harness/harness';
import { cameraPicture, fakeCameraArgs, writeY4m, type CameraShot } from '../e2e/harness/fake-camera';
import { receivedPayloadOf, registerDevice, withSupervisor } from '../e2e/harness/station';
import { waitForReceiveDesk } from '../e2e/harness/ui';
import { appearedToBanner, CAMERA_STAMPS_SCRIPT, type CameraStamps } from './support/camera-stamps';
import { machineInfo } from './support/machine';
import { textTable, writeResult, type SummaryRow } from './support/report';
import { latency } from './support/stats';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const DEVICES = 6;
const FPS = 10;
const BLANK_S = 1;
const LABEL_S = 1.5;
const tagOf = (i: number): string => `CM-${String(i + 1).padStart(4, '0')}`;

async function writeVideo(file: string): Promise<void> {
  const blank = await cameraPicture([], 1280, 720);
  const shots: CameraShot[] = [];
  for (let i = 0; i < DEVICES; i += 1) {
    shots.push({ frame: blank, seconds: BLANK_S });
    shots.push({ frame: await cameraPicture([{ kind: 'code128', text: tagOf(i), module: 3 }], 1280, 720), seconds: LABEL_S });
  }
  writeY4m(file, shots, FPS);
}

async function prepare(fixture: CoreFixture): Promise<void> {
  await withSupervisor(fixture);
  for (let i = 0; i < DEVICES; i += 1) await registerDevice(fixture, { assetTag: tagOf(i), serial: `SNC${i + 1}`, make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop' });
}

const dir = mkdtempSync(join(tmpdir(), 'dockside-camera-bench-'));
const video = join(dir, 'labels.y4m');
try {
  await writeVideo(video);
  const harness = await startHarness(fakeCameraArgs(video));
  try {
    const app = await harness.open({ prepare, initScripts: [CAMERA_STAMPS_SCRIPT] });
    const { page, fixture } = app;
    await waitForReceiveDesk(page);
    await page.getByRole('checkbox', { name: /Quick receive/ }).check();
    await page.keyboard.press('F2');
    await page.waitForFunction(
      (tag) => (window as unknown as { __camera: CameraStamps }).__camera.banners.some((b) => b.text.startsWith(`Received ${tag} `)),
      tagOf(DEVICES - 1),
      { timeout: 60_000 },
    );
    const stamps = (await page.evaluate('window.__camera')) as CameraStamps;
    const perDevice = appearedToBanner(stamps, Array.from({ length: DEVICES }, (_, i) => `Received ${tagOf(i)} `));
    const figures = latency(perDevice);
    const recorded = Array.from({ length: DEVICES }, (_, i) => receivedPayloadOf(fixture, tagOf(i))).filter((p) => p?.source === 'camera').length;
    const decoder = (await page.getByTestId('camera-status').textContent()) ?? '';
    await app.close();
    const machine = machineInfo();
    const rows: SummaryRow[] = [
      { benchmark: 'Camera: label appears to scan recorded in the UI (1280x720 fake camera, Quick receive)', figure: `p50 (${DEVICES} devices)`, result: `${figures.p50.toFixed(0)} ms`, target: '', met: null },
      { benchmark: 'Camera: label appears to scan recorded in the UI', figure: 'p95 / max', result: `${figures.p95.toFixed(0)} ms / ${figures.max.toFixed(0)} ms`, target: '', met: null },
      { benchmark: 'Camera: devices received with source camera', figure: 'count', result: `${recorded} / ${DEVICES}`, target: `${DEVICES} / ${DEVICES}`, met: recorded === DEVICES },
    ];
    console.log(textTable(rows));
    console.log(`Status: ${decoder}`);
    console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverage.join(' / ')}`);
    console.log(`Wrote ${writeResult(RESULTS_DIR, 'decode-camera', machine, { devices: DEVICES, fps: FPS, size: '1280x720', latencyMs: figures, perDeviceMs: perDevice.map((ms) => Math.round(ms)), recorded, rows })}`);
  } finally {
    await harness.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
