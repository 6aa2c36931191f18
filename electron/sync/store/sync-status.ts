import type { Db } from '../../../db/connection';
import type { SyncConnectorStateKind, SyncConnectorStatus, SyncStatus } from '../../../shared/views';
import type { ConnectorBuilders } from '../connector-factory';
import type { SecretStore } from '../secrets/secret-store';
import { listConnectorRows, type ConnectorRow } from './connector-store';
import { readNetwork } from './network-state';

interface Counts {
  waiting: number;
  dead: number;
  conflicts: number;
}

function countsByConnector(db: Db): Map<string, Counts> {
  const rows = db.prepare('SELECT connector_id, state, count(*) AS n FROM sync_deliveries GROUP BY connector_id, state').all() as {
    connector_id: string;
    state: string;
    n: number;
  }[];
  const out = new Map<string, Counts>();
  for (const row of rows) {
    const counts = out.get(row.connector_id) ?? { waiting: 0, dead: 0, conflicts: 0 };
    if (row.state === 'pending') counts.waiting = row.n;
    if (row.state === 'dead') counts.dead = row.n;
    if (row.state === 'conflict') counts.conflicts = row.n;
    out.set(row.connector_id, counts);
  }
  return out;
}

const timeOf = (ms: number) => new Date(ms).toISOString().slice(11, 19);

/** A server's words as a sentence of their own, whatever punctuation they came with. */
const sentence = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function stateOf(row: ConnectorRow, counts: Counts, hasToken: boolean, hasDriver: boolean, nowMs: number): { state: SyncConnectorStateKind; words: string } {
  if (!row.enabled) return { state: 'disabled', words: 'Switched off. Its events are kept and go out when it is switched on again.' };
  if (!hasDriver) return { state: 'no-driver', words: `This version of Dockside has no driver for ${row.kind}. Its events are kept.` };
  if (!hasToken) return { state: 'needs-token', words: 'No token is set. A supervisor must enter one in Settings; until then nothing is sent.' };
  if (row.pausedReason !== null) {
    return { state: 'paused', words: `Paused: the server refused the token. ${sentence(row.pausedReason)} Nothing is sent until a supervisor enters a new token.` };
  }
  if (row.failures > 0 && row.retryAtMs > nowMs) {
    return { state: 'retrying', words: `Could not deliver: ${sentence(row.lastError ?? 'no answer')} Trying again at ${timeOf(row.retryAtMs)} (UTC).` };
  }
  if (counts.waiting > 0) return { state: 'sending', words: `${counts.waiting} event${counts.waiting === 1 ? '' : 's'} to send.` };
  return { state: 'idle', words: 'Up to date.' };
}

function summary(status: Omit<SyncStatus, 'words'>): string {
  const problems = status.deadLetters + status.conflicts;
  const help = problems > 0 ? ` ${problems} need${problems === 1 ? 's' : ''} a supervisor.` : '';
  if (status.connectors.length === 0) {
    return status.unrouted > 0
      ? `No central system is set up: ${status.unrouted} event${status.unrouted === 1 ? '' : 's'} wait on this station.`
      : 'No central system is set up.';
  }
  if (status.online === false) return `Offline: ${status.waiting} event${status.waiting === 1 ? '' : 's'} waiting; they go out when the network is back.${help}`;
  const stuck = status.connectors.find((c) => c.state === 'paused' || c.state === 'needs-token');
  if (stuck !== undefined) return `${stuck.name}: ${stuck.words}${help}`;
  if (status.waiting === 0) return `Up to date.${help}`;
  return `Sending: ${status.waiting} event${status.waiting === 1 ? '' : 's'} waiting.${help}`;
}

/**
 * The sync indicator and per-connector state, read from the database (what the worker last recorded). Events
 * still in the outbox count as waiting for every connector: the worker's next pass hands each of them to all.
 */
export function readSyncStatus(db: Db, secrets: Pick<SecretStore, 'get'>, builders: ConnectorBuilders, now: Date): SyncStatus {
  const rows = listConnectorRows(db);
  const byConnector = countsByConnector(db);
  const unrouted = (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
  const connectors: SyncConnectorStatus[] = rows.map((row) => {
    const queued = byConnector.get(row.id) ?? { waiting: 0, dead: 0, conflicts: 0 };
    const counts = { ...queued, waiting: queued.waiting + unrouted };
    const { state, words } = stateOf(row, counts, secrets.get(row.id) !== null, builders[row.kind] !== undefined, now.getTime());
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      state,
      words,
      waiting: counts.waiting,
      deadLetters: counts.dead,
      conflicts: counts.conflicts,
      reachable: row.reachable,
      lastSuccessAt: row.lastSuccessAt,
      lastAttemptAt: row.lastAttemptAt,
      lastError: row.lastError,
      nextAttemptAt: row.retryAtMs > now.getTime() ? new Date(row.retryAtMs).toISOString() : null,
      pausedReason: row.pausedReason,
    };
  });
  const pending = (db.prepare("SELECT count(DISTINCT event_id) AS n FROM sync_deliveries WHERE state = 'pending'").get() as { n: number }).n;
  const network = readNetwork(db);
  const active = connectors.filter((c) => c.state !== 'disabled' && c.reachable !== null);
  const online = network === false ? false : active.length === 0 ? network : active.some((c) => c.reachable === true);
  const successes = connectors.map((c) => c.lastSuccessAt).filter((at) => at !== null);
  const failing = connectors.filter((c) => c.lastError !== null).sort((a, b) => (b.lastAttemptAt ?? '').localeCompare(a.lastAttemptAt ?? ''));
  const base = {
    online,
    waiting: unrouted + pending,
    unrouted,
    deadLetters: connectors.reduce((n, c) => n + c.deadLetters, 0),
    conflicts: connectors.reduce((n, c) => n + c.conflicts, 0),
    lastSuccessAt: successes.length === 0 ? null : successes.reduce((a, b) => (a > b ? a : b)),
    lastError: failing[0]?.lastError ?? null,
    connectors,
  };
  return { ...base, words: summary(base) };
}
