import type { Db } from '../../db/connection';
import type { Clock } from '../services/deps';
import type { Connector, DeliveryResult, SyncItem } from './connector';
import type { ConnectorFactory } from './connector-factory';
import { pullAssets } from './pull/pull-assets';
import { DEFAULT_BACKOFF, retryDelay, type BackoffPolicy } from './runtime/backoff';
import type { TimerHandle, Timers } from './runtime/timers';
import type { SecretStore } from './secrets/secret-store';
import { findConnectorRow, listConnectorRows, pauseConnector, recordAttempt, type ConnectorRow } from './store/connector-store';
import { loadItems, nextDueMs, pickBatch } from './store/delivery-queue';
import { fanOut } from './store/fan-out';
import { recordNetwork } from './store/network-state';
import { recordResults, sameForAll, type BatchSummary } from './store/record-results';

export interface WorkerOptions {
  /** Longest one deliver() call may take before the batch is abandoned and retried. */
  readonly deliverTimeoutMs: number;
  /** The timer wake: a pass at least this often. */
  readonly pollMs: number;
  /** How often to pull assets from connectors that can. */
  readonly pullEveryMs: number;
  readonly backoff: BackoffPolicy;
}

export const DEFAULT_WORKER_OPTIONS: WorkerOptions = { deliverTimeoutMs: 60_000, pollMs: 60_000, pullEveryMs: 15 * 60_000, backoff: DEFAULT_BACKOFF };

export interface SyncWorkerDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly timers: Timers;
  /** In [0, 1): the jitter source. */
  readonly random: () => number;
  readonly secrets: SecretStore;
  readonly connectors: ConnectorFactory;
  readonly newId: () => string;
  /** The operating system's view of the network (Electron's net.isOnline); absent: always try. */
  readonly isOnline?: () => boolean;
  readonly options?: Partial<WorkerOptions>;
  /** Where a failed pass is reported (never with a token in it). */
  readonly log?: (message: string) => void;
}

export interface PassReport {
  readonly delivered: number;
  readonly retried: number;
  readonly rejected: number;
  readonly conflicts: number;
  /** Connectors paused in this pass because the server refused their token. */
  readonly paused: readonly string[];
  /** When something next becomes due (ms since epoch); null when nothing waits. */
  readonly nextDueAtMs: number | null;
}

export interface SyncWorker {
  /** Starts the loop: a pass now, then on wake-ups and the timer. */
  start(): void;
  /** Asks for a pass soon (new events, network back, resume from sleep, "run now"). */
  wake(): void;
  /** Runs one full pass now (or joins the running one) and reports it. */
  runOnce(): Promise<PassReport>;
  /** Stops the loop, cancels calls in flight (their items stay pending) and waits for the pass to end. */
  stop(): Promise<void>;
}

type Attempt = { readonly results: readonly DeliveryResult[] } | { readonly failed: string };

/** The sync worker: plain Node, no Electron; clock, timers and randomness injected. */
export function createSyncWorker(deps: SyncWorkerDeps): SyncWorker {
  const { db, clock, timers, random, secrets } = deps;
  const options: WorkerOptions = { ...DEFAULT_WORKER_OPTIONS, ...deps.options };
  const inFlight = new Set<AbortController>();
  const lastPullMs = new Map<string, number>();
  let running: Promise<PassReport> | null = null;
  let again = false;
  let started = false;
  let stopping = false;
  let timer: TimerHandle | null = null;

  async function deliverGuarded(connector: Connector, items: readonly SyncItem[]): Promise<Attempt> {
    const controller = new AbortController();
    inFlight.add(controller);
    let deadline: TimerHandle | null = null;
    const timeout = new Promise<Attempt>((resolve) => {
      deadline = timers.setTimeout(() => {
        controller.abort();
        resolve({ failed: `No answer within ${Math.round(options.deliverTimeoutMs / 1000)} s; will try again.` });
      }, options.deliverTimeoutMs);
    });
    const call = connector.deliver(items, controller.signal).then(
      (results): Attempt =>
        results.length === items.length
          ? { results }
          : { failed: `The ${connector.kind} driver answered ${results.length} results for ${items.length} events; will try again.` },
      (error: unknown): Attempt => ({ failed: `The ${connector.kind} driver failed: ${error instanceof Error ? error.message : String(error)}` }),
    );
    try {
      return await Promise.race([call, timeout]);
    } finally {
      if (deadline !== null) timers.clearTimeout(deadline);
      inFlight.delete(controller);
    }
  }

  function afterBatch(row: ConnectorRow, failures: number, summary: BatchSummary, answered: boolean): number {
    const now = clock.now();
    const settled = summary.delivered + summary.rejected + summary.conflicts;
    if (settled === 0) {
      const next = failures + 1;
      const wait = retryDelay(next, summary.retryAfterMs, options.backoff, random);
      const reachable = answered && summary.retryAfterMs !== null;
      recordAttempt(db, row.id, { reachable, succeeded: false, error: summary.retryReason, failures: next, retryAtMs: now.getTime() + wait }, now);
      return next;
    }
    recordAttempt(db, row.id, { reachable: true, succeeded: summary.delivered > 0, error: summary.retryReason, failures: 0, retryAtMs: 0 }, now);
    return 0;
  }

  async function drain(row: ConnectorRow, connector: Connector, totals: Totals): Promise<void> {
    let failures = row.failures;
    for (;;) {
      if (stopping) return;
      // A supervisor may switch the connector off, change or remove it, or give a new token mid-backlog: the next pass rebuilds it.
      const current = findConnectorRow(db, row.id);
      if (current === null || !current.enabled || current.pausedReason !== null || current.updatedAt !== row.updatedAt) return;
      fanOut(db, clock.now());
      const batch = pickBatch(db, row.id, clock.now().getTime(), Math.max(1, connector.maxBatch));
      if (batch.length === 0) return;
      const attempt = await deliverGuarded(connector, loadItems(db, batch));
      if (stopping && 'failed' in attempt) return;
      const results = 'failed' in attempt ? sameForAll(batch, { kind: 'retry', reason: attempt.failed, retryAfterMs: null }) : attempt.results;
      const answered = !('failed' in attempt);
      const outcome = db.transaction(() => {
        const summary = recordResults(db, row.id, batch, results, { now: clock.now(), policy: options.backoff, random });
        const superseded = findConnectorRow(db, row.id)?.updatedAt !== row.updatedAt;
        if (summary.authReason !== null && !superseded) pauseConnector(db, row.id, summary.authReason, clock.now());
        return { summary, failures: summary.authReason === null ? afterBatch(row, failures, summary, answered) : failures };
      })();
      totals.add(outcome.summary);
      if (outcome.summary.authReason !== null) {
        totals.paused.push(row.id);
        return;
      }
      failures = outcome.failures;
      if (failures > 0) return;
    }
  }

  async function pull(row: ConnectorRow, connector: Connector): Promise<void> {
    if (connector.pull === undefined || stopping) return;
    const nowMs = clock.now().getTime();
    const last = lastPullMs.get(row.id);
    if (last !== undefined && nowMs - last < options.pullEveryMs) return;
    lastPullMs.set(row.id, nowMs);
    const controller = new AbortController();
    inFlight.add(controller);
    try {
      await pullAssets({ db, clock, newId: deps.newId }, row.id, connector, controller.signal);
    } catch (error) {
      deps.log?.(`pull from ${row.id} failed: ${error instanceof Error ? error.message : String(error)}`);
      lastPullMs.delete(row.id);
    } finally {
      inFlight.delete(controller);
    }
  }

  function runnable(row: ConnectorRow): { row: ConnectorRow; connector: Connector } | null {
    if (!row.enabled || row.pausedReason !== null) return null;
    const token = secrets.get(row.id);
    if (token === null) return null;
    const connector = deps.connectors(row, token);
    return connector === null ? null : { row, connector };
  }

  function nextDue(rows: readonly ConnectorRow[]): number | null {
    let soonest: number | null = null;
    for (const row of rows) {
      if (runnable(row) === null) continue;
      const due = nextDueMs(db, row.id);
      if (due === null) continue;
      const at = Math.max(due, row.retryAtMs);
      soonest = soonest === null ? at : Math.min(soonest, at);
    }
    return soonest;
  }

  async function pass(): Promise<PassReport> {
    const totals = new Totals();
    const now = clock.now();
    if (deps.isOnline !== undefined) {
      const online = deps.isOnline();
      recordNetwork(db, online, now);
      if (!online) return totals.report(now.getTime() + options.pollMs);
    }
    fanOut(db, now);
    const ready = listConnectorRows(db)
      .filter((row) => row.retryAtMs <= now.getTime())
      .map(runnable)
      .filter((entry) => entry !== null);
    await Promise.all(
      ready.map(async ({ row, connector }) => {
        await drain(row, connector, totals);
        await pull(row, connector);
      }),
    );
    return totals.report(nextDue(listConnectorRows(db)));
  }

  function schedule(report: PassReport): void {
    if (!started || stopping) return;
    if (timer !== null) timers.clearTimeout(timer);
    const nowMs = clock.now().getTime();
    const untilDue = report.nextDueAtMs === null ? options.pollMs : Math.max(0, report.nextDueAtMs - nowMs);
    timer = timers.setTimeout(() => {
      timer = null;
      void runOnce();
    }, Math.min(options.pollMs, untilDue));
  }

  async function guardedPass(): Promise<PassReport> {
    try {
      return await pass();
    } catch (error) {
      deps.log?.(`sync pass failed: ${error instanceof Error ? error.message : String(error)}`);
      return new Totals().report(clock.now().getTime() + options.pollMs);
    }
  }

  async function loop(): Promise<PassReport> {
    let report: PassReport;
    do {
      again = false;
      report = await guardedPass();
    } while (again && !stopping);
    schedule(report);
    return report;
  }

  function runOnce(): Promise<PassReport> {
    if (running !== null) {
      again = true;
      return running;
    }
    running = loop().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    start() {
      started = true;
      stopping = false;
      void runOnce();
    },
    wake() {
      if (stopping || !started) return;
      if (running !== null) {
        again = true;
        return;
      }
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(() => {
        timer = null;
        void runOnce();
      }, 0);
    },
    runOnce,
    async stop() {
      stopping = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      for (const controller of inFlight) controller.abort();
      if (running !== null) await running.catch(() => undefined);
    },
  };
}

/** Running totals of one pass. */
class Totals {
  delivered = 0;
  retried = 0;
  rejected = 0;
  conflicts = 0;
  readonly paused: string[] = [];

  add(summary: BatchSummary): void {
    this.delivered += summary.delivered;
    this.retried += summary.retried;
    this.rejected += summary.rejected;
    this.conflicts += summary.conflicts;
  }

  report(nextDueAtMs: number | null): PassReport {
    return {
      delivered: this.delivered,
      retried: this.retried,
      rejected: this.rejected,
      conflicts: this.conflicts,
      paused: [...this.paused],
      nextDueAtMs,
    };
  }
}
