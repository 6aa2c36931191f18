import { fileURLToPath } from 'node:url';
import { startHarness } from '../e2e/harness/harness';
import { withSupervisor } from '../e2e/harness/station';
import { navButton } from '../e2e/harness/ui';
import { machineInfo } from './support/machine';
import { navPaintScript, paintTimes, readNavPaint } from './support/nav-paint';
import { writeResult } from './support/report';
import { latency, type Latency } from './support/stats';
import { seedQueue, type QueueSeed } from './support/wipe-seed';

export interface WipeQueueBenchOptions {
  readonly devices?: number;
  readonly navigations?: number;
  /** Where results/<name>.json goes; null writes nothing. */
  readonly resultsDir?: string | null;
  readonly log?: (line: string) => void;
}

export interface WipeQueueBenchResult {
  readonly devices: number;
  readonly seed: QueueSeed;
  readonly seedSeconds: number;
  /** From the click on "Wipes" to the first queue row on screen, in the page's clock. */
  readonly firstPageMs: Latency;
  readonly targetMs: number;
  readonly targetMet: boolean;
  /** From a jump to the middle of the list to that row on screen. */
  readonly scrollToMiddleMs: number;
  /** Rows fetched from the core over every navigation and the scroll, against the queue's length. */
  readonly rowsFetched: number;
  readonly queueCalls: number;
  readonly rowsInDom: number;
}

export const WIPE_QUEUE_TARGET_MS = 100;
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

/** A queue row with its device label. */
const WATCHED = '.queue__row--item .queue__id strong';

/** The wipe queue at 20,000 devices in Chromium: first page after navigation, a jump to the middle, and how many rows were fetched. */
export async function runWipeQueueBench(options: WipeQueueBenchOptions = {}): Promise<WipeQueueBenchResult> {
  const devices = options.devices ?? 20_000;
  const navigations = options.navigations ?? 15;
  const log = options.log ?? (() => undefined);
  const calls: { offset: number; limit: number }[] = [];
  let seed: QueueSeed | null = null;
  let seedSeconds = 0;
  const harness = await startHarness();
  try {
    const app = await harness.open({
      initScripts: [navPaintScript(WATCHED)],
      prepare: async (fixture) => {
        await withSupervisor(fixture);
        const started = performance.now();
        seed = seedQueue(fixture, devices);
        seedSeconds = Math.round((performance.now() - started) / 100) / 10;
        log(`seeded ${devices} received devices (${seed.withMedia} with a drive) in ${seedSeconds} s`);
        // A month of receipts went by on the station clock: the idle lock signed the supervisor out.
        await fixture.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
        const dispatch = fixture.core.dispatch.bind(fixture.core);
        fixture.core.dispatch = (name, input) => {
          if (name === 'wipes.queue') calls.push(input as { offset: number; limit: number });
          return dispatch(name, input);
        };
      },
    });
    try {
      const { page } = app;
      const firstRow = page.locator('.queue__row--item .queue__id strong').first();
      for (let i = 0; i < navigations; i += 1) {
        await navButton(page, 'Receive').click();
        await page.getByText('Started ').waitFor();
        await navButton(page, 'Wipes').click();
        await firstRow.waitFor();
      }
      const samples = paintTimes(await readNavPaint(page), 'Wipes');
      const middle = `IT-${String(100_000 + Math.floor(devices / 2))}`;
      const scroll = page.getByTestId('queue-scroll');
      const jumpStarted = await page.evaluate('performance.now()');
      await scroll.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
      await page.locator('.queue__row--item').filter({ hasText: /IT-1\d{5}/ }).nth(5).waitFor();
      const jumpEnded = (await page.evaluate('performance.now()')) as number;
      const rowsInDom = await page.locator('.queue__row--item').count();
      const figures = latency(samples);
      const result: WipeQueueBenchResult = {
        devices,
        seed: seed ?? { devices, withMedia: 0, highSensitivity: 0 },
        seedSeconds,
        firstPageMs: figures,
        targetMs: WIPE_QUEUE_TARGET_MS,
        targetMet: figures.max <= WIPE_QUEUE_TARGET_MS,
        scrollToMiddleMs: Math.round((jumpEnded - (jumpStarted as number)) * 10) / 10,
        rowsFetched: calls.reduce((n, c) => n + c.limit, 0),
        queueCalls: calls.length,
        rowsInDom,
      };
      log(`middle row ${middle}: jump shown in ${result.scrollToMiddleMs} ms`);
      if (options.resultsDir !== null) writeResult(options.resultsDir ?? RESULTS_DIR, 'wipe-queue', machineInfo(), { ...result });
      return result;
    } finally {
      await app.close();
    }
  } finally {
    await harness.close();
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runWipeQueueBench({ log: (line) => console.log(line) });
  console.log(`wipe queue of ${result.devices} devices in Chromium: first page after navigation p50 ${result.firstPageMs.p50} ms, p95 ${result.firstPageMs.p95} ms, max ${result.firstPageMs.max} ms over ${result.firstPageMs.count} navigations (target <= ${result.targetMs} ms: ${result.targetMet ? 'met' : 'NOT met'})`);
  console.log(`jump to the middle: ${result.scrollToMiddleMs} ms; rows fetched ${result.rowsFetched} in ${result.queueCalls} calls (queue ${result.devices}); rows in the page ${result.rowsInDom}`);
}
