import { useEffect, useState } from 'react';
import type { SessionFilter } from '../../../../shared/domain/pickups/pickup-inputs';
import { loadReview, openSession } from '../../actions/pickup-actions';
import { usePickupsStore } from '../../stores/pickups-store';
import { SessionTable } from './SessionTable';

/** The supervisor's review: sessions filtered by vendor, date and status; each opens with its discrepancies, overrides and record. */
export function PickupReview() {
  const vendors = usePickupsStore((s) => s.overview?.vendors ?? []);
  const rows = usePickupsStore((s) => s.review);
  const [filter, setFilter] = useState<SessionFilter>({ vendorId: null, from: null, to: null, status: null });
  useEffect(() => {
    void loadReview(filter);
  }, [filter]);
  const set = (patch: Partial<SessionFilter>) => setFilter((f) => ({ ...f, ...patch }));
  return (
    <div className="pickup">
      <div className="pickup__head">
        <button type="button" className="button button--quiet" onClick={() => usePickupsStore.getState().show({ kind: 'home' })}>
          ← Pickups
        </button>
        <h1>Supervisor review</h1>
      </div>
      <form className="inline-form" aria-label="Filter sessions" onSubmit={(e) => e.preventDefault()}>
        <label className="field field--inline">
          <span>Vendor</span>
          <select value={filter.vendorId ?? ''} onChange={(e) => set({ vendorId: e.target.value === '' ? null : e.target.value })}>
            <option value="">All vendors</option>
            {vendors.map((v) => (
              <option key={v.vendorId} value={v.vendorId}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--inline">
          <span>From</span>
          <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value === '' ? null : e.target.value })} />
        </label>
        <label className="field field--inline">
          <span>To</span>
          <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value === '' ? null : e.target.value })} />
        </label>
        <label className="field field--inline">
          <span>Status</span>
          <select value={filter.status ?? ''} onChange={(e) => set({ status: e.target.value === 'open' || e.target.value === 'signed-off' ? e.target.value : null })}>
            <option value="">Any</option>
            <option value="open">Open</option>
            <option value="signed-off">Signed off</option>
          </select>
        </label>
      </form>
      <SessionTable rows={rows} onOpen={(id) => void openSession(id)} />
    </div>
  );
}
