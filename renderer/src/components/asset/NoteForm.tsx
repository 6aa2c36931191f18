import { useState, type FormEvent } from 'react';
import { addNote } from '../../actions/asset-actions';

/** Adds a free-text note to the device's custody log. */
export function NoteForm({ assetId }: { readonly assetId: string }) {
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || saving) return;
    setSaving(true);
    if (await addNote(assetId, text)) setText('');
    setSaving(false);
  };

  return (
    <form className="inline-form" aria-label="Add a note" onSubmit={(event) => void onSubmit(event)}>
      <label className="field field--grow">
        <span>Note</span>
        <input value={text} maxLength={2000} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="submit" className="button" disabled={saving || text.trim() === ''}>
        Add note
      </button>
    </form>
  );
}
