import { useEffect, useState } from 'react';
import { REVIEW_KIND_WORDS, type ReviewItem } from '../../../../shared/domain/disposition';
import { loadReview } from '../../actions/review-actions';
import { useVendorsStore } from '../../stores/vendors-store';
import { ReviewItemPanel } from './ReviewItemPanel';
import { VendorSelect } from './VendorSelect';
import { VirtualTable } from './VirtualTable';

function itemCells(item: ReviewItem | undefined) {
  if (item === undefined) return null;
  return (
    <>
      <span role="cell">
        {REVIEW_KIND_WORDS[item.kind]}
        <small>{item.vendorName}</small>
      </span>
      <span role="cell">
        {item.serial ?? item.assetTag ?? item.asset?.assetTag ?? ''}
        <small>
          {item.fileName}
          {item.line === null ? '' : `, line ${item.line}`}
        </small>
      </span>
      <span role="cell" className="vtable__reason" title={item.reason}>
        {item.reason}
      </span>
    </>
  );
}

/** What disposition reports could not settle: pick an item, close it with a note or record it as reported. */
export function ReviewQueueView() {
  const vendors = useVendorsStore((s) => s.vendors);
  const review = useVendorsStore((s) => s.review);
  const [vendorId, setVendorId] = useState<string | null>(null);
  const [state, setState] = useState<'open' | 'resolved'>('open');
  const [selected, setSelected] = useState<number | null>(null);

  useEffect(() => {
    setSelected(null);
    void loadReview(vendorId, state);
  }, [vendorId, state]);

  const items = review?.items ?? [];
  const item = selected === null ? undefined : items[selected];

  return (
    <div className="page vendors-fill">
      <div className="vendors__bar">
        <h1>Disposition review</h1>
        <p className="vendors__summary" data-testid="review-count">
          {review === null ? '' : `${review.open} open item(s)${review.items.length < (review.state === 'open' ? review.open : 0) ? `; the oldest ${review.items.length} are listed, resolve them to see the rest` : ''}`}
        </p>
      </div>
      <div className="inline-form">
        <VendorSelect vendors={vendors} value={vendorId ?? ''} anyLabel="All vendors" onChange={(id) => setVendorId(id === '' ? null : id)} />
        <label className="field">
          <span>Show</span>
          <select value={state} onChange={(e) => setState(e.target.value === 'resolved' ? 'resolved' : 'open')}>
            <option value="open">Open items</option>
            <option value="resolved">Resolved items</option>
          </select>
        </label>
      </div>
      <div className="review">
        <VirtualTable
          label="Review items"
          variant="vtable--review"
          headings={['Why', 'Line', 'Details']}
          count={items.length}
          rowHeight={56}
          empty={state === 'open' ? 'Nothing waits for review.' : 'Nothing resolved yet.'}
          cells={(i) => itemCells(items[i])}
          selected={selected}
          onPick={setSelected}
        />
        {item !== undefined && <ReviewItemPanel key={item.itemId} item={item} />}
      </div>
    </div>
  );
}
