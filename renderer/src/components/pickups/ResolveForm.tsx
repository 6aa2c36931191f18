import { useState, type FormEvent } from 'react';
import { resolutionsFor, type Resolution } from '../../../../shared/domain/pickups/line-state';
import type { PickupLineView } from '../../../../shared/domain/pickups/pickup-views';
import { resolveLine } from '../../actions/pickup-actions';
import { lineLabel, LINE_STATE_WORDS, RESOLUTION_WORDS } from '../../format/pickup-words';

/** Closes one discrepancy: how it was resolved and why, for the record. */
export function ResolveForm({ sessionId, line, close }: { readonly sessionId: string; readonly line: PickupLineView; readonly close: () => void }) {
  const options = resolutionsFor(line.state);
  const [resolution, setResolution] = useState<Resolution>(options[0] ?? 'left-behind');
  const [reason, setReason] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void resolveLine(sessionId, line.lineNo, resolution, reason.trim()).then((done) => done && close());
  };
  return (
    <form
      className="card pickup-resolve"
      aria-label={`Resolve line ${line.lineNo}`}
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <h3>
        Resolve line {line.lineNo}: {lineLabel(line)} ({LINE_STATE_WORDS[line.state].toLowerCase()})
      </h3>
      {line.substitution !== null && <p>{line.substitution.join(' ')}</p>}
      <div className="form-grid">
        <label className="field">
          <span>Resolution</span>
          <select value={resolution} onChange={(e) => setResolution(options.find((o) => o === e.target.value) ?? resolution)}>
            {options.map((o) => (
              <option key={o} value={o}>
                {RESOLUTION_WORDS[o]}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--wide">
          <span>Reason</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoFocus autoComplete="off" />
        </label>
      </div>
      <div className="card__actions">
        <button type="submit" className="button button--go">
          Resolve <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={close}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
