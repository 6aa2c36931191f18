import { useEffect, useState } from 'react';
import { createSession, loadOverview, openSession, stageEntry, stageReady } from '../../actions/pickup-actions';
import { usePickupsStore } from '../../stores/pickups-store';
import { useStationStore } from '../../stores/station-store';
import { ScanField } from '../receive/ScanField';
import { SessionTable } from './SessionTable';

/** Staging, a new session for a vendor, and the latest sessions. */
export function PickupsHome() {
  const overview = usePickupsStore((s) => s.overview);
  const wedge = useStationStore((s) => s.settings.wedge);
  const [destruction, setDestruction] = useState(false);
  const [vendorId, setVendorId] = useState('');
  const [fromStaged, setFromStaged] = useState(true);
  useEffect(() => {
    void loadOverview();
  }, []);
  if (overview === null) return <p>Loading pickups…</p>;
  const chosen = vendorId === '' ? (overview.vendors[0]?.vendorId ?? '') : vendorId;
  const free = overview.staged.filter((s) => s.sessionReference === null).length;

  return (
    <div className="pickups">
      <section className="pickups__panel" aria-label="Stage for pickup">
        <h2>Stage for pickup</h2>
        <p data-testid="ready-count">
          {overview.readyToStage} sanitized device{overview.readyToStage === 1 ? '' : 's'} ready · {overview.staged.length} staged
        </p>
        <button type="button" className="button button--go" onClick={() => void stageReady()} disabled={overview.readyToStage === 0}>
          Stage all ready devices
        </button>
        <ScanField
          label="Scan to stage one device"
          wedge={wedge}
          holdFocus={false}
          onEntry={(entry) => void stageEntry(entry, destruction ? 'destruction' : 'disposition')}
          onEscape={() => setDestruction(false)}
        />
        <label className="toggle">
          <input type="checkbox" checked={destruction} onChange={(e) => setDestruction(e.target.checked)} />
          <span>Marked for destruction (may go unwiped: the vendor destroys it)</span>
        </label>
        <ul className="pickups__staged" aria-label="Staged devices">
          {overview.staged.slice(0, 100).map((s) => (
            <li key={s.assetId}>
              <strong>{s.label}</strong> {s.model} {s.purpose === 'destruction' && <em>for destruction</em>}
              {s.sessionReference !== null && <small> on {s.sessionReference}</small>}
            </li>
          ))}
        </ul>
      </section>
      <section className="pickups__panel" aria-label="New pickup session">
        <h2>New pickup session</h2>
        {overview.vendors.length === 0 ? (
          <p>No ITAD vendor is set up yet: a supervisor adds one on the Vendors screen.</p>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void createSession(chosen, fromStaged);
            }}
          >
            <label className="field">
              <span>Vendor</span>
              <select value={chosen} onChange={(e) => setVendorId(e.target.value)}>
                {overview.vendors.map((v) => (
                  <option key={v.vendorId} value={v.vendorId}>
                    {v.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="toggle">
              <input type="checkbox" checked={fromStaged} onChange={(e) => setFromStaged(e.target.checked)} />
              <span>Expected manifest from the {free} staged device{free === 1 ? '' : 's'} not yet on a session</span>
            </label>
            <button type="submit" className="button button--go">
              Start pickup session
            </button>
          </form>
        )}
        <h2>Sessions</h2>
        <button type="button" className="button" onClick={() => usePickupsStore.getState().show({ kind: 'review' })}>
          Supervisor review
        </button>
        <SessionTable rows={overview.sessions} onOpen={(id) => void openSession(id)} />
      </section>
    </div>
  );
}
