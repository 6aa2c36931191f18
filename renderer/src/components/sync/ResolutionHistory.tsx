import type { SyncResolution } from '../../../../shared/views';
import { resolutionWords } from '../../format/sync-words';
import { localDateTime } from '../../format/time';

/** Every decision a supervisor took on a refused or conflicting event, newest first, kept for audit. */
export function ResolutionHistory({
  resolutions,
  connectorNames,
}: {
  readonly resolutions: readonly SyncResolution[];
  /** Connector names by ID, where known. */
  readonly connectorNames: ReadonlyMap<string, string>;
}) {
  return (
    <section className="sync__section" aria-label="Decision history">
      <h2>Decision history</h2>
      {resolutions.length === 0 ? (
        <p className="sync__empty">No decisions yet.</p>
      ) : (
        <table className="table" aria-label="Decision history">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Decision</th>
              <th scope="col">Note</th>
              <th scope="col">By</th>
              <th scope="col">Connector</th>
              <th scope="col">Event</th>
              <th scope="col">The server had said</th>
            </tr>
          </thead>
          <tbody>
            {resolutions.map((r) => (
              <tr key={`${r.at}|${r.connectorId}|${r.eventId}|${r.action}`}>
                <td>{localDateTime(r.at)}</td>
                <td>{resolutionWords(r.action)}</td>
                <td>{r.note}</td>
                <td>{r.technicianId}</td>
                <td>{connectorNames.get(r.connectorId) ?? r.connectorId}</td>
                <td>
                  <code title={r.eventId}>{r.eventId.slice(0, 8)}</code>
                </td>
                <td>{r.serverReason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
