import { explainError } from '../../shared/error-words';
import type { ChainProblem } from '../../shared/views';
import type { ChainScope } from '../services/custody/verify-chain';
import type { ProjectionMismatch, ProjectionReport } from './check-projections';

/** What `dockside verify` found, for people (reportLines) and for scripts (--json). */
export interface VerifyReport {
  readonly ok: boolean;
  readonly file: string;
  readonly kind: 'database' | 'evidence';
  readonly scope: ChainScope | { readonly kind: 'case'; readonly caseNumber: string };
  readonly stations: readonly string[];
  readonly pinnedKey: boolean;
  readonly eventsTotal: number;
  readonly eventsChecked: number;
  /** The first broken or forged link, or an event not signed by the pinned key. */
  readonly firstProblem: ChainProblem | null;
  /** Stored asset states against the replay of their events (databases only). */
  readonly projections: ProjectionReport | null;
}

const label = (name: string, text: string): string => `${name.padEnd(14)}${text}`;
const more = (text: string): string => `${' '.repeat(14)}${text}`;
const shown = (value: string | number | null): string => (value === null ? 'nothing' : JSON.stringify(value));

function mismatchLine(m: ProjectionMismatch): string {
  if (m.field === 'events') return `${m.label}: its events cannot be replayed (an event payload was altered)`;
  return `${m.label}: ${m.field} is stored as ${shown(m.stored)} but its events give ${shown(m.replayed)}`;
}

function chainLines(report: VerifyReport): string[] {
  const problem = report.firstProblem;
  if (problem === null) {
    return [label('Chain', `OK: all ${report.eventsChecked} events link in order and carry valid station signatures`)];
  }
  return [
    label('Chain', `BROKEN at event ${problem.seq} (id ${problem.eventId})`),
    more(problem.reason),
    more(`${report.eventsChecked} events before it verified.`),
  ];
}

function projectionLines(projections: ProjectionReport): string[] {
  if (projections.mismatchedAssets === 0) {
    return [label('Asset states', `OK: all ${projections.checked} assets' stored states equal the replay of their events`)];
  }
  return [
    label('Asset states', `WRONG for ${projections.mismatchedAssets} of ${projections.checked} assets (stored state differs from their events):`),
    ...projections.mismatches.map((m) => more(mismatchLine(m))),
  ];
}

function verdictLines(report: VerifyReport): string[] {
  if (!report.ok) return [`NOT VERIFIED: ${explainError({ code: 'CHAIN_BROKEN', message: report.firstProblem?.reason ?? 'asset states differ' })}`];
  const states = report.kind === 'database' ? ", and every asset's state matches its events" : '';
  const verdict = `VERIFIED: every event is intact, linked in order and signed by its station${states}.`;
  if (report.pinnedKey) return [verdict];
  return [verdict, 'Note: no --pubkey given, so this shows the file agrees with the station keys it carries, not that they are the right ones.'];
}

export function reportLines(report: VerifyReport): string[] {
  const scope =
    report.scope.kind === 'log'
      ? 'the whole custody log'
      : report.scope.kind === 'case'
        ? `offboarding case ${report.scope.caseNumber} (its assets' chains and signed case log)`
        : `one asset (${report.scope.assetId})`;
  const stations = report.stations.length === 0 ? 'none' : report.stations.join(', ');
  return [
    label(report.kind === 'database' ? 'Database' : 'Evidence file', report.file),
    label('Scope', scope),
    label('Stations', `${report.stations.length}: ${stations}${report.pinnedKey ? ' (checked against the pinned key)' : ''}`),
    label('Events', String(report.eventsTotal)),
    ...chainLines(report),
    ...(report.projections === null ? [] : projectionLines(report.projections)),
    '',
    ...verdictLines(report),
  ];
}
