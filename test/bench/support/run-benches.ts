import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDbOpen, type DbOpenResult } from '../db-open.bench';
import { runScanCommitDiagnosis, type ScanCommitDiagnosis } from '../scan-commit-diagnosis.bench';
import { runScanCommit, type ScanCommitResult } from '../scan-commit.bench';
import { DEFAULT_CACHE_ROOT, ensureBenchDatabase, workingCopy, type BenchScale, type Manifest } from './bench-db';
import { machineInfo, type MachineInfo } from './machine';
import { atMost, bytesText, ms, summaryMarkdown, textTable, writeResult, type SummaryRow } from './report';
import { runScanBurstIfPresent, type ScanBurstOutcome } from './scan-burst-loader';

export interface RunBenchesOptions {
  readonly scale: BenchScale;
  /** Where generated databases are cached (default .cache/bench). */
  readonly cacheRoot?: string;
  /** Where <name>.json and SUMMARY.md are written. */
  readonly resultsDir: string;
  readonly scans?: number;
  readonly openRuns?: number;
  /** Re-run the scans under variants that each remove one suspected cost (see scan-commit-diagnosis.bench.ts). */
  readonly diagnose?: boolean;
  readonly scanBurst?: boolean;
  readonly log?: (line: string) => void;
}

/** How the data set was made, as stored in every result file. */
export interface DatasetFacts {
  readonly assets: number;
  readonly events: number;
  readonly fileBytes: number;
  readonly generationSeconds: number;
  readonly generatedAt: string;
  readonly reusedFromCache: boolean;
  readonly history: string;
  readonly workingCopySeconds: number;
  /** When the cached file was generated at an older schema: what opening it with the newer app (pending migrations) cost. */
  readonly upgrade: { readonly fromSchema: number; readonly toSchema: number; readonly seconds: number } | null;
}

export interface BenchRun {
  readonly machine: MachineInfo;
  readonly dataset: DatasetFacts;
  readonly dbOpen: DbOpenResult;
  readonly scanCommit: ScanCommitResult;
  readonly diagnosis: ScanCommitDiagnosis | null;
  readonly scanBurst: ScanBurstOutcome | null;
  readonly rows: readonly SummaryRow[];
  readonly files: readonly string[];
}

const count = (n: number): string => n.toLocaleString('en');

function datasetFacts(manifest: Manifest, reused: boolean, workingCopySeconds: number): DatasetFacts {
  const g = manifest.generation;
  return {
    assets: g.assets,
    events: g.events,
    fileBytes: g.fileBytes,
    generationSeconds: g.seconds,
    generatedAt: manifest.createdAt,
    reusedFromCache: reused,
    history: g.signed && g.hashChained ? 'every generated event hash-chained (log and per asset) and Ed25519-signed by the station key' : 'synthetic, unsigned',
    workingCopySeconds,
    upgrade: manifest.migratedFrom === undefined ? null : { fromSchema: manifest.migratedFrom.schemaVersion, toSchema: manifest.schemaVersion, seconds: manifest.migratedFrom.seconds },
  };
}

function summaryRows(dataset: DatasetFacts, open: DbOpenResult, scan: ScanCommitResult, burst: ScanBurstOutcome | null): SummaryRow[] {
  const scale = `${count(dataset.assets)} assets / ${count(dataset.events)} events`;
  const scanName = `Scan to durable commit in the core (${scale})`;
  const openName = `Database open + migrations + first query (${count(dataset.assets)} assets)`;
  return [
    { benchmark: scanName, figure: `p50 (${count(scan.scans)} scans)`, result: ms(scan.scanMs.p50), target: '', met: null },
    { benchmark: scanName, figure: 'p95', result: ms(scan.scanMs.p95), target: '', met: null },
    { benchmark: scanName, figure: 'p99', result: ms(scan.scanMs.p99), target: atMost(scan.targetP99Ms), met: scan.targetMet },
    { benchmark: scanName, figure: 'max', result: ms(scan.scanMs.max), target: '', met: null },
    { benchmark: scanName, figure: 'p50 by quarter of the batch', result: scan.scanMsByBatchQuarter.map((q) => ms(q.p50)).join(' → '), target: '', met: null },
    { benchmark: 'Scan lookup alone (receiving.lookup)', figure: 'p50 / p99', result: `${ms(scan.lookupMs.p50)} / ${ms(scan.lookupMs.p99)}`, target: '', met: null },
    { benchmark: openName, figure: `p50 (${open.runs} fresh processes)`, result: ms(open.openToFirstAnswerMs.p50), target: atMost(open.targetMs), met: open.openToFirstAnswerMs.p50 <= open.targetMs },
    { benchmark: openName, figure: 'max', result: ms(open.openToFirstAnswerMs.max), target: atMost(open.targetMs), met: open.targetMet },
    ...(dataset.upgrade === null
      ? []
      : [
          {
            benchmark: `Open with a pending migration: one-off upgrade from schema ${dataset.upgrade.fromSchema} to ${dataset.upgrade.toSchema} (${count(dataset.assets)} assets)`,
            figure: 'once, first open after the update',
            result: `${dataset.upgrade.seconds.toFixed(1)} s`,
            target: '',
            met: null,
          },
        ]),
    { benchmark: `All ${open.migrations} migration(s) on an empty file (reference)`, figure: 'p50 / max', result: `${ms(open.emptyFileAllMigrationsMs.p50)} / ${ms(open.emptyFileAllMigrationsMs.max)}`, target: '', met: null },
    ...(burst?.ran === true ? burst.rows : []),
  ];
}

function diagnosisNote(diagnosis: ScanCommitDiagnosis | null): string[] {
  if (diagnosis === null) return [];
  const steps = diagnosis.variants.map((v) => `${v.variant}: p50 ${ms(v.scanMs.p50)}, p99 ${ms(v.scanMs.p99)}`).join('; ');
  const floor = diagnosis.commitFloor.fullMs;
  return [
    `Scan-commit diagnosis (the same kind of scans with changes tried in the benchmark, not in the core; see results/scan-commit-diagnosis.json): ${steps}.`,
    `During this run a one-row durable commit (WAL, synchronous=FULL) on the same disk took p50 ${ms(floor.p50)}, p99 ${ms(floor.p99)}: the floor under every scan, and a gauge of how busy the machine was.`,
  ];
}

function notesFor(dataset: DatasetFacts, scan: ScanCommitResult, burst: ScanBurstOutcome | null, diagnosis: ScanCommitDiagnosis | null): string[] {
  return [
    `Data: ${count(dataset.assets)} assets, ${count(dataset.events)} custody events (${bytesText(dataset.fileBytes)}), ${dataset.history}; generated in ${dataset.generationSeconds.toFixed(0)} s.`,
    `Scans: random existing assets, each receiving.lookup by asset tag + receiving.receive with a grade through the real core (signed, hash-chained, outbox row), one transaction per receive, journal_mode=${String(scan.pragmas.journal_mode)}, synchronous=${String(scan.pragmas.synchronous)}; ${scan.warmupScans} warm-up scans not counted; all ${count(scan.scans)} measured scans checked recorded and verified: ${scan.recorded.allRecorded ? 'yes' : 'NO'}.`,
    'Open: a fresh Node process per run (OS file cache warm, nothing in-process), openDatabase + createCore + setup.status.',
    ...diagnosisNote(diagnosis),
    ...(burst === null ? [] : burst.ran ? [] : [`Scan burst in Chromium: not run (${burst.reason}).`]),
  ];
}

/** Generates (or reuses) the data set, runs every benchmark, writes results/<name>.json and SUMMARY.md. */
export async function runBenches(options: RunBenchesOptions): Promise<BenchRun> {
  const log = options.log ?? (() => undefined);
  const machine = machineInfo();
  const cacheRoot = options.cacheRoot ?? DEFAULT_CACHE_ROOT;
  log(`Data set: ${count(options.scale.assets)} assets, ${count(options.scale.events)} custody events`);
  const source = await ensureBenchDatabase(options.scale, { root: cacheRoot, log });
  const g = source.manifest.generation;
  log(`  ${source.reused ? 'reused the cached file, generated' : 'generated'} in ${g.seconds.toFixed(1)} s, ${bytesText(g.fileBytes)}: ${source.file}`);
  const copyStarted = performance.now();
  const work = workingCopy(source, join(cacheRoot, 'work'));
  const dataset = datasetFacts(source.manifest, source.reused, Math.round((performance.now() - copyStarted) / 100) / 10);
  log(`  working copy in ${dataset.workingCopySeconds} s`);

  log('Database open (fresh process per run)');
  const dbOpen = runDbOpen({ file: work.file, keyFile: work.keyFile, ...(options.openRuns === undefined ? {} : { runs: options.openRuns }), log }, work.bytes);
  log('Scan to durable commit');
  const scanCommit = await runScanCommit({ file: work.file, keyFile: work.keyFile, assets: options.scale.assets, ...(options.scans === undefined ? {} : { scans: options.scans }), log });
  log(`  pragmas: ${JSON.stringify(scanCommit.pragmas)}`);
  log(`  scans recorded and verified: ${scanCommit.recorded.allRecorded ? 'yes' : 'NO'} (${JSON.stringify(scanCommit.recorded)})`);
  let diagnosis: ScanCommitDiagnosis | null = null;
  if (options.diagnose === true) {
    log('Scan-commit diagnosis (variants)');
    diagnosis = await runScanCommitDiagnosis({ file: work.file, keyFile: work.keyFile, assets: options.scale.assets, ...(options.scans === undefined ? {} : { scans: options.scans }), log });
  }
  let scanBurst: ScanBurstOutcome | null = null;
  if (options.scanBurst === true) {
    log('Scan burst in Chromium');
    scanBurst = await runScanBurstIfPresent();
    if (!scanBurst.ran) log(`  skipped: ${scanBurst.reason}`);
  }

  const files = [
    writeResult(options.resultsDir, 'dataset', machine, { dataset, manifest: source.manifest }),
    writeResult(options.resultsDir, 'db-open', machine, { dataset, ...dbOpen }),
    writeResult(options.resultsDir, 'scan-commit', machine, { dataset, ...scanCommit }),
    ...(diagnosis === null ? [] : [writeResult(options.resultsDir, 'scan-commit-diagnosis', machine, { dataset, ...diagnosis })]),
  ];
  const rows = summaryRows(dataset, dbOpen, scanCommit, scanBurst);
  const summaryFile = join(options.resultsDir, 'SUMMARY.md');
  writeFileSync(summaryFile, summaryMarkdown(rows, machine, notesFor(dataset, scanCommit, scanBurst, diagnosis)));
  return { machine, dataset, dbOpen, scanCommit, diagnosis, scanBurst, rows, files: [...files, summaryFile] };
}

/** The diagnosis as a terminal table. */
export function diagnosisTable(diagnosis: ScanCommitDiagnosis): string {
  const rows: SummaryRow[] = diagnosis.variants.map((v) => ({
    benchmark: v.variant,
    figure: 'scan p50 / p95 / p99 / max',
    result: [v.scanMs.p50, v.scanMs.p95, v.scanMs.p99, v.scanMs.max].map(ms).join(' / '),
    target: `CPU p50 ${ms(v.scanCpuMs.p50)}`,
    met: v.allRecorded ? null : false,
  }));
  const checkpoints = diagnosis.variants.flatMap((v) =>
    v.checkpoints === null
      ? []
      : [`A scan writes ${v.checkpoints.walPagesPerScan} WAL pages; checkpointing 50 scans' worth takes p50 ${ms(v.checkpoints.ms.p50)}, max ${ms(v.checkpoints.ms.max)} (wal_autocheckpoint=1000 runs one inside a scan's commit about every ${Math.round(1000 / Math.max(1, v.checkpoints.walPagesPerScan))} scans).`],
  );
  const plans = diagnosis.scanPath.plans.filter((p) => p.grows).map((p) => `  grows with the data: ${p.sql.slice(0, 140)}\n    ${p.plan.join(' | ')}`);
  return [
    textTable(rows),
    `One scan prepares ${diagnosis.scanPath.preparesPerScan} statements (${diagnosis.scanPath.distinctStatements} distinct).`,
    ...checkpoints,
    `A one-row commit on this disk: p50 ${ms(diagnosis.commitFloor.fullMs.p50)}, p99 ${ms(diagnosis.commitFloor.fullMs.p99)} with synchronous=FULL; p50 ${ms(diagnosis.commitFloor.normalMs.p50)} with NORMAL.`,
    ...(plans.length > 0 ? plans : ['  every statement on the scan path is an index search']),
  ].join('\n');
}
