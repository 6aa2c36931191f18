import { useState } from 'react';
import { REVIEW_KIND_WORDS, type ReviewItem } from '../../../../shared/domain/disposition';
import { DISPOSITION_OUTCOME_WORDS } from '../../../../shared/domain/vendors';
import { resolveItem } from '../../actions/review-actions';

/** One review item in full, and how a supervisor resolves it: always with a note, kept on the record. */
export function ReviewItemPanel({ item }: { readonly item: ReviewItem }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const resolve = (action: 'note' | 'record') => {
    setBusy(true);
    void resolveItem(item.itemId, action, note.trim()).then((done) => !done && setBusy(false));
  };
  const device = item.asset === null ? 'no device matched' : [item.asset.assetTag, item.asset.serial, item.asset.model].filter((x) => x !== null && x !== '').join(' · ');
  return (
    <section className="review-item" aria-label="Review item">
      <h2>{REVIEW_KIND_WORDS[item.kind]}</h2>
      <p>{item.reason}</p>
      <dl className="review-item__facts">
        <dt>Vendor</dt>
        <dd>{item.vendorName}</dd>
        <dt>Report</dt>
        <dd>
          {item.fileName}
          {item.line === null ? '' : `, line ${item.line}`}
        </dd>
        <dt>Device</dt>
        <dd>{device}</dd>
        <dt>Reported</dt>
        <dd>{item.vendorOutcome === null ? '-' : `${item.vendorOutcome}${item.outcome === null ? '' : ` (${DISPOSITION_OUTCOME_WORDS[item.outcome]})`}`}</dd>
      </dl>
      {item.resolution !== null ? (
        <p className="review-item__done">
          {item.resolution.kind === 'recorded' ? 'Recorded as reported' : item.resolution.kind === 'settled' ? 'Settled' : 'Closed'} by {item.resolution.by} on {item.resolution.at.slice(0, 10)}: {item.resolution.note}
        </p>
      ) : (
        <>
          <label className="field">
            <span>What was found (kept on the record)</span>
            <textarea value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="vendor-card__actions">
            <button type="button" className="button" disabled={busy || note.trim() === ''} onClick={() => resolve('note')}>
              Close with note
            </button>
            {item.canRecord && (
              <button type="button" className="button button--go" disabled={busy || note.trim() === ''} onClick={() => resolve('record')}>
                Record as reported
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
