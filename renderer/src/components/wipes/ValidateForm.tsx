import { useState, type FormEvent } from 'react';
import { validateWipe } from '../../actions/wipe-asset-actions';
import { useWipeAssetStore } from '../../stores/wipe-asset-store';

/** A second person signs the validation block with their own ID and PIN. */
export function ValidateForm({ wipeId }: { readonly wipeId: string }) {
  const [technicianId, setTechnicianId] = useState('');
  const [pin, setPin] = useState('');
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    await validateWipe({ wipeId, validator: { technicianId, pin } });
    setSaving(false);
  };

  return (
    <form
      className="inline-form wipe-form"
      aria-label="Validate the wipe"
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          useWipeAssetStore.getState().closeForms();
        }
      }}
    >
      <label className="field">
        <span>Validator's technician ID</span>
        <input value={technicianId} onChange={(e) => setTechnicianId(e.target.value)} maxLength={32} autoFocus autoComplete="off" required />
      </label>
      <label className="field">
        <span>Validator's PIN</span>
        <input type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} maxLength={12} autoComplete="off" required />
      </label>
      <button type="submit" className="button button--go" disabled={saving}>
        Validate <kbd>Enter</kbd>
      </button>
      <button type="button" className="button" onClick={() => useWipeAssetStore.getState().closeForms()}>
        Cancel
      </button>
    </form>
  );
}
