import { useState, type FormEvent } from 'react';
import { SYNC_CONNECTOR_KINDS } from '../../../../shared/domain/sync-config';
import { saveConnector } from '../../actions/connector-actions';
import { oneOf } from '../../format/one-of';
import { connectorKindWords } from '../../format/sync-words';
import { parseConnectorDraft, type ConnectorDraft } from '../../sync/connector-draft';
import { unplacedProblems, type FieldProblems } from '../../sync/connector-problems';
import { ConflictStatusList } from './ConflictStatusList';
import { fieldRows, KIND_HINTS, statusRows, THEIR_FIELD, THEIR_STATUS } from './connector-rows';
import { FormField } from './FormField';
import { MappingTable } from './MappingTable';
import { Rt5Fields } from './Rt5Fields';

type TextKey = 'id' | 'name' | 'url' | 'timeoutMs' | 'maxBatch' | 'requestsPerMinute';

/** Adds a connector or edits one: every field checked by the core's schema, problems named beside them. Esc cancels. */
export function ConnectorForm({ initial, onDone }: { readonly initial: ConnectorDraft; readonly onDone: () => void }) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [saving, setSaving] = useState(false);
  const edit = (patch: Partial<ConnectorDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (key: TextKey) => ({ value: draft[key], onChange: (event: { target: { value: string } }) => edit({ [key]: event.target.value }) });
  const title = draft.isNew ? 'Add a connector' : `Edit ${initial.name} (${initial.id})`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseConnectorDraft(draft);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems({});
    setSaving(true);
    const outcome = await saveConnector(parsed.input);
    setSaving(false);
    if (outcome.ok) onDone();
    else setProblems(outcome.problems);
  };

  return (
    <form
      className="connector-form"
      aria-label={title}
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <h2>{title}</h2>
      <div className="form-grid">
        <FormField label="System" problem={problems['kind']}>
          <select value={draft.kind} disabled={!draft.isNew} autoFocus={draft.isNew} onChange={(e) => edit({ kind: oneOf(SYNC_CONNECTOR_KINDS, e.target.value, 'webhook') })}>
            {SYNC_CONNECTOR_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {connectorKindWords(kind)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Connector ID" problem={problems['id']}>
          <input {...text('id')} disabled={!draft.isNew} maxLength={32} spellCheck={false} placeholder="e.g. central-rt" />
        </FormField>
        <FormField label="Name" problem={problems['name']}>
          <input {...text('name')} autoFocus={!draft.isNew} maxLength={60} />
        </FormField>
        <label className="toggle">
          <input type="checkbox" checked={draft.enabled} onChange={(e) => edit({ enabled: e.target.checked })} />
          Switched on (sends events)
        </label>
        <p className="field--wide sync__muted">{KIND_HINTS[draft.kind]}</p>
        <FormField label="Address (URL)" problem={problems['settings.url']} wide>
          <input {...text('url')} maxLength={500} spellCheck={false} placeholder="https://" />
        </FormField>
        <FormField label="Timeout (ms)" problem={problems['settings.timeoutMs']}>
          <input {...text('timeoutMs')} inputMode="numeric" />
        </FormField>
        <FormField label="Batch size (events per call)" problem={problems['settings.maxBatch']}>
          <input {...text('maxBatch')} inputMode="numeric" />
        </FormField>
        <FormField label="Requests per minute (blank: no limit)" problem={problems['settings.requestsPerMinute']}>
          <input {...text('requestsPerMinute')} inputMode="numeric" />
        </FormField>
      </div>
      {draft.kind === 'rt5' && <Rt5Fields rt5={draft.rt5} problems={problems} onChange={(rt5) => edit({ rt5 })} />}
      <div className="connector-form__maps">
        <MappingTable
          caption="Status mapping (our status → theirs)"
          theirs={THEIR_STATUS[draft.kind]}
          rows={statusRows(draft.kind)}
          values={draft.statusMap}
          problems={problems}
          problemPrefix="settings.statusMap"
          onChange={(key, value) => edit({ statusMap: { ...draft.statusMap, [key]: value } })}
        />
        <MappingTable
          caption="Field mapping (our field → theirs)"
          theirs={THEIR_FIELD[draft.kind]}
          rows={fieldRows(draft.kind)}
          values={draft.fieldMap}
          problems={problems}
          problemPrefix="settings.fieldMap"
          onChange={(key, value) => edit({ fieldMap: { ...draft.fieldMap, [key]: value } })}
        />
      </div>
      <ConflictStatusList statuses={draft.conflictStatuses} problems={problems} onChange={(conflictStatuses) => edit({ conflictStatuses })} />
      {draft.isNew && (
        <label className="toggle">
          <input type="checkbox" checked={draft.backfill} onChange={(e) => edit({ backfill: e.target.checked })} />
          Also send everything recorded before this connector was added
        </label>
      )}
      {Object.keys(problems).length > 0 && (
        <div className="problem" role="alert">
          <p>Nothing was saved: fix the fields marked in red.</p>
          {unplacedProblems(problems, draft.kind === 'rt5').map((words) => (
            <p key={words}>{words}</p>
          ))}
        </div>
      )}
      <div className="card__actions">
        <button type="submit" className="button button--go" disabled={saving}>
          Save connector
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
