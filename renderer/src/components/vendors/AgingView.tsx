import { useEffect, useState, type FormEvent } from 'react';
import { loadAging, saveAgingDays } from '../../actions/review-actions';
import { useVendorsStore } from '../../stores/vendors-store';
import { VirtualTable } from './VirtualTable';

/** Devices out with a vendor with no disposition confirmed after the set number of days, longest waiting first. */
export function AgingView() {
  const aging = useVendorsStore((s) => s.aging);
  const [days, setDays] = useState('');

  useEffect(() => {
    void loadAging();
  }, []);
  useEffect(() => {
    if (aging !== null) setDays(String(aging.days));
  }, [aging]);

  const wanted = Number(days);
  const valid = Number.isInteger(wanted) && wanted >= 1 && wanted <= 365;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) void saveAgingDays(wanted);
  };
  const items = aging?.items ?? [];

  return (
    <div className="page vendors-fill">
      <div className="vendors__bar">
        <h1>Disposition aging</h1>
        <form className="inline-form" aria-label="Follow-up setting" onSubmit={onSubmit}>
          <label className="field">
            <span>Follow up after (days)</span>
            <input value={days} inputMode="numeric" maxLength={3} aria-invalid={!valid} onChange={(e) => setDays(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={!valid}>
            Save
          </button>
        </form>
      </div>
      {aging !== null && (
        <p className="vendors__summary" data-testid="aging-summary">
          {aging.outstanding} device(s) out with vendors without a confirmed disposition; {items.length} waiting {aging.days} days or more.
        </p>
      )}
      <VirtualTable
        label="Waiting for disposition"
        variant="vtable--aging"
        headings={['Device', 'Vendor', 'Session', 'Picked up', 'Days waiting']}
        count={items.length}
        rowHeight={48}
        empty="No device has waited that long."
        rowClass={() => 'vtable__row--late'}
        cells={(i) => {
          const item = items[i];
          if (item === undefined) return null;
          return (
            <>
              <span role="cell">
                {item.asset.assetTag ?? item.asset.serial ?? ''}
                <small>{item.asset.serial ?? ''}</small>
              </span>
              <span role="cell">{item.vendorName}</span>
              <span role="cell">{item.sessionReference}</span>
              <span role="cell">{item.pickedUpAt.slice(0, 10)}</span>
              <span role="cell">{item.daysWaiting}</span>
            </>
          );
        }}
      />
    </div>
  );
}
