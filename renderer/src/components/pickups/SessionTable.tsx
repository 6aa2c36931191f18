import type { SessionSummary } from '../../../../shared/domain/pickups/pickup-views';
import { shortTime } from '../../format/pickup-words';

/** Sessions with their counts; a row opens its session. */
export function SessionTable({ rows, onOpen }: { readonly rows: readonly SessionSummary[]; readonly onOpen: (sessionId: string) => void }) {
  if (rows.length === 0) return <p>No pickup sessions.</p>;
  return (
    <table className="table pickups__sessions" aria-label="Pickup sessions">
      <thead>
        <tr>
          <th>Pickup</th>
          <th>Vendor</th>
          <th>Opened</th>
          <th>Status</th>
          <th>Expected / scanned</th>
          <th>Open discrepancies</th>
          <th>Overrides</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => {
          const c = s.counters;
          return (
            <tr key={s.sessionId}>
              <td>
                <button type="button" className="button button--small" onClick={() => onOpen(s.sessionId)}>
                  {s.reference}
                </button>
              </td>
              <td>{s.vendorName}</td>
              <td>{shortTime(s.createdAt)}</td>
              <td>{s.status === 'open' ? 'Open' : `Signed off ${shortTime(s.signedOffAt)}`}</td>
              <td>
                {c.expected} / {c.scanned}
              </td>
              <td>{c.missing + c.unexpected + c.substituted}</td>
              <td>{s.overrides}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
