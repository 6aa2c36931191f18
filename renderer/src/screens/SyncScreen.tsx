import { useEffect } from 'react';
import { navigate } from '../actions/nav-actions';
import { loadSyncProblems } from '../actions/sync-problem-actions';
import { runSyncNow } from '../actions/sync-status-actions';
import { ConflictCard } from '../components/sync/ConflictCard';
import { ConnectorStates } from '../components/sync/ConnectorStates';
import { DeadLetters } from '../components/sync/DeadLetters';
import { ResolutionHistory } from '../components/sync/ResolutionHistory';
import { WaitingList } from '../components/sync/WaitingList';
import { useSessionStore } from '../stores/session-store';
import { useSyncProblemsStore } from '../stores/sync-problems-store';
import { useSyncStatusStore } from '../stores/sync-status-store';

/**
 * Anyone signed in: each connector's queue and state, refused events and conflicts, and "Run now".
 * Supervisors also decide on refused and conflicting events, see the decision history and reach the connector settings.
 */
export function SyncScreen() {
  const status = useSyncStatusStore((s) => s.status);
  const checkedAtMs = useSyncStatusStore((s) => s.checkedAtMs);
  const problems = useSyncProblemsStore((s) => s.problems);
  const resolutions = useSyncProblemsStore((s) => s.resolutions);
  const waiting = useSyncProblemsStore((s) => s.waiting);
  const problem = useSyncProblemsStore((s) => s.problem);
  const isSupervisor = useSessionStore((s) => s.session?.role === 'supervisor');

  /** The lists follow the indicator: read again each time the status is. */
  useEffect(() => {
    void loadSyncProblems();
  }, [checkedAtMs]);

  const deadLetters = problems.filter((p) => p.kind === 'dead-letter');
  const conflicts = problems.filter((p) => p.kind === 'conflict');

  return (
    <div className="page sync">
      <div className="sync__head">
        <h1>Sync</h1>
        <p className="sync__words">{status?.words ?? 'Reading the sync state…'}</p>
        <div className="sync__actions">
          <button type="button" className="button button--go" onClick={() => void runSyncNow()}>
            Run now
          </button>
          {isSupervisor && (
            <button type="button" className="button" onClick={() => navigate('connectors')}>
              Connector settings
            </button>
          )}
        </div>
      </div>
      {problem !== null && <p className="problem">{problem}</p>}
      <section className="sync__section" aria-label="Connectors">
        <h2>Connectors</h2>
        {status === null ? <p className="sync__empty">Reading…</p> : <ConnectorStates connectors={status.connectors} nowMs={checkedAtMs} />}
      </section>
      <WaitingList waiting={waiting} nowMs={checkedAtMs} />
      <DeadLetters problems={deadLetters} nowMs={checkedAtMs} canDecide={isSupervisor} />
      <section className="sync__section" aria-label="Conflicts">
        <h2>Conflicts with the central record ({conflicts.length})</h2>
        {conflicts.length === 0 ? (
          <p className="sync__empty">No conflicts.</p>
        ) : (
          conflicts.map((p) => <ConflictCard key={`${p.connectorId}|${p.eventId}`} problem={p} canDecide={isSupervisor} />)
        )}
      </section>
      {isSupervisor && <ResolutionHistory resolutions={resolutions} connectorNames={new Map(status?.connectors.map((c) => [c.id, c.name]))} />}
    </div>
  );
}
