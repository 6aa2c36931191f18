import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { assertRt5Installed, RT5_SERVER } from './rt5-install';
import { mintToken, revokeToken } from './rt5-perl';
import { rt5Env, rt5Paths, writeSiteConfig, type Rt5Paths } from './rt5-site-config';
import { rt5Template } from './rt5-template';

/** One throw-away Request Tracker 5 on 127.0.0.1 with its own SQLite database, started by a test file. */
export interface Rt5Server {
  readonly port: number;
  /** REST2 base, e.g. http://127.0.0.1:40123/REST/2.0 */
  readonly restUrl: string;
  readonly paths: Rt5Paths;
  /** A REST2 token for root (minted with the template database). */
  readonly rootToken: string;
  /** PID of the rt-server process this module started, or null while stopped. */
  pid(): number | null;
  /** Starts the server again on the same port and database (after stop()). */
  start(): Promise<void>;
  /** Stops the server this module started (by its PID only). */
  stop(): Promise<void>;
  mintToken(user: string): Promise<string>;
  revokeToken(token: string): Promise<string>;
  /** The last lines of the server's log, for failure reports. */
  logTail(lines?: number): string;
  /** Stops the server and removes its directory. */
  dispose(): Promise<void>;
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

async function waitUntilUp(restUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`rt-server exited (${child.exitCode ?? child.signalCode}) before answering:\n${tail(logFile, 60)}`);
    }
    const status = await fetch(`${restUrl}/rt`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 401 || status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`rt-server did not answer on ${restUrl} within 60 s:\n${tail(logFile, 60)}`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Writes the config, gives the server a fresh copy of the seeded database and starts Starlet on a free loopback port. */
export async function startRt5Server(): Promise<Rt5Server> {
  assertRt5Installed();
  const template = await rt5Template();
  const paths = rt5Paths(mkdtempSync(join(tmpdir(), 'dockside-rt5-')));
  const port = await freePort();
  const restUrl = `http://127.0.0.1:${port}/REST/2.0`;
  writeSiteConfig(paths, port);
  copyFileSync(template.database, paths.database);

  let child: ChildProcess | null = null;
  const killOnExit = (): void => {
    if (child?.pid !== undefined && child.exitCode === null) child.kill('SIGTERM');
  };

  async function start(): Promise<void> {
    if (child !== null) throw new Error(`rt-server already running (pid ${child.pid ?? '?'})`);
    const log = openSync(paths.serverLog, 'a');
    const started = spawn(
      RT5_SERVER,
      ['--server', 'Starlet', '--host', '127.0.0.1', '--port', String(port), '--max-workers', '2'],
      { env: rt5Env(paths), stdio: ['ignore', log, log], detached: true },
    );
    closeSync(log);
    started.unref();
    child = started;
    process.once('exit', killOnExit);
    try {
      await waitUntilUp(restUrl, started, paths.serverLog);
    } catch (error) {
      await stop();
      throw error;
    }
  }

  async function stop(): Promise<void> {
    const running = child;
    if (running === null) return;
    child = null;
    process.removeListener('exit', killOnExit);
    if (running.exitCode === null && running.signalCode === null) {
      // Starlet's master takes its workers down on TERM; KILL the group it leads only if it hangs.
      running.kill('SIGTERM');
      const timer = setTimeout(() => {
        if (running.pid !== undefined && running.exitCode === null) process.kill(-running.pid, 'SIGKILL');
      }, 10_000);
      await exited(running);
      clearTimeout(timer);
    }
  }

  await start();
  return {
    port,
    restUrl,
    paths,
    rootToken: template.rootToken,
    pid: () => child?.pid ?? null,
    start,
    stop,
    mintToken: (user) => mintToken(paths, user),
    revokeToken: (token) => revokeToken(paths, token),
    logTail: (lines = 80) => tail(paths.serverLog, lines),
    async dispose() {
      await stop();
      rmSync(paths.dir, { recursive: true, force: true });
    },
  };
}
