import type { Db } from '../../db/connection';
import { systemClock, uuidIds } from '../services/system';
import { cachedFactory, connectorFactory } from '../sync/connector-factory';
import { DEFAULT_BUILDERS } from '../sync/connectors/builders';
import { systemTimers } from '../sync/runtime/timers';
import type { SecretStore } from '../sync/secrets/secret-store';
import { clearWaits, listConnectorRows, resumeConnector } from '../sync/store/connector-store';
import { createSyncWorker } from '../sync/worker';

/** What one headless drain did. */
export interface DrainOutcome {
  readonly delivered: number;
  readonly retried: number;
  readonly rejected: number;
  readonly conflicts: number;
  /** Connectors whose paused state was lifted because the environment gives them a token. */
  readonly resumed: readonly string[];
  /** The time limit ended the drain while something was still due. */
  readonly timedOut: boolean;
  readonly seconds: number;
}

/** The station whose events these are: the one that recorded the latest event, else the first registered. */
function stationOf(db: Db): string {
  const row = (db.prepare('SELECT station_id FROM custody_events ORDER BY seq DESC LIMIT 1').get() ??
    db.prepare('SELECT station_id FROM stations ORDER BY created_at, station_id LIMIT 1').get()) as { station_id: string } | undefined;
  return row?.station_id ?? 'unknown-station';
}

/**
 * Runs the app's sync worker headless until nothing more is due or the time limit passes: everything waiting
 * is tried now ("retry now"), and a connector the server had refused a token for is tried again when the
 * environment gives it a token (as a supervisor entering a new one would). Tokens come from `secrets`.
 */
export async function drainOnce(db: Db, secrets: SecretStore, limitMs: number): Promise<DrainOutcome> {
  const started = Date.now();
  const resumed: string[] = [];
  for (const row of listConnectorRows(db)) {
    if (row.pausedReason !== null && secrets.get(row.id) !== null) {
      resumeConnector(db, row.id, systemClock.now());
      resumed.push(row.id);
    }
  }
  clearWaits(db, null);
  const env = { clock: systemClock, timers: systemTimers, fetch: (input: string, init: RequestInit) => fetch(input, init), stationId: stationOf(db) };
  const worker = createSyncWorker({
    db,
    clock: systemClock,
    timers: systemTimers,
    random: Math.random,
    secrets,
    connectors: cachedFactory(connectorFactory(DEFAULT_BUILDERS, env)),
    newId: () => uuidIds.next(),
    options: { deliverTimeoutMs: Math.max(1_000, Math.min(60_000, limitMs)) },
  });
  const totals = { delivered: 0, retried: 0, rejected: 0, conflicts: 0 };
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    void worker.stop();
  }, limitMs);
  try {
    for (;;) {
      const report = await worker.runOnce();
      totals.delivered += report.delivered;
      totals.retried += report.retried;
      totals.rejected += report.rejected;
      totals.conflicts += report.conflicts;
      const due = report.nextDueAtMs;
      if (due === null || timedOut) break;
      const wait = Math.max(0, due - Date.now());
      if (Date.now() + wait >= started + limitMs) {
        timedOut = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  } finally {
    clearTimeout(deadline);
    await worker.stop();
  }
  return { ...totals, resumed, timedOut, seconds: Math.round((Date.now() - started) / 100) / 10 };
}
