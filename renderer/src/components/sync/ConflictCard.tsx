import { useState, type FormEvent } from 'react';
import type { SyncProblem } from '../../../../shared/views';
import { resolveConflict } from '../../actions/sync-problem-actions';
import { syncEventWords } from '../../format/sync-words';
import { localDateTime } from '../../format/time';
import { NOTE_MISSING, NoteField } from './NoteField';

type Decision = 'apply-ours' | 'keep-theirs';

function BothSides({ ours, theirs }: { readonly ours: SyncProblem['ours']; readonly theirs: SyncProblem['theirs'] }) {
  const fields = [...new Set([...Object.keys(ours), ...Object.keys(theirs ?? {})])];
  const shown = (value: string | null | undefined) => (value === undefined ? '—' : value === null ? '(empty)' : value);
  return (
    <table className="table conflict__sides" aria-label="Ours and theirs">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Ours (this station)</th>
          <th scope="col">Theirs (central record)</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => {
          const differs = theirs !== null && field in theirs && field in ours && theirs[field] !== ours[field];
          return (
            <tr key={field} className={differs ? 'conflict__differs' : undefined}>
              <th scope="row">{field}</th>
              <td>{shown(ours[field])}</td>
              <td>{theirs === null ? 'not given' : shown(theirs[field])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** An event held because the central record changed in a way it does not simply follow; a supervisor decides, with a note. */
export function ConflictCard({ problem, canDecide }: { readonly problem: SyncProblem; readonly canDecide: boolean }) {
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const title = `${syncEventWords(problem.eventType)} of ${problem.assetLabel}`;

  const decide = async (decision: Decision) => {
    if (note.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    if (await resolveConflict(problem, decision, note.trim())) setNote('');
    setBusy(false);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void decide('keep-theirs');
  };

  return (
    <section className="conflict" aria-label={`Conflict: ${title}`}>
      <h3>
        {title} <span className="sync__muted">to {problem.connectorName} · recorded {localDateTime(problem.deviceTime)}</span>
      </h3>
      <p className="sync__reason">{problem.serverReason === '' ? 'The central record changed.' : problem.serverReason}</p>
      <BothSides ours={problem.ours} theirs={problem.theirs} />
      {canDecide && (
        <form
          className="inline-form"
          aria-label={`Decide: ${title}`}
          onSubmit={onSubmit}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setNote('');
              setMissing(false);
            }
          }}
        >
          <NoteField label="Why? (required)" value={note} problem={missing ? NOTE_MISSING : null} autoFocus={false} onChange={setNote} />
          <button type="button" className="button button--small button--go" disabled={busy} onClick={() => void decide('apply-ours')}>
            Apply ours
          </button>
          <button type="submit" className="button button--small" disabled={busy}>
            Keep theirs
          </button>
        </form>
      )}
    </section>
  );
}
