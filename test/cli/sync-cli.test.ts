import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncReport } from '../../electron/cli/sync-report';
import { freePort } from '../support/rt5/free-port';
import { rtDesk } from '../support/rt5/rt-desk';
import { useRt5Server } from '../support/rt5/use-rt5-server';
import { count } from '../sync/support/sync-fixture';
import { registerAndReceive } from '../sync/rt5-e2e/support/dock-desk';
import { rt5Station, saveRt5, type Rt5Station } from '../sync/rt5-e2e/support/rt5-station';
import { DOCKSIDE_BIN, type DocksideRun } from './support/run-dockside';

/** Runs the real command-line tool in its own process, with these tokens (and no other) in its environment. */
function dockside(args: readonly string[], tokens: Readonly<Record<string, string>> = {}): Promise<DocksideRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('DOCKSIDE_TOKEN_')) delete env[name];
  const child = spawn(process.execPath, [DOCKSIDE_BIN, ...args], { env: { ...env, ...tokens }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

const json = (run: DocksideRun): SyncReport => JSON.parse(run.stdout) as SyncReport;

describe('dockside sync status | run (real Request Tracker 5)', () => {
  const rt = useRt5Server();
  let dir: string;
  let station: Rt5Station;
  let dbFile: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dockside-sync-cli-'));
    station = await rt5Station({ dir });
    dbFile = join(dir, 'dockside.sqlite');
  });
  afterEach(() => {
    station.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Two laptops received and graded at the dock, one with a note: 7 events. */
  async function dockWork(prefix: string): Promise<void> {
    const { f } = station;
    const batch = await f.call('receiving.startBatch', {});
    const first = await registerAndReceive(f, batch.batchId, { assetTag: `${prefix}-000001`, serial: `SN-${prefix}-1`, make: 'HP', model: 'EliteBook 840', assetClass: 'laptop' }, { functional: 'F3', cosmetic: 'C4' });
    await registerAndReceive(f, batch.batchId, { assetTag: `${prefix}-000002`, serial: `SN-${prefix}-2`, make: 'HP', model: 'EliteBook 840', assetClass: 'laptop' }, { functional: 'F2', cosmetic: 'C2' });
    await f.call('assets.note', { assetId: first.id, text: 'Charger missing' });
  }

  it('status says what waits; run sends it to RT once and says so; exit status 0', { timeout: 60_000 }, async () => {
    await saveRt5(station.f, 'rt', { url: rt().restUrl });
    await dockWork('ITC');

    const untokened = await dockside(['sync', 'status', '--db', dbFile]);
    expect(untokened.status).toBe(1);
    expect(untokened.stdout).toContain('  Request Tracker (rt) (rt, rt5): No token is set.');
    expect(untokened.stdout).toContain('This tool reads the token from DOCKSIDE_TOKEN_RT: set it to a valid token');
    const before = await dockside(['sync', 'status', '--db', dbFile, '--json'], { DOCKSIDE_TOKEN_RT: rt().rootToken });
    expect(before.stderr).toBe('');
    expect(before.status).toBe(0);
    expect(json(before)).toMatchObject({ ok: true, run: null, status: { waiting: 7, unrouted: 7, deadLetters: 0, connectors: [{ id: 'rt', state: 'sending', waiting: 7, words: '7 events to send.' }] } });

    const run = await dockside(['sync', 'run', '--db', dbFile, '--json'], { DOCKSIDE_TOKEN_RT: rt().rootToken });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(json(run)).toMatchObject({ ok: true, run: { delivered: 7, rejected: 0, timedOut: false }, status: { waiting: 0, deadLetters: 0, words: 'Up to date.' }, problems: [] });
    const desk = rtDesk(rt().restUrl, rt().rootToken);
    for (const serial of ['SN-ITC-1', 'SN-ITC-2']) expect(await desk.assetIdsBySerial(serial)).toHaveLength(1);
    expect(count(station.f.db, "SELECT count(*) AS n FROM sync_delivered WHERE connector_id = 'rt'")).toBe(7);

    const after = await dockside(['sync', 'status', '--db', dbFile], { DOCKSIDE_TOKEN_RT: rt().rootToken });
    expect(after.status).toBe(0);
    expect(after.stdout).toContain('  Request Tracker (rt) (rt, rt5): Up to date.');
    expect(after.stdout.trim().split('\n').at(-1)).toBe('OK: Up to date.');
  });

  it('a refused token pauses the connector: exit status 1 and words; run again with a good token, it resumes', { timeout: 60_000 }, async () => {
    await saveRt5(station.f, 'rt', { url: rt().restUrl });
    await dockWork('ITT');

    const refused = await dockside(['sync', 'run', '--db', dbFile], { DOCKSIDE_TOKEN_RT: '1-14-00000000000000000000000000000000' });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('Ran for ');
    expect(refused.stdout).toMatch(/Request Tracker \(rt\) \(rt, rt5\): Paused: the server refused the token\. Request Tracker: The server refused the token \(401 Unauthorized\)\./);
    expect(refused.stdout.trim().split('\n').at(-1)).toMatch(/^NOT DONE: Request Tracker \(rt\): Paused: the server refused the token\./);
    const status = await dockside(['sync', 'status', '--db', dbFile, '--json'], { DOCKSIDE_TOKEN_RT: rt().rootToken });
    expect(status.status).toBe(1);
    expect(json(status).status.connectors[0]).toMatchObject({ state: 'paused', waiting: 7 });

    const resumed = await dockside(['sync', 'run', '--db', dbFile], { DOCKSIDE_TOKEN_RT: rt().rootToken });
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain('Ran for ');
    expect(resumed.stdout).toMatch(/: 7 delivered, 0 to try again, 0 refused \(dead letters\), 0 held as conflicts\. Resumed with the token from the environment: rt\./);
  });

  it("an event RT refuses becomes a dead letter: exit status 1, with RT's reason", { timeout: 60_000 }, async () => {
    await saveRt5(station.f, 'rt', { url: rt().restUrl, fieldMap: { lastNote: 'Remarks' } });
    await dockWork('ITD');

    const run = await dockside(['sync', 'run', '--db', dbFile, '--json'], { DOCKSIDE_TOKEN_RT: rt().rootToken });
    expect(run.status).toBe(1);
    const report = json(run);
    expect(report).toMatchObject({ ok: false, run: { delivered: 6, rejected: 1 }, status: { deadLetters: 1, waiting: 0 } });
    expect(report.problems.map((p) => [p.kind, p.eventType, p.assetLabel])).toEqual([['dead-letter', 'note', 'ITD-000001']]);
    expect(report.problems[0]?.serverReason).toMatch(/^RT asset \d+ has no custom field 'Remarks': apply it to catalog 'Dock Receiving'\.$/);
    const words = await dockside(['sync', 'status', '--db', dbFile]);
    expect(words.status).toBe(1);
    expect(words.stdout).toMatch(/Needs a supervisor:\n {2}Refused \(rt\): note of ITD-000001 at \S+: RT asset \d+ has no custom field 'Remarks'/);
  });

  it('a central system that cannot be reached: retried until the time limit, exit status 1, said in words', { timeout: 60_000 }, async () => {
    await saveRt5(station.f, 'rt', { url: `http://127.0.0.1:${await freePort()}` });
    await dockWork('ITU');

    const run = await dockside(['sync', 'run', '--db', dbFile, '--timeout', '2'], { DOCKSIDE_TOKEN_RT: rt().rootToken });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/: 0 delivered, \d+ to try again, 0 refused \(dead letters\), 0 held as conflicts\. Stopped at the time limit\./);
    expect(run.stdout).toMatch(/(Could not deliver|Last error): 127\.0\.0\.1:\d+ refused the connection: nothing is listening there\./);
    expect(count(station.f.db, "SELECT count(*) AS n FROM sync_deliveries WHERE state = 'pending'")).toBe(7);
  });

  it('wrong usage or a file that cannot be read: explained, exit status 2; help shows the usage', async () => {
    const help = await dockside(['help']);
    expect(help.stdout).toContain('dockside sync status --db FILE [--json]');
    expect(help.stdout).toContain('dockside sync run --db FILE [--json] [--timeout SECONDS]');
    const cases: [string[], string][] = [
      [['sync'], 'What to do: dockside sync status --db FILE'],
      [['sync', 'push', '--db', dbFile], 'What to do: dockside sync status --db FILE'],
      [['sync', 'run'], 'Name the station database: dockside sync run --db FILE'],
      [['sync', 'status', '--db', dbFile, '--timeout', '5'], '--timeout is for dockside sync run'],
      [['sync', 'run', '--db', dbFile, '--timeout', 'soon'], '--timeout takes a number of seconds between 1 and 86400, not "soon"'],
      [['sync', 'status', '--db', join(dir, 'missing.sqlite')], `Error: There is no such file or folder. (${join(dir, 'missing.sqlite')})`],
      [['sync', 'run', '--db', join(dir, 'station-key.pem')], `${join(dir, 'station-key.pem')} is not a Dockside database (not an SQLite file).`],
    ];
    for (const [args, words] of cases) {
      const run = await dockside(args);
      expect({ args, status: run.status }).toEqual({ args, status: 2 });
      expect(run.stderr).toContain(words);
    }
    const missing = await dockside(['sync', 'run', '--db', join(dir, 'missing.sqlite'), '--json']);
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, error: { code: 'IO', words: `There is no such file or folder. (${join(dir, 'missing.sqlite')})` } });
  });
});
