import { useState, type FormEvent } from 'react';
import { gradeLater } from '../../actions/asset-actions';
import { EMPTY_DRAFT } from '../../grading/grade-draft';
import { useStationStore } from '../../stores/station-store';
import { GradeControls } from '../grade/GradeControls';

/** Grades a device after receipt (one taken in with Quick receive, or a regrade). Esc closes it. */
export function GradeLaterForm({ assetId, onDone }: { readonly assetId: string; readonly onDone: () => void }) {
  const scheme = useStationStore((s) => s.settings.gradingScheme);
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const saved = await gradeLater(assetId, draft);
    setSaving(false);
    if (saved) onDone();
  };

  return (
    <form
      className="card"
      aria-label="Grade this device"
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <GradeControls scheme={scheme} draft={draft} onChange={setDraft} />
      <label className="field field--wide">
        <span>Grading note</span>
        <input value={draft.note} maxLength={2000} onChange={(event) => setDraft({ ...draft, note: event.target.value })} />
      </label>
      <div className="card__actions">
        <button type="submit" className="button button--go" disabled={saving}>
          Save grade
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
