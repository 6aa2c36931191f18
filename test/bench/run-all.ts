/**
 * npm run bench: the issue-2 benchmarks at full scale (BENCH_ASSETS / BENCH_EVENTS to change it, BENCH_SCANS for
 * the number of measured scans). Prints the table and writes test/bench/results/<name>.json and SUMMARY.md.
 * BENCH_DIAGNOSE=0 skips the scan-commit variants.
 */
import { fileURLToPath } from 'node:url';
import { benchScale } from './support/bench-db';
import { textTable } from './support/report';
import { diagnosisTable, runBenches } from './support/run-benches';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const scansFromEnv = process.env.BENCH_SCANS === undefined ? {} : { scans: Number(process.env.BENCH_SCANS) };

const started = performance.now();
const run = await runBenches({
  scale: benchScale(),
  resultsDir: RESULTS_DIR,
  diagnose: process.env.BENCH_DIAGNOSE !== '0',
  scanBurst: true,
  log: (line) => console.log(line),
  ...scansFromEnv,
});
console.log('');
console.log(textTable(run.rows));
if (run.diagnosis !== null) {
  console.log('');
  console.log('Scan-commit diagnosis: the same scans with one suspected cost removed at a time');
  console.log(diagnosisTable(run.diagnosis));
}
console.log('');
console.log(`Machine: ${run.machine.cpu}, ${run.machine.cores} cores, ${run.machine.totalMemoryGiB} GiB, Node ${run.machine.node}, SQLite ${run.machine.sqlite}, load ${run.machine.loadAverage.join(' / ')}`);
console.log(`Wrote ${run.files.join(', ')}`);
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (!run.scanCommit.recorded.allRecorded) process.exitCode = 1;
