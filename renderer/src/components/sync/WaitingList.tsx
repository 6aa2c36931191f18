import type { SyncWaitingList } from '../../../../shared/views';
import { openAssetPage } from '../../actions/nav-actions';
import { relativeTime } from '../../format/relative-time';
import { syncEventWords } from '../../format/sync-words';

function nextTry(nextAttemptAt: string | null, nowMs: number): string {
  return nextAttemptAt === null ? 'With the next pass' : relativeTime(nextAttemptAt, nowMs);
}

/** Events recorded here that have not reached a central system yet, oldest first: the first ones in detail. */
export function WaitingList({ waiting, nowMs }: { readonly waiting: SyncWaitingList; readonly nowMs: number }) {
  const shown = waiting.items.length;
  return (
    <section className="sync__section" aria-label="Waiting to send">
      <h2>Waiting to send ({waiting.total})</h2>
      {waiting.total === 0 ? (
        <p className="sync__empty">Nothing waiting: every recorded event has been sent.</p>
      ) : (
        <>
          {shown < waiting.total && <p className="sync__muted">The oldest {shown} of {waiting.total}; the rest follow in order.</p>}
          <table className="table" aria-label="Waiting to send">
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">Event</th>
                <th scope="col">Connector</th>
                <th scope="col">Tries</th>
                <th scope="col">Next try</th>
                <th scope="col">Last answer</th>
              </tr>
            </thead>
            <tbody>
              {waiting.items.map((item) => (
                <tr key={`${item.connectorId}|${item.eventId}`}>
                  <td>
                    <button type="button" className="link-button" onClick={() => openAssetPage(item.assetId)}>
                      {item.assetLabel}
                    </button>
                  </td>
                  <td>{syncEventWords(item.eventType)}</td>
                  <td>{item.connectorName}</td>
                  <td>{item.attempts}</td>
                  <td>{nextTry(item.nextAttemptAt, nowMs)}</td>
                  <td>{item.lastError ?? 'Not tried yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
