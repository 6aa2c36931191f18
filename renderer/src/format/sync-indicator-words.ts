import type { SyncConnectorStatus, SyncStatus } from '../../../shared/views';
import { plural } from './plural';
import { relativeTime } from './relative-time';

/** How the indicator looks: all sent, sending, offline, something for a supervisor, stuck (a token), nothing set up. */
export type IndicatorTone = 'ok' | 'busy' | 'offline' | 'attention' | 'stuck' | 'none';

export interface IndicatorText {
  readonly tone: IndicatorTone;
  /** First line: online or offline and how many events wait, or what blocks sending (a token). */
  readonly headline: string;
  /** Second line: last success, last error, problems for a supervisor. */
  readonly detail: string;
}

/** A connector the server refused the token of, or one with no token: nothing goes until a supervisor sets one. */
function stuckOf(connectors: readonly SyncConnectorStatus[]): { headline: string; names: string } | null {
  const paused = connectors.filter((c) => c.state === 'paused');
  const tokenless = connectors.filter((c) => c.state === 'needs-token');
  const stuck = paused.length > 0 ? paused : tokenless;
  if (stuck.length === 0) return null;
  return { headline: paused.length > 0 ? 'Needs a new token' : 'Needs a token', names: stuck.map((c) => c.name).join(', ') };
}

function network(status: SyncStatus): { tone: IndicatorTone; words: string } {
  if (status.online === false) return { tone: 'offline', words: 'Offline' };
  if (status.online === null) return { tone: 'busy', words: 'Not connected yet' };
  return { tone: status.waiting > 0 ? 'busy' : 'ok', words: 'Online' };
}

const forSupervisor = (problems: number) => `${problems} need${problems === 1 ? 's' : ''} a supervisor`;

/** Last success, then what needs a supervisor when the headline has no room for it (events are waiting), then the last error. */
function detailOf(status: SyncStatus, nowMs: number, lead: readonly string[]): string {
  const problems = status.deadLetters + status.conflicts;
  return [
    ...lead,
    status.lastSuccessAt === null ? 'Nothing sent yet' : `Last sent ${relativeTime(status.lastSuccessAt, nowMs)}`,
    problems > 0 && status.waiting > 0 ? forSupervisor(problems) : null,
    status.lastError === null ? null : `Last error: ${status.lastError}`,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** The always-visible sync indicator in words, from the status the worker last recorded. */
export function indicatorText(status: SyncStatus | null, nowMs: number): IndicatorText {
  if (status === null) return { tone: 'none', headline: 'Sync: checking…', detail: '' };
  if (status.connectors.length === 0) {
    const kept = status.unrouted > 0 ? `${plural(status.unrouted, 'event')} kept here` : 'events are kept here';
    return { tone: 'none', headline: 'Not syncing', detail: `No central system set up · ${kept}` };
  }
  const problems = status.deadLetters + status.conflicts;
  const waiting = status.waiting > 0 ? `${status.waiting} waiting` : problems > 0 ? forSupervisor(problems) : 'up to date';
  const stuck = stuckOf(status.connectors);
  if (stuck !== null) return { tone: 'stuck', headline: stuck.headline, detail: detailOf(status, nowMs, [stuck.names, waiting]) };
  const detail = detailOf(status, nowMs, []);
  const net = network(status);
  const needsLook = problems > 0 || status.connectors.some((c) => c.state === 'retrying');
  const tone = needsLook && net.tone !== 'offline' ? 'attention' : net.tone;
  return { tone, headline: `${net.words} · ${waiting}`, detail };
}
