import { useState } from 'react';
import type { SyncConnectorConfig } from '../../../../shared/views';
import { testConnector } from '../../actions/connector-actions';
import { connectorKindWords } from '../../format/sync-words';
import { useConnectorsStore } from '../../stores/connectors-store';
import { RemoveConnector } from './RemoveConnector';
import { TokenForm } from './TokenForm';

function CheckAnswer({ connectorId }: { readonly connectorId: string }) {
  const check = useConnectorsStore((s) => s.checks[connectorId]);
  if (check === undefined) return null;
  if (check.state === 'testing') return <p className="check check--testing">Asking the server…</p>;
  return <p className={`check ${check.ok ? 'check--ok' : 'check--bad'}`}>{check.ok ? `Works: ${check.words}` : `Does not work: ${check.words}`}</p>;
}

/** One configured connector: its settings at a glance, whether a token is set, and Edit, Set token, Test connection. */
export function ConnectorCard({ connector, onEdit }: { readonly connector: SyncConnectorConfig; readonly onEdit: () => void }) {
  const [settingToken, setSettingToken] = useState(false);
  const s = connector.settings;
  return (
    <section className={`connector-card${connector.pausedReason === null ? '' : ' connector-card--paused'}`} aria-label={`Connector ${connector.name}`}>
      <h3>
        {connector.name} <span className="sync__muted">({connector.id}) · {connectorKindWords(connector.kind)}</span>
      </h3>
      <dl className="facts">
        <dt>Address</dt>
        <dd>{s.url}</dd>
        <dt>Sending</dt>
        <dd>{connector.enabled ? 'Switched on' : 'Switched off'}</dd>
        <dt>Token</dt>
        <dd data-testid="token-state">{connector.hasToken ? 'Set' : 'Not set'}</dd>
        <dt>Limits</dt>
        <dd>
          {s.timeoutMs} ms timeout · {s.maxBatch} per call · {s.requestsPerMinute === null ? 'no rate limit' : `${s.requestsPerMinute} a minute`}
        </dd>
      </dl>
      {connector.pausedReason !== null && (
        <p className="connector-card__paused">Paused, needs a new token: {connector.pausedReason}</p>
      )}
      <div className="card__actions">
        <button type="button" className="button button--small" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button button--small" disabled={settingToken} onClick={() => setSettingToken(true)}>
          {connector.hasToken ? 'Set a new token' : 'Set token'}
        </button>
        <button type="button" className="button button--small" onClick={() => void testConnector(connector.id)}>
          Test connection
        </button>
        <RemoveConnector connectorId={connector.id} name={connector.name} />
      </div>
      {settingToken && <TokenForm connectorId={connector.id} name={connector.name} onDone={() => setSettingToken(false)} />}
      <div aria-live="polite">
        <CheckAnswer connectorId={connector.id} />
      </div>
    </section>
  );
}
