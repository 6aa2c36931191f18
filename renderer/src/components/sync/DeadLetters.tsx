import { useState } from 'react';
import type { SyncProblem } from '../../../../shared/views';
import { retryAllDead } from '../../actions/sync-problem-actions';
import { DeadLetterRow } from './DeadLetterRow';

/** Events a central system refused for good (a 4xx that will not change), with the server's reason. */
export function DeadLetters({ problems, nowMs, canDecide }: { readonly problems: readonly SyncProblem[]; readonly nowMs: number; readonly canDecide: boolean }) {
  const [busy, setBusy] = useState(false);
  const retryAll = async () => {
    setBusy(true);
    await retryAllDead();
    setBusy(false);
  };
  return (
    <section className="sync__section" aria-label="Refused events">
      <div className="sync__section-head">
        <h2>Refused by the server ({problems.length})</h2>
        {canDecide && problems.length > 0 && (
          <button type="button" className="button button--small" disabled={busy} onClick={() => void retryAll()}>
            Retry all
          </button>
        )}
      </div>
      {problems.length === 0 ? (
        <p className="sync__empty">No refused events.</p>
      ) : (
        <>
          {!canDecide && <p className="sync__muted">A supervisor decides what happens to these: send again once fixed, or dismiss with a note.</p>}
          <table className="table" aria-label="Refused events">
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">Event</th>
                <th scope="col">Connector</th>
                <th scope="col">The server said</th>
                <th scope="col">Tries</th>
                <th scope="col">Since</th>
                {canDecide && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {problems.map((p) => (
                <DeadLetterRow key={`${p.connectorId}|${p.eventId}`} problem={p} nowMs={nowMs} canDecide={canDecide} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
