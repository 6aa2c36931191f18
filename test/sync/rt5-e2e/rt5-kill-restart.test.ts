import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RT5_DEFAULTS } from '../../../shared/domain/sync-config';
import { startFaultProxy, type FaultProxy, type SeenRequest } from '../../support/rt5/fault-proxy';
import { rtDesk } from '../../support/rt5/rt-desk';
import { useRt5Server } from '../../support/rt5/use-rt5-server';
import { count } from '../support/sync-fixture';
import { LIFECYCLE, recordLifecycleBacklog } from './support/lifecycle-backlog';
import { effectsInRt, expectedEffects, fieldIdsOf, localEvents } from './support/rt-effects';
import { rt5Station, saveRt5, type Rt5Station } from './support/rt5-station';

/** The worker in its own process: opens DOCKSIDE_DIR's database, drains to the connectors there, exits 0 when done. */
const CHILD = join(import.meta.dirname, '..', 'support', 'worker-child.ts');
const DEVICES = 12;
/** The worker is killed while RT applies this write of an applied-marker (of about DEVICES * 7). */
const KILL_AT_MARKER_WRITE = 40;

type Exit = { code: number | null; signal: NodeJS.Signals | null };

function startWorkerProcess(dir: string, token: string): { child: ChildProcess; exited: Promise<Exit> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env: { ...process.env, DOCKSIDE_DIR: dir, DOCKSIDE_TOKEN_RT: token }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited };
}

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the worker killed with SIGKILL while delivering to the real Request Tracker 5', () => {
  const rt = useRt5Server();
  let station: Rt5Station;
  let proxy: FaultProxy;
  let dir: string;
  afterEach(async () => {
    station.close();
    await proxy.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restarts with no event lost and no effect applied twice in RT', { timeout: 120_000 }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'dockside-rt5-kill-'));
    station = await rt5Station({ dir });
    const { f } = station;
    const assetIds = recordLifecycleBacklog(station.deps, 'KIL', DEVICES);
    const total = DEVICES * LIFECYCLE.length;
    proxy = await startFaultProxy(`http://127.0.0.1:${rt().port}`);
    await saveRt5(f, 'rt', { url: `${proxy.origin}/REST/2.0` });
    const token = await rt().mintToken('root');

    const first = startWorkerProcess(dir, token);
    let markerWrites = 0;
    let killedDuring: SeenRequest | null = null;
    proxy.setRule(async (request) => {
      if (request.method !== 'PUT' || !request.body.includes(RT5_DEFAULTS.fields.marker)) return 'forward';
      markerWrites += 1;
      if (markerWrites !== KILL_AT_MARKER_WRITE) return 'forward';
      killedDuring = request;
      first.child.kill('SIGKILL');
      await first.exited;
      // RT applies the write the dead worker sent; nobody hears the answer.
      return 'lose-response';
    });
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    proxy.setRule(() => 'forward');

    // The write the worker died in reached RT, but the station never heard: that event is still queued.
    const inFlight = killedDuring as SeenRequest | null;
    if (inFlight === null) throw new Error('the worker was not killed mid-write');
    const marker = (JSON.parse(inFlight.body) as { CustomFields: Record<string, string> }).CustomFields[RT5_DEFAULTS.fields.marker] ?? '';
    const seq = Number(/:(\d+)$/.exec(marker)?.[1]);
    const rtId = Number(/\/asset\/(\d+)$/.exec(inFlight.path)?.[1]);
    const desk = rtDesk(rt().restUrl, rt().rootToken);
    await eventually(async () => (await desk.asset(rtId)).fields[RT5_DEFAULTS.fields.marker] === marker, `RT to apply ${marker}`);
    const killedEvent = f.db.prepare('SELECT id FROM custody_events WHERE seq = ?').get(seq) as { id: string };
    expect(count(f.db, 'SELECT count(*) AS n FROM sync_delivered WHERE event_id = ?', killedEvent.id)).toBe(0);
    expect(count(f.db, "SELECT count(*) AS n FROM sync_deliveries WHERE event_id = ? AND state = 'pending'", killedEvent.id)).toBe(1);
    const deliveredBefore = count(f.db, 'SELECT count(*) AS n FROM sync_delivered');
    expect(deliveredBefore).toBeGreaterThan(0);
    expect(deliveredBefore).toBeLessThan(total);

    const second = startWorkerProcess(dir, token);
    expect(await second.exited).toEqual({ code: 0, signal: null });

    expect(count(f.db, 'SELECT count(*) AS n FROM outbox')).toBe(0);
    expect(count(f.db, 'SELECT count(*) AS n FROM sync_deliveries')).toBe(0);
    expect(count(f.db, "SELECT count(*) AS n FROM sync_delivered WHERE connector_id = 'rt'")).toBe(total);
    const fields = await fieldIdsOf(desk, [RT5_DEFAULTS.fields.marker, RT5_DEFAULTS.fields.lastWipe, RT5_DEFAULTS.fields.condition]);
    for (const assetId of assetIds) {
      const serial = (f.db.prepare('SELECT serial FROM assets WHERE id = ?').get(assetId) as { serial: string }).serial;
      const seen = await effectsInRt(desk, fields, serial, f.signer.stationId);
      const expected = expectedEffects(localEvents(f.db, assetId));
      expect({ serial, rtIds: seen.rtIds.length, applied: seen.applied, statusMoves: seen.statusMoves }).toEqual({ serial, rtIds: 1, ...expected });
      expect([seen.fieldChanges[RT5_DEFAULTS.fields.lastWipe], seen.fieldChanges[RT5_DEFAULTS.fields.condition]], serial).toEqual([2, 1]);
    }
  });
});
