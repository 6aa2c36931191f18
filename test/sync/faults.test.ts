import { afterEach, describe, expect, it } from 'vitest';
import { systemClock, uuidIds } from '../../electron/services/system';
import { DEFAULT_BUILDERS } from '../../electron/sync/connectors/builders';
import { systemTimers } from '../../electron/sync/runtime/timers';
import { FAULTS, startFaultProxy, type Fault, type FaultProxy } from '../support/fault-proxy';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { recordBacklog } from './support/bulk-events';
import { createPrng } from '../support/prng';
import { realDrivers } from './support/real-drivers';
import { count, eventIds, syncFixture, type SyncFixture } from './support/sync-fixture';
import { waitUntil } from './support/wait-until';

/** Two requests in five meet a fault; the schedule is seeded, the same on every run. */
function faultSchedule(seed: number): (n: number) => Fault {
  const random = createPrng(seed).next;
  const weights: readonly [Fault, number][] = [
    ['pass', 0.6],
    ['drop', 0.08],
    ['reset-after', 0.09],
    ['error-500', 0.08],
    ['throttle-429', 0.03],
    ['slow', 0.05],
    ['duplicate', 0.07],
  ];
  return () => {
    let draw = random();
    for (const [fault, weight] of weights) {
      draw -= weight;
      if (draw < 0) return fault;
    }
    return 'pass';
  };
}

describe('delivery through a faulty network', () => {
  let receiver: WebhookReceiver;
  let proxy: FaultProxy;
  let f: SyncFixture;
  afterEach(async () => {
    f.close();
    await proxy.close();
    await receiver.close();
  });

  it('applies each of 3,000 events exactly once, in order per asset, whatever the proxy does', { timeout: 180_000 }, async () => {
    receiver = await startWebhookReceiver({ secret: 'whsec-faults' });
    proxy = await startFaultProxy({ target: new URL(receiver.url).origin, choose: faultSchedule(20261102), slowMs: 900, retryAfterSeconds: 1 });
    f = await syncFixture({ clock: systemClock, timers: systemTimers, builders: DEFAULT_BUILDERS, env: { DOCKSIDE_TOKEN_HOOK: 'whsec-faults' } });
    recordBacklog({ db: f.db, clock: systemClock, ids: uuidIds, signer: f.signer }, 'FX', 750, 4);
    await f.addConnector('hook', { url: `${proxy.url}/hook`, maxBatch: 25, timeoutMs: 500 });
    const worker = f.worker(realDrivers(f.signer.stationId), {
      pollMs: 200,
      deliverTimeoutMs: 5_000,
      backoff: { baseMs: 10, capMs: 200, maxRetryAfterMs: 2_000 },
    });
    worker.start();
    const left = () => count(f.db, 'SELECT count(*) AS n FROM sync_deliveries') + count(f.db, 'SELECT count(*) AS n FROM outbox');
    try {
      await waitUntil(() => left() === 0, 170_000, () => `${left()} left, proxy ${JSON.stringify(proxy.counts)}`);
    } finally {
      await worker.stop();
    }

    const all = eventIds(f.db);
    expect(all).toHaveLength(3_000);
    expect(receiver.applied).toHaveLength(3_000);
    expect(new Set(receiver.applied.map((e) => e.eventId))).toEqual(new Set(all));
    expect(receiver.orderViolations).toEqual([]);
    expect(receiver.stats.badSignatures).toBe(0);
    expect(receiver.duplicates.length).toBeGreaterThan(0);
    for (const fault of FAULTS) expect(proxy.counts[fault], fault).toBeGreaterThan(0);
    expect(count(f.db, "SELECT count(*) AS n FROM sync_delivered WHERE connector_id = 'hook'")).toBe(3_000);
    expect((await f.call('sync.status', {})).words).toBe('Up to date.');
  });
});
