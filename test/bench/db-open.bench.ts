import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS } from '../../db/migrations';
import type { OpenTiming } from './support/open-child';
import { latency, type Latency } from './support/stats';

export interface DbOpenOptions {
  readonly file: string;
  readonly keyFile: string;
  readonly runs?: number;
  readonly log?: (line: string) => void;
}

export interface DbOpenResult {
  readonly runs: number;
  readonly fileBytes: number | null;
  /** openDatabase (pragmas + migration check) + core + setup.status, each run in a fresh process. */
  readonly openToFirstAnswerMs: Latency;
  readonly openDatabaseMs: Latency;
  readonly coreMs: Latency;
  readonly setupStatusMs: Latency;
  /** The first run after the benchmark starts, kept out of the figures above (it pays for whatever the OS had not cached yet). */
  readonly firstRunMs: number;
  /** Reference: openDatabase on a new empty file, which applies every migration. */
  readonly emptyFileAllMigrationsMs: Latency;
  readonly migrations: number;
  readonly schemaVersion: number;
  readonly targetMs: number;
  readonly targetMet: boolean;
}

export const OPEN_TARGET_MS = 300;

const CHILD = fileURLToPath(new URL('./support/open-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Spawns the open-child in a fresh Node process (tsx for TypeScript) and reads its timing line. */
function runChild(args: readonly string[]): OpenTiming {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const line = out.trim().split('\n').at(-1);
  if (line === undefined || line === '') throw new Error('open-child printed nothing');
  return JSON.parse(line) as OpenTiming;
}

/** Database open plus migrations at scale, and the app's first query, in a fresh process per run. */
export function runDbOpen(options: DbOpenOptions, fileBytes: number | null = null): DbOpenResult {
  const runs = options.runs ?? 20;
  const cold = runChild(['existing', options.file, options.keyFile]);
  const timings: OpenTiming[] = [];
  for (let i = 0; i < runs; i += 1) timings.push(runChild(['existing', options.file, options.keyFile]));
  options.log?.(`  ${runs} opens of the big file done`);
  const scratch = mkdtempSync(join(tmpdir(), 'dockside-bench-open-'));
  const empty: OpenTiming[] = [];
  try {
    for (let i = 0; i < runs; i += 1) empty.push(runChild(['empty', join(scratch, `empty-${i}.sqlite`)]));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  const all = timings.concat(empty, [cold]);
  const wrong = all.find((t) => t.schemaVersion !== latest || t.journalMode !== 'wal');
  if (wrong !== undefined) throw new Error(`a run opened schema ${wrong.schemaVersion} in ${wrong.journalMode} mode, expected ${latest} in wal`);
  if (timings.some((t) => t.needsFirstSupervisor !== false)) throw new Error('the big file should already have its supervisor');
  const total = latency(timings.map((t) => t.totalMs));
  return {
    runs,
    fileBytes,
    openToFirstAnswerMs: total,
    openDatabaseMs: latency(timings.map((t) => t.openMs)),
    coreMs: latency(timings.map((t) => t.coreMs)),
    setupStatusMs: latency(timings.map((t) => t.firstQueryMs)),
    firstRunMs: Math.round(cold.totalMs * 1000) / 1000,
    emptyFileAllMigrationsMs: latency(empty.map((t) => t.openMs)),
    migrations: MIGRATIONS.length,
    schemaVersion: latest,
    targetMs: OPEN_TARGET_MS,
    targetMet: total.max <= OPEN_TARGET_MS,
  };
}
