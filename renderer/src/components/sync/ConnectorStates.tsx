import type { SyncConnectorStatus } from '../../../../shared/views';
import { relativeTime } from '../../format/relative-time';
import { connectorKindWords, connectorStateWords } from '../../format/sync-words';
import { localTime } from '../../format/time';

function NextAttempt({ at, nowMs }: { readonly at: string | null; readonly nowMs: number }) {
  if (at === null) return <>—</>;
  return (
    <>
      {relativeTime(at, nowMs)} ({localTime(at)})
    </>
  );
}

/** Each connector's queue and state: active, waiting to retry (until when), paused for a token, switched off. */
export function ConnectorStates({ connectors, nowMs }: { readonly connectors: readonly SyncConnectorStatus[]; readonly nowMs: number }) {
  if (connectors.length === 0) {
    return <p className="sync__empty">No central system is set up: events are kept on this station until one is.</p>;
  }
  return (
    <table className="table" aria-label="Connector states">
      <thead>
        <tr>
          <th scope="col">Connector</th>
          <th scope="col">State</th>
          <th scope="col">Waiting</th>
          <th scope="col">Next attempt</th>
          <th scope="col">Last sent</th>
          <th scope="col">Last error</th>
        </tr>
      </thead>
      <tbody>
        {connectors.map((c) => (
          <tr key={c.id} className={`connector-state connector-state--${c.state}`}>
            <td>
              <strong>{c.name}</strong>
              <span className="sync__muted">{connectorKindWords(c.kind)}</span>
            </td>
            <td>
              <strong className="connector-state__words">{connectorStateWords(c.state)}</strong>
              <span className="sync__muted">{c.words}</span>
            </td>
            <td>
              {c.waiting}
              {c.deadLetters + c.conflicts > 0 && <span className="sync__muted">{c.deadLetters} refused · {c.conflicts} in conflict</span>}
            </td>
            <td>
              <NextAttempt at={c.nextAttemptAt} nowMs={nowMs} />
            </td>
            <td>{c.lastSuccessAt === null ? 'Never' : relativeTime(c.lastSuccessAt, nowMs)}</td>
            <td>{c.lastError ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
