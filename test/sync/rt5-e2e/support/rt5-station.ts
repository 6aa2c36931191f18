import { systemClock, uuidIds } from '../../../../electron/services/system';
import { DEFAULT_BUILDERS } from '../../../../electron/sync/connectors/builders';
import { systemTimers } from '../../../../electron/sync/runtime/timers';
import type { PassReport, SyncWorker, WorkerOptions } from '../../../../electron/sync/worker';
import type { ConnectorSettings } from '../../../../shared/domain/sync-config';
import { realDrivers } from '../../support/real-drivers';
import { count, syncFixture, type SyncFixture } from '../../support/sync-fixture';
import type { BacklogDeps } from './lifecycle-backlog';

/** Small waits, so that a test's retries take milliseconds rather than the app's seconds. */
const QUICK_BACKOFF = { baseMs: 10, capMs: 200, maxRetryAfterMs: 2_000 } as const;

/**
 * A station as the app runs it, on real time: a core on a temporary SQLite file (a supervisor signed in),
 * tokens kept by the core's secret store (set with sync.setToken), and the sync worker with the shipped
 * drivers on real HTTP. `online` is what the operating system says about the network.
 */
export interface Rt5Station {
  readonly f: SyncFixture;
  readonly network: { online: boolean };
  readonly worker: SyncWorker;
  readonly deps: BacklogDeps;
  /** Pending deliveries (not dead letters or conflicts). */
  pending(): number;
  /** Runs passes until nothing pending is due any more, or fails after the deadline; answers each pass's report. */
  drain(deadlineMs: number): Promise<PassReport[]>;
  close(): void;
}

export async function rt5Station(options: { readonly dir?: string; readonly worker?: Partial<WorkerOptions> } = {}): Promise<Rt5Station> {
  const f = await syncFixture({ clock: systemClock, timers: systemTimers, builders: DEFAULT_BUILDERS, ...(options.dir === undefined ? {} : { dir: options.dir }) });
  const network = { online: true };
  const worker = f.worker(realDrivers(f.signer.stationId), { backoff: QUICK_BACKOFF, deliverTimeoutMs: 30_000, ...options.worker }, () => network.online);
  const pending = () => count(f.db, "SELECT count(*) AS n FROM sync_deliveries WHERE state = 'pending'");
  return {
    f,
    network,
    worker,
    deps: { db: f.db, clock: systemClock, ids: uuidIds, signer: f.signer },
    pending,
    async drain(deadlineMs) {
      const end = Date.now() + deadlineMs;
      const reports: PassReport[] = [];
      for (;;) {
        const report = await worker.runOnce();
        reports.push(report);
        const due = report.nextDueAtMs;
        if (due === null) return reports;
        if (Date.now() > end) throw new Error(`still ${pending()} pending after ${deadlineMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(due - Date.now(), 1_000))));
      }
    },
    close() {
      f.close();
    },
  };
}

/** Saves a Request Tracker connector through the core's command, as a supervisor does in Settings. */
export async function saveRt5(f: SyncFixture, id: string, settings: Partial<ConnectorSettings> & Pick<ConnectorSettings, 'url'>): Promise<void> {
  await f.call('sync.saveConnector', { id, kind: 'rt5', name: `Request Tracker (${id})`, enabled: true, settings: { timeoutMs: 5_000, ...settings }, backfill: true });
}
