import { useState, type FormEvent } from 'react';
import { setConnectorToken } from '../../actions/connector-actions';

/** Takes a new token into the secret store. It is never shown again: only whether one is set. Esc cancels. */
export function TokenForm({ connectorId, name, onDone }: { readonly connectorId: string; readonly name: string; readonly onDone: () => void }) {
  const [token, setToken] = useState('');
  const [missing, setMissing] = useState(false);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (token.trim() === '') {
      setMissing(true);
      return;
    }
    setSaving(true);
    const saved = await setConnectorToken(connectorId, token.trim());
    setToken('');
    setSaving(false);
    if (saved) onDone();
  };

  return (
    <form
      className="inline-form"
      aria-label={`New token for ${name}`}
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <label className="field field--grow">
        <span>New token (kept encrypted; never shown again)</span>
        <input
          type="password"
          autoComplete="new-password"
          autoFocus
          value={token}
          maxLength={4096}
          aria-invalid={missing}
          onChange={(event) => setToken(event.target.value)}
        />
        {missing && <span className="field__problem">Paste or type the token first.</span>}
      </label>
      <button type="submit" className="button button--go" disabled={saving}>
        Save token
      </button>
      <button type="button" className="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
