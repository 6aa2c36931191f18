import { useRef, useState, type FormEvent } from 'react';
import type { SyncProblem } from '../../../../shared/views';
import { openAssetPage } from '../../actions/nav-actions';
import { dismissDelivery, retryDelivery } from '../../actions/sync-problem-actions';
import { relativeTime } from '../../format/relative-time';
import { syncEventWords } from '../../format/sync-words';
import { localDateTime } from '../../format/time';
import { NOTE_MISSING, NoteField } from './NoteField';

/** One event a server refused: what it was, what the server said, and (supervisors) Retry or Dismiss with a note. */
export function DeadLetterRow({ problem, nowMs, canDecide }: { readonly problem: SyncProblem; readonly nowMs: number; readonly canDecide: boolean }) {
  const [dismissing, setDismissing] = useState(false);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const dismissButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setDismissing(false);
    setNote('');
    setMissing(false);
  };
  /** Esc or Cancel: the keyboard carries on from the row's "Dismiss with note". */
  const cancel = () => {
    close();
    window.requestAnimationFrame(() => dismissButton.current?.focus());
  };
  const onDismiss = async (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    if (await dismissDelivery(problem, note.trim())) close();
    setBusy(false);
  };
  const onRetry = async () => {
    setBusy(true);
    await retryDelivery(problem);
    setBusy(false);
  };

  return (
    <tr>
      <td>
        <button type="button" className="link-button" onClick={() => openAssetPage(problem.assetId)}>
          {problem.assetLabel}
        </button>
      </td>
      <td>
        <strong>{syncEventWords(problem.eventType)}</strong>
        <span className="sync__muted">{localDateTime(problem.deviceTime)}</span>
      </td>
      <td>{problem.connectorName}</td>
      <td className="sync__reason">{problem.serverReason === '' ? 'No reason given' : problem.serverReason}</td>
      <td>{problem.attempts}</td>
      <td>{relativeTime(problem.since, nowMs)}</td>
      {canDecide && (
        <td className="row-actions">
          {dismissing ? (
            <form
              className="inline-form"
              aria-label={`Dismiss the ${syncEventWords(problem.eventType)} of ${problem.assetLabel}`}
              onSubmit={(event) => void onDismiss(event)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') cancel();
              }}
            >
              <NoteField label="Why dismiss it? (required)" value={note} problem={missing ? NOTE_MISSING : null} autoFocus onChange={setNote} />
              <button type="submit" className="button button--small" disabled={busy}>
                Dismiss
              </button>
              <button type="button" className="button button--small" onClick={cancel}>
                Cancel
              </button>
            </form>
          ) : (
            <>
              <button type="button" className="button button--small button--go" disabled={busy} onClick={() => void onRetry()}>
                Retry
              </button>
              <button ref={dismissButton} type="button" className="button button--small" onClick={() => setDismissing(true)}>
                Dismiss with note
              </button>
            </>
          )}
        </td>
      )}
    </tr>
  );
}
