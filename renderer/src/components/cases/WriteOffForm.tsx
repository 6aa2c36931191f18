import { useState } from 'react';
import type { CaseAssetView } from '../../../../shared/domain/cases/case-views';
import { WRITE_OFF_REASONS, WRITE_OFF_WORDS, type WriteOffReason } from '../../../../shared/domain/cases/vocabulary';
import { writeOff } from '../../actions/case-actions';

/** A supervisor writes off a device that will not come back: the reason and a note for the record. */
export function WriteOffForm({ caseId, asset, onDone }: { readonly caseId: string; readonly asset: CaseAssetView; readonly onDone: () => void }) {
  const [reason, setReason] = useState<WriteOffReason>('lost');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    if (await writeOff(caseId, asset.assetId, asset.label, reason, note.trim())) onDone();
    else setBusy(false);
  };
  return (
    <form
      className="inline-form case-writeoff"
      aria-label={`Write off ${asset.label}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <label className="field">
        <span>Reason</span>
        <select value={reason} onChange={(e) => setReason(WRITE_OFF_REASONS.find((r) => r === e.target.value) ?? 'lost')}>
          {WRITE_OFF_REASONS.map((r) => (
            <option key={r} value={r}>
              {WRITE_OFF_WORDS[r]}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--grow">
        <span>Note for the record (police report, agreement reference…)</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} autoFocus />
      </label>
      <button type="submit" className="button button--go" disabled={busy || note.trim() === ''}>
        Write off {asset.label}
      </button>
      <button type="button" className="button button--quiet" onClick={onDone}>
        Cancel (Esc)
      </button>
    </form>
  );
}
