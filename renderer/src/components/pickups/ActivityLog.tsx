import { memo } from 'react';
import type { SessionView } from '../../../../shared/domain/pickups/pickup-views';
import { shortTime } from '../../format/pickup-words';

/** Who did what in the session, from its signed facts, and whether they verify. */
function ActivityLogView({ session }: { readonly session: SessionView }) {
  const overrides = session.lines.filter((l) => l.override !== null);
  return (
    <section className="pickup-activity" aria-label="Session record">
      <h2>Record</h2>
      {session.factsVerified !== null && (
        <p className={session.factsVerified ? 'chain chain--ok' : 'chain chain--broken'}>
          {session.factsVerified ? 'Every fact of this session verifies against the station key.' : 'This session\u2019s record does not verify: a fact was changed outside Dockside.'}
        </p>
      )}
      {overrides.length > 0 && (
        <>
          <h3>Overrides</h3>
          <ul>
            {overrides.map((l) => (
              <li key={l.lineNo}>
                Line {l.lineNo} {l.assetTag ?? l.serial}: supervisor {l.override?.by} — {l.override?.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>What</th>
          </tr>
        </thead>
        <tbody>
          {session.activity
            .slice()
            .reverse()
            .map((a) => (
              <tr key={a.seq}>
                <td>{shortTime(a.at)}</td>
                <td>{a.technicianId}</td>
                <td>{a.text}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}

/** Re-renders only when its session changes, not on every scan of the loop. */
export const ActivityLog = memo(ActivityLogView);
