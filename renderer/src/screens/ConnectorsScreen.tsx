import { useEffect, useRef, useState } from 'react';
import { loadConnectors } from '../actions/connector-actions';
import { navigate } from '../actions/nav-actions';
import { ConnectorCard } from '../components/sync/ConnectorCard';
import { ConnectorForm } from '../components/sync/ConnectorForm';
import { draftOf, newDraft, type ConnectorDraft } from '../sync/connector-draft';
import { useConnectorsStore } from '../stores/connectors-store';

/** Supervisors only: the central systems this station sends to, their settings, tokens and a connection test. */
export function ConnectorsScreen() {
  const connectors = useConnectorsStore((s) => s.connectors);
  const problem = useConnectorsStore((s) => s.problem);
  const [editing, setEditing] = useState<ConnectorDraft | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void loadConnectors();
  }, []);

  /** Saved or cancelled (Esc): the keyboard carries on from "Add a connector". */
  const closeForm = () => {
    setEditing(null);
    window.requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <div className="page connectors">
      <div className="sync__head">
        <h1>Connector settings</h1>
        <p className="sync__muted">The central systems this station sends its custody events to. Tokens are kept encrypted and never shown.</p>
        <div className="sync__actions">
          <button ref={addButton} type="button" className="button button--go" disabled={editing !== null} onClick={() => setEditing(newDraft())}>
            Add a connector
          </button>
          <button type="button" className="button" onClick={() => navigate('sync')}>
            Back to Sync
          </button>
        </div>
      </div>
      {problem !== null && <p className="problem">{problem}</p>}
      {editing !== null && <ConnectorForm key={`${editing.id}|${String(editing.isNew)}`} initial={editing} onDone={closeForm} />}
      {connectors.length === 0 && editing === null && <p className="sync__empty">No connector yet: events are kept on this station until one is added.</p>}
      {connectors.map((connector) => (
        <ConnectorCard key={connector.id} connector={connector} onEdit={() => setEditing(draftOf(connector))} />
      ))}
    </div>
  );
}
