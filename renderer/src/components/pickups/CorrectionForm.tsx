import { useState, type FormEvent } from 'react';
import { correctSession } from '../../actions/pickup-actions';

/** After sign-off: a supervisor's correction, recorded as a new signed fact (never an edit of the session). */
export function CorrectionForm({ sessionId }: { readonly sessionId: string }) {
  const [lineNo, setLineNo] = useState('');
  const [withdraw, setWithdraw] = useState(false);
  const [text, setText] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const line = lineNo.trim() === '' ? null : Number(lineNo);
    void correctSession(sessionId, line !== null && Number.isInteger(line) && line > 0 ? line : null, withdraw, text.trim()).then((done) => done && setText(''));
  };
  return (
    <form className="inline-form" aria-label="Add a correction" onSubmit={onSubmit}>
      <label className="field field--inline">
        <span>Line (optional)</span>
        <input value={lineNo} onChange={(e) => setLineNo(e.target.value.replace(/\D/g, ''))} inputMode="numeric" size={6} />
      </label>
      <label className="toggle">
        <input type="checkbox" checked={withdraw} onChange={(e) => setWithdraw(e.target.checked)} />
        <span>It did not leave: take it off this pickup</span>
      </label>
      <label className="field field--inline field--grow">
        <span>Correction</span>
        <input value={text} onChange={(e) => setText(e.target.value)} maxLength={500} />
      </label>
      <button type="submit" className="button">
        Record correction
      </button>
    </form>
  );
}
