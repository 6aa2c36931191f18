import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProjections } from '../../electron/cli/check-projections';
import { verifyDatabase } from '../../electron/services/custody/verify-db';
import { createCoreFixture, removeFixture, type CoreFixture } from '../support/core-fixture';
import { CHILD_TECHNICIAN } from './support/child-technician';
import { createPrng } from '../support/prng';

const CHILD = fileURLToPath(new URL('./support/receiving-child.ts', import.meta.url));
const ASSETS = 300;
const ROUNDS = 12;
const SCANS_PER_ROUND = 25;

type Child = ChildProcessByStdio<Writable, Readable, Readable>;

interface Round {
  readonly confirmed: string[][];
  readonly fed: number;
}

/** When to kill: right after the n-th confirmation, or a number of milliseconds after the scans were sent (mid-work). */
type KillPoint = { readonly afterConfirmed: number } | { readonly afterMs: number };

/** Starts a receiving station process, feeds it scans, and kills it with SIGKILL at the given point. */
function runRound(dir: string, scans: readonly string[], killAt: KillPoint): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child: Child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], { stdio: ['pipe', 'pipe', 'pipe'] });
    const confirmed: string[][] = [];
    let buffered = '';
    let stderr = '';
    let ready = false;
    const kill = () => child.kill('SIGKILL');
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'READY') {
          ready = true;
          child.stdin.write(scans.map((scan) => `${scan}\n`).join(''));
          if ('afterMs' in killAt) setTimeout(kill, killAt.afterMs);
        } else if (line.startsWith('CONFIRMED ')) {
          confirmed.push(line.slice('CONFIRMED '.length).split(' '));
          if ('afterConfirmed' in killAt && confirmed.length === killAt.afterConfirmed) kill();
        } else {
          reject(new Error(`station answered "${line}"`));
        }
      }
    });
    child.stdin.on('error', () => undefined);
    child.on('exit', (code, signal) => {
      if (!ready || signal !== 'SIGKILL') reject(new Error(`station exited early (code ${code}, signal ${signal}): ${stderr}`));
      else resolve({ confirmed, fed: scans.length });
    });
  });
}

describe('kill -9 while receiving loses nothing that was confirmed', () => {
  let f: CoreFixture;
  let tags: string[];
  beforeAll(async () => {
    f = createCoreFixture();
    await f.call('setup.createFirstSupervisor', { technicianId: 'SUP-1', name: 'Sam Supervisor', pin: '4321', loadDemoData: false });
    await f.call('users.add', { ...CHILD_TECHNICIAN, role: 'technician' });
    tags = [];
    for (let i = 0; i < ASSETS; i += 1) {
      const tag = `IT-${String(200_000 + i)}`;
      await f.call('assets.register', { assetTag: tag, serial: `SN-KILL-${i}`, model: 'Latitude 7440', assetClass: 'laptop', custodian: `Leaver ${i}` });
      tags.push(tag);
    }
    f.close();
  });
  afterAll(() => removeFixture(f));

  it(`every confirmed receipt is in the database after ${ROUNDS} SIGKILLs, and the chain and states verify`, { timeout: 180_000 }, async () => {
    const random = createPrng(9_042_026);
    const queue = [...tags].sort(() => random.next() - 0.5);
    const confirmed: string[][] = [];
    let fed = 0;
    let killedAfterConfirmation = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const scans = queue.splice(0, SCANS_PER_ROUND);
      const killAt: KillPoint = round % 2 === 0 ? { afterConfirmed: 1 + random.int(SCANS_PER_ROUND - 1) } : { afterMs: 20 + random.int(400) };
      if ('afterConfirmed' in killAt) killedAfterConfirmation += killAt.afterConfirmed;
      const result = await runRound(f.dir, scans, killAt);
      confirmed.push(...result.confirmed);
      fed += result.fed;
    }

    const station = f.restart();
    const has = station.db.prepare(
      `SELECT (SELECT count(*) FROM custody_events WHERE id = @id) AS event,
              (SELECT count(*) FROM outbox WHERE event_id = @id) AS outbox`,
    );
    const missing = confirmed.flat().filter((id) => {
      const row = has.get({ id }) as { event: number; outbox: number };
      return row.event !== 1 || row.outbox !== 1;
    });
    const received = station.db.prepare("SELECT count(*) AS n FROM custody_events WHERE type = 'received'").get() as { n: number };
    const total = station.db.prepare('SELECT count(*) AS n FROM custody_events').get() as { n: number };
    console.info(`kill -9: ${ROUNDS} rounds, ${fed} scans fed, ${confirmed.length} confirmed, ${received.n} received in the database`);

    expect(confirmed.length).toBeGreaterThanOrEqual(killedAfterConfirmation);
    expect(missing).toEqual([]);
    expect(received.n).toBeGreaterThanOrEqual(confirmed.length);
    expect(received.n).toBeLessThanOrEqual(fed);
    expect(station.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyDatabase(station.db, { kind: 'log' })).toEqual({ ok: true, checked: total.n, firstProblem: null });
    expect(checkProjections(station.db)).toMatchObject({ checked: ASSETS, mismatchedAssets: 0 });
    const orphans = station.db.prepare(
      `SELECT count(*) AS n FROM receiving_batch_items i LEFT JOIN custody_events e ON e.id = i.event_id WHERE e.id IS NULL`,
    ).get() as { n: number };
    expect(orphans.n).toBe(0);
    station.close();
  });
});
