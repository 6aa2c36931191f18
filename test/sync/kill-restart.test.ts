import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock, uuidIds } from '../../electron/services/system';
import { DEFAULT_BUILDERS } from '../../electron/sync/connectors/builders';
import { systemTimers } from '../../electron/sync/runtime/timers';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { recordBacklog } from './support/bulk-events';
import { count, eventIds, syncFixture, type SyncFixture } from './support/sync-fixture';

const CHILD = join(import.meta.dirname, 'support', 'worker-child.ts');

function startWorkerProcess(dir: string): { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, DOCKSIDE_DIR: dir, DOCKSIDE_TOKEN_HOOK: 'whsec-kill' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited };
}

describe('the worker killed with SIGKILL mid-batch', () => {
  let receiver: WebhookReceiver;
  let f: SyncFixture;
  let dir: string;
  afterEach(async () => {
    f.close();
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restarts with no event lost and none applied twice', { timeout: 120_000 }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'dockside-kill-'));
    receiver = await startWebhookReceiver({ secret: 'whsec-kill' });
    f = await syncFixture({ clock: systemClock, timers: systemTimers, builders: DEFAULT_BUILDERS, dir });
    recordBacklog({ db: f.db, clock: systemClock, ids: uuidIds, signer: f.signer }, 'KX', 500, 4);
    await f.addConnector('hook', { url: receiver.url, maxBatch: 20 });

    const first = startWorkerProcess(dir);
    let killedAfter = 0;
    receiver.beforeAnswer = async () => {
      if (killedAfter > 0 || receiver.applied.length < 600) return;
      killedAfter = receiver.applied.length;
      first.child.kill('SIGKILL');
      await first.exited;
    };
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const unacknowledged = count(f.db, 'SELECT count(*) AS n FROM sync_deliveries');
    expect(unacknowledged).toBe(2_000 - count(f.db, 'SELECT count(*) AS n FROM sync_delivered'));
    expect(receiver.applied.length).toBe(killedAfter);
    expect(2_000 - unacknowledged).toBeLessThan(killedAfter);

    receiver.beforeAnswer = null;
    const second = startWorkerProcess(dir);
    expect(await second.exited).toEqual({ code: 0, signal: null });

    const all = eventIds(f.db);
    expect(receiver.applied.map((e) => e.eventId).sort()).toEqual([...all].sort());
    expect(receiver.duplicates.length).toBeGreaterThan(0);
    expect(receiver.orderViolations).toEqual([]);
    expect(count(f.db, 'SELECT count(*) AS n FROM sync_deliveries')).toBe(0);
    expect(count(f.db, 'SELECT count(*) AS n FROM outbox')).toBe(0);
    expect(count(f.db, 'SELECT count(*) AS n FROM sync_delivered')).toBe(2_000);
  });
});
