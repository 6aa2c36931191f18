import { fileURLToPath } from 'node:url';
import { readCaseBook } from '../../electron/services/cases/case-book';
import { caseStandings } from '../../shared/domain/cases/standing';
import { startHarness } from '../e2e/harness/harness';
import { withSupervisor } from '../e2e/harness/station';
import { navButton } from '../e2e/harness/ui';
import { createPrng } from '../support/prng';
import { seedCases, type CaseSeed } from './support/case-seed';
import { machineInfo } from './support/machine';
import { navPaintScript, paintTimes, readNavPaint } from './support/nav-paint';
import { writeResult } from './support/report';
import { latency, type Latency } from './support/stats';

export interface CasesBenchOptions {
  readonly cases?: number;
  readonly perCase?: number;
  readonly navigations?: number;
  readonly recomputations?: number;
  /** Where results/cases.json goes; null writes nothing. */
  readonly resultsDir?: string | null;
  readonly log?: (line: string) => void;
}

export interface CasesBenchResult {
  readonly seed: CaseSeed;
  readonly seedSeconds: number;
  /** The pure deadline and escalation recomputation of every case, facts already in memory. */
  readonly recomputeMs: Latency;
  /** Reading the whole book from SQLite and recomputing it: what the first read after the app opens does (later reads refresh only touched cases). */
  readonly readAndRecomputeMs: Latency;
  /** From the click on "Returns" to the first case row on screen, in the page's clock, nothing written since the last read. */
  readonly caseListFirstPaintMs: Latency;
  /** The same, with a custody act recorded just before each navigation (the book is read again from SQLite). */
  readonly caseListAfterWriteMs: Latency;
  /** From the click on "Dashboard" to its figures on screen. */
  readonly dashboardFirstPaintMs: Latency;
  readonly targetMs: number;
  readonly targetMet: boolean;
}

export const CASES_TARGET_MS = 200;
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

/** A case row, or the dashboard's figures. */
const WATCHED = '.cases__row--item .cases__id strong, [data-testid="tile-open"] .dashboard__figure';

function timed(runs: number, run: () => void): Latency {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return latency(samples);
}

/** 5,000 open cases holding 40,000 assets: recomputation in Node, and the case list's and dashboard's first paint in Chromium. */
export async function runCasesBench(options: CasesBenchOptions = {}): Promise<CasesBenchResult> {
  const cases = options.cases ?? 5_000;
  const perCase = options.perCase ?? 8;
  const navigations = options.navigations ?? 10;
  const recomputations = options.recomputations ?? 20;
  const log = options.log ?? (() => undefined);
  let seed: CaseSeed | null = null;
  let seedSeconds = 0;
  let recomputeMs: Latency | null = null;
  let readAndRecomputeMs: Latency | null = null;
  const harness = await startHarness();
  try {
    const app = await harness.open({
      initScripts: [navPaintScript(WATCHED)],
      prepare: async (fixture) => {
        await withSupervisor(fixture);
        const started = performance.now();
        seed = seedCases(fixture, createPrng(7), cases, perCase);
        seedSeconds = Math.round((performance.now() - started) / 100) / 10;
        log(`seeded ${seed.cases} cases holding ${seed.assets} assets (${seed.returned} returned) in ${seedSeconds} s`);
        const now = fixture.clock.now();
        const book = readCaseBook(fixture.db, now);
        const facts = book.entries.map((e) => e.facts);
        recomputeMs = timed(recomputations, () => caseStandings(facts, book.policy, book.calendar, book.today));
        readAndRecomputeMs = timed(Math.max(3, Math.floor(recomputations / 4)), () => readCaseBook(fixture.db, now));
        log(`recompute p50 ${recomputeMs.p50} ms; read and recompute p50 ${readAndRecomputeMs.p50} ms`);
      },
    });
    try {
      const { page, fixture } = app;
      const someCase = (await fixture.call('cases.list', { filter: 'open', offset: 0, limit: navigations })).rows;
      for (let i = 0; i < navigations; i += 1) {
        await navButton(page, 'Receive').click();
        await page.getByText('Started ').waitFor();
        await fixture.call('cases.completeTask', { caseId: someCase[i]?.caseId ?? '', taskId: 'accounts' });
        await navButton(page, 'Returns').click();
        await page.locator('.cases__row--item .cases__id strong').first().waitFor();
      }
      for (let i = 0; i < navigations; i += 1) {
        await navButton(page, 'Receive').click();
        await page.getByText('Started ').waitFor();
        await navButton(page, 'Returns').click();
        await page.locator('.cases__row--item .cases__id strong').first().waitFor();
        await navButton(page, 'Receive').click();
        await page.getByText('Started ').waitFor();
        await navButton(page, 'Dashboard').click();
        await page.getByTestId('tile-open').waitFor();
      }
      const marks = await readNavPaint(page);
      const listTimes = paintTimes(marks, 'Returns');
      const afterWrite = latency(listTimes.slice(0, navigations));
      const list = latency(listTimes.slice(navigations));
      const board = latency(paintTimes(marks, 'Dashboard'));
      const recompute = recomputeMs ?? latency([Number.NaN]);
      const result: CasesBenchResult = {
        seed: seed ?? { cases, assets: cases * perCase, returned: 0, reminders: 0 },
        seedSeconds,
        recomputeMs: recompute,
        readAndRecomputeMs: readAndRecomputeMs ?? latency([Number.NaN]),
        caseListFirstPaintMs: list,
        caseListAfterWriteMs: afterWrite,
        dashboardFirstPaintMs: board,
        targetMs: CASES_TARGET_MS,
        targetMet: recompute.max <= CASES_TARGET_MS && list.p95 <= CASES_TARGET_MS && afterWrite.p95 <= CASES_TARGET_MS && board.p95 <= CASES_TARGET_MS,
      };
      if (options.resultsDir !== null) writeResult(options.resultsDir ?? RESULTS_DIR, 'cases', machineInfo(), { ...result });
      return result;
    } finally {
      await app.close();
    }
  } finally {
    await harness.close();
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runCasesBench({ log: (line) => console.log(line) });
  console.log(`recomputation of ${r.seed.cases} cases / ${r.seed.assets} assets: p50 ${r.recomputeMs.p50} ms, max ${r.recomputeMs.max} ms (read from SQLite and recompute: p50 ${r.readAndRecomputeMs.p50} ms)`);
  console.log(`case list first paint: p50 ${r.caseListFirstPaintMs.p50} ms, p95 ${r.caseListFirstPaintMs.p95} ms, max ${r.caseListFirstPaintMs.max} ms`);
  console.log(`case list first paint right after a write: p50 ${r.caseListAfterWriteMs.p50} ms, p95 ${r.caseListAfterWriteMs.p95} ms, max ${r.caseListAfterWriteMs.max} ms`);
  console.log(`dashboard first paint: p50 ${r.dashboardFirstPaintMs.p50} ms, p95 ${r.dashboardFirstPaintMs.p95} ms, max ${r.dashboardFirstPaintMs.max} ms (target <= ${r.targetMs} ms: ${r.targetMet ? 'met' : 'NOT met'})`);
}
