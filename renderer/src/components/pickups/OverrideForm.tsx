import { useState, type FormEvent } from 'react';
import { overrideScan } from '../../actions/pickup-actions';
import type { PendingOverride } from '../../stores/pickups-store';
import { usePickupsStore } from '../../stores/pickups-store';

/** A refused scan, its reasons, and the supervisor's override with their ID, PIN and a reason (recorded as such). */
export function OverrideForm({ sessionId, pending }: { readonly sessionId: string; readonly pending: PendingOverride }) {
  const [technicianId, setTechnicianId] = useState('');
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    void overrideScan(sessionId, technicianId.trim(), pin, reason.trim()).finally(() => {
      setBusy(false);
      setPin('');
    });
  };
  return (
    <form
      className="card card--high pickup-override"
      aria-label="Supervisor override"
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') usePickupsStore.getState().setPending(null);
      }}
    >
      <h3>Refused: {pending.label}</h3>
      <ul>
        {pending.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <div className="form-grid">
        <label className="field">
          <span>Supervisor ID</span>
          <input value={technicianId} onChange={(e) => setTechnicianId(e.target.value)} autoComplete="off" autoFocus />
        </label>
        <label className="field">
          <span>Supervisor PIN</span>
          <input type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} autoComplete="off" />
        </label>
        <label className="field field--wide">
          <span>Why it may go anyway</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
        </label>
      </div>
      <div className="card__actions">
        <button type="submit" className="button button--go">
          Override and record <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={() => usePickupsStore.getState().setPending(null)}>
          Leave it at the dock <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
