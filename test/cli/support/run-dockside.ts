import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const DOCKSIDE_BIN = fileURLToPath(new URL('../../../bin/dockside.js', import.meta.url));

export interface DocksideRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real command-line tool in its own process, as `npx dockside ...` does. */
export function runDockside(args: readonly string[], cwd?: string): DocksideRun {
  const run = spawnSync(process.execPath, [DOCKSIDE_BIN, ...args], { encoding: 'utf8', cwd, timeout: 60_000 });
  if (run.error !== undefined) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The JSON document a `--json` run printed. */
export function jsonOf<T>(run: DocksideRun): T {
  return JSON.parse(run.stdout) as T;
}
