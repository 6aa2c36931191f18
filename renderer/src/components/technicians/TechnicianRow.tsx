import { useState, type FormEvent } from 'react';
import type { Technician } from '../../../../shared/domain/users';
import { resetPin, setActive } from '../../actions/technician-actions';
import { localDateTime } from '../../format/time';
import { useSessionStore } from '../../stores/session-store';

/** One technician: role, on/off, and the supervisor's actions (reset PIN, switch on or off). */
export function TechnicianRow({ technician }: { readonly technician: Technician }) {
  const me = useSessionStore((s) => s.session?.technicianId);
  const [resetting, setResetting] = useState(false);
  const [pin, setPin] = useState('');

  const onReset = async (event: FormEvent) => {
    event.preventDefault();
    if (await resetPin(technician.technicianId, pin)) {
      setResetting(false);
      setPin('');
    }
  };

  return (
    <tr className={technician.active ? undefined : 'row--off'}>
      <td>{technician.technicianId}</td>
      <td>{technician.name}</td>
      <td>{technician.role}</td>
      <td>{technician.active ? 'On' : 'Switched off'}</td>
      <td>{localDateTime(technician.createdAt)}</td>
      <td className="row-actions">
        {resetting ? (
          <form
            className="inline-form"
            aria-label={`Reset the PIN of ${technician.technicianId}`}
            onSubmit={(event) => void onReset(event)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setResetting(false);
            }}
          >
            <input
              type="password"
              inputMode="numeric"
              aria-label={`New PIN for ${technician.technicianId}`}
              value={pin}
              autoFocus
              maxLength={12}
              onChange={(e) => setPin(e.target.value)}
            />
            <button type="submit" className="button button--small button--go">
              Save PIN
            </button>
            <button type="button" className="button button--small" onClick={() => setResetting(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button type="button" className="button button--small" onClick={() => setResetting(true)}>
            Reset PIN
          </button>
        )}
        {technician.technicianId !== me && (
          <button type="button" className="button button--small" onClick={() => void setActive(technician.technicianId, !technician.active)}>
            {technician.active ? 'Switch off' : 'Switch on'}
          </button>
        )}
      </td>
    </tr>
  );
}
