import { useState, type FormEvent } from 'react';
import { downloadBatchCertificate, downloadWipeCsv } from '../../actions/wipe-export-actions';

const today = (): string => new Date().toISOString().slice(0, 10);
const monthStart = (): string => `${today().slice(0, 8)}01`;

/** A batch certificate for the devices sanitized in a period, and the auditors' CSV (the period, or everything). */
export function BatchExportForm({ onDone }: { readonly onDone: () => void }) {
  const [from, setFrom] = useState(monthStart);
  const [to, setTo] = useState(today);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<boolean>) => {
    setBusy(true);
    const done = await work();
    setBusy(false);
    if (done) onDone();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => downloadBatchCertificate({ from, to }));
  };

  return (
    <form className="inline-form wipes__export" aria-label="Certificates and CSV" onSubmit={onSubmit}>
      <label className="field">
        <span>Wipes finished from (UTC)</span>
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
      </label>
      <label className="field">
        <span>to (UTC)</span>
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
      </label>
      <button type="submit" className="button button--go" disabled={busy}>
        Batch certificate (PDF)
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void run(() => downloadWipeCsv({ from, to }))}>
        CSV of this period
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void run(() => downloadWipeCsv(null))}>
        CSV of every wipe
      </button>
    </form>
  );
}
