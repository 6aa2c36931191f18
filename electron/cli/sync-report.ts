import type { SyncConnectorStatus, SyncProblem, SyncStatus } from '../../shared/views';
import { tokenVariable } from '../sync/secrets/secret-store';
import type { DrainOutcome } from './sync-drain';

/** What `dockside sync status|run` reports, for people (syncLines) and for scripts (--json). */
export interface SyncReport {
  /** Nothing left failing: no dead letter or conflict, no connector paused or without a token, nothing still waiting after a run. */
  readonly ok: boolean;
  readonly file: string;
  readonly run: DrainOutcome | null;
  readonly status: SyncStatus;
  readonly problems: readonly SyncProblem[];
}

const LISTED = 10;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A connector that cannot send now for want of a person: a refused token, or no token at all. */
const stuck = (c: SyncConnectorStatus): boolean => c.state === 'paused' || c.state === 'needs-token';

/**
 * Whether anything is left failing: a dead letter or conflict, a connector paused or without a token. After a
 * run, events still waiting for an enabled connector count too; before one, waiting is normal.
 */
export function nothingFailing(status: SyncStatus, afterRun: boolean): boolean {
  if (status.deadLetters > 0 || status.conflicts > 0 || status.connectors.some(stuck)) return false;
  return !afterRun || status.connectors.every((c) => c.state === 'disabled' || c.waiting === 0);
}

function connectorLines(c: SyncConnectorStatus): string[] {
  const lines = [`  ${c.name} (${c.id}, ${c.kind}): ${c.words}`];
  const counts = `${plural(c.waiting, 'event')} waiting, ${plural(c.deadLetters, 'dead letter')}, ${plural(c.conflicts, 'conflict')}`;
  lines.push(`      ${counts}${c.lastSuccessAt === null ? '' : `; last delivered ${c.lastSuccessAt}`}`);
  if (c.lastError !== null && c.state !== 'paused' && c.state !== 'retrying') lines.push(`      Last error: ${c.lastError}`);
  if (stuck(c)) lines.push(`      This tool reads the token from ${tokenVariable(c.id)}: set it to a valid token and run \`dockside sync run\` again.`);
  return lines;
}

function problemLine(p: SyncProblem): string {
  const what = p.kind === 'dead-letter' ? 'Refused' : 'Held as a conflict';
  return `  ${what} (${p.connectorId}): ${p.eventType} of ${p.assetLabel} at ${p.deviceTime}: ${p.serverReason}`;
}

function runLine(run: DrainOutcome): string {
  const parts = [`${run.delivered} delivered`, `${run.retried} to try again`, `${run.rejected} refused (dead letters)`, `${run.conflicts} held as conflicts`];
  const resumed = run.resumed.length === 0 ? '' : ` Resumed with the token from the environment: ${run.resumed.join(', ')}.`;
  const limit = run.timedOut ? ' Stopped at the time limit.' : '';
  return `Ran for ${run.seconds} s: ${parts.join(', ')}.${resumed}${limit}`;
}

export function syncLines(report: SyncReport): string[] {
  const { status } = report;
  const handed = status.unrouted > 0 && status.connectors.length > 0 ? ` (${status.unrouted} not yet handed to a connector: the worker does that on its next pass)` : '';
  const problems = report.problems.slice(0, LISTED).map(problemLine);
  const more = report.problems.length > LISTED ? [`  ... and ${report.problems.length - LISTED} more: see the app's Sync screen.`] : [];
  return [
    `Database      ${report.file}`,
    ...(report.run === null ? [] : [runLine(report.run)]),
    ...status.connectors.flatMap(connectorLines),
    `Waiting       ${plural(status.waiting, 'event')}${handed}; ${plural(status.deadLetters, 'dead letter')}, ${plural(status.conflicts, 'conflict')}`,
    ...(problems.length === 0 ? [] : ['Needs a supervisor:', ...problems, ...more]),
    '',
    report.ok ? `OK: ${status.words}` : `NOT DONE: ${status.words}`,
  ];
}
