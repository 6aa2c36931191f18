import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs the real nwipe on a loop device backed by a temporary file, and returns the log it wrote.
 * Everything it sets up (image file, loop device, tmpfs) is taken down again, even when nwipe fails.
 */

const SBIN = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

/** A program from PATH or the sbin folders (nwipe and losetup live in /usr/sbin, which a user's PATH may lack). */
export function findProgram(name: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(':').filter((d) => d !== ''), ...SBIN];
  return dirs.map((d) => join(d, name)).find((file) => existsSync(file)) ?? null;
}

export type LiveRun = { readonly ran: true; readonly log: Buffer; readonly exitCode: number | null } | { readonly ran: false; readonly why: string };

export interface LiveOptions {
  readonly method: 'zero' | 'random' | 'one';
  readonly verify: 'off' | 'last' | 'all';
  readonly rounds?: number;
  readonly sizeMiB: number;
  /** Interrupt nwipe (SIGINT, as Ctrl+C) once it has started its first pass: an aborted wipe. */
  readonly abort?: boolean;
  /** Back the loop device with a file larger than the tmpfs it sits on: writes fail, nwipe reports errors. */
  readonly failWrites?: boolean;
}

const PERMISSION = /permission denied|operation not permitted|must be superuser|cannot find an unused loop device|failed to set up loop device|no such device|only root/i;

/** Thrown when nwipe cannot be run here for a reason other than permissions: the test fails with these words. */
export class LiveNwipeError extends Error {
  override readonly name = 'LiveNwipeError';
}

function run(program: string, args: readonly string[]): { status: number | null; out: string } {
  const result = spawnSync(program, args, { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}` };
}

function nwipeRun(nwipe: string, args: readonly string[], abort: boolean, logFile: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(nwipe, [...args], { stdio: 'ignore' });
    const deadline = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const interrupt = (): void => {
      if (existsSync(logFile) && readFileSync(logFile, 'latin1').includes('Starting pass')) child.kill('SIGINT');
    };
    const poll = abort ? setInterval(interrupt, 50) : null;
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(deadline);
      if (poll !== null) clearInterval(poll);
      resolve(code);
    });
  });
}

export async function runNwipeOnLoopDevice(options: LiveOptions): Promise<LiveRun> {
  const nwipe = findProgram('nwipe');
  const losetup = findProgram('losetup');
  if (nwipe === null) throw new LiveNwipeError('nwipe is not installed: run `apt-get install nwipe` (the CI script .ci/run installs it).');
  if (losetup === null) throw new LiveNwipeError('losetup is not installed: run `apt-get install mount`.');
  const dir = mkdtempSync(join(tmpdir(), 'dockside-nwipe-'));
  const cleanups: (() => void)[] = [() => rmSync(dir, { recursive: true, force: true })];
  try {
    let imageDir = dir;
    if (options.failWrites === true) {
      const mountPoint = join(dir, 'small');
      mkdirSync(mountPoint);
      const mounted = run('mount', ['-t', 'tmpfs', '-o', `size=${Math.floor(options.sizeMiB / 4)}m`, 'tmpfs', mountPoint]);
      if (mounted.status !== 0) {
        if (PERMISSION.test(mounted.out)) return { ran: false, why: `mounting a small tmpfs is not allowed here (${mounted.out.trim()})` };
        throw new LiveNwipeError(`Could not mount a tmpfs for the failing-wipe run: ${mounted.out.trim()}`);
      }
      cleanups.unshift(() => run('umount', [mountPoint]));
      imageDir = mountPoint;
    }
    const image = join(imageDir, 'drive.img');
    const made = run('truncate', ['-s', `${options.sizeMiB}M`, image]);
    if (made.status !== 0) throw new LiveNwipeError(`truncate failed: ${made.out.trim()}`);
    const attached = run(losetup, ['-f', '--show', image]);
    if (attached.status !== 0) {
      if (PERMISSION.test(attached.out)) return { ran: false, why: `loop devices are not allowed here (${attached.out.trim()})` };
      throw new LiveNwipeError(`losetup could not attach a loop device: ${attached.out.trim()}`);
    }
    const device = attached.out.trim();
    cleanups.unshift(() => run(losetup, ['-d', device]));
    const logFile = join(dir, 'nwipe.txt');
    const args = ['--autonuke', '--nogui', `--method=${options.method}`, `--verify=${options.verify}`, `--rounds=${options.rounds ?? 1}`, `--logfile=${logFile}`, device];
    const exitCode = await nwipeRun(nwipe, args, options.abort === true, logFile);
    if (!existsSync(logFile)) throw new LiveNwipeError(`nwipe wrote no log (exit ${String(exitCode)})`);
    return { ran: true, log: readFileSync(logFile), exitCode };
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}
