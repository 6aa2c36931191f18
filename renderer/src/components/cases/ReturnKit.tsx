import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/domain/cases/case-views';
import { downloadKit, printKit, recordShipment } from '../../actions/case-actions';
import { when } from '../../format/case-words';

const PRINTER_PORT = 9100;

/** For remote staff: the packing slip and return label (PDF, or ZPL straight to a Zebra printer), and the carrier's tracking number. */
export function ReturnKit({ c }: { readonly c: CaseDetail }) {
  const [host, setHost] = useState('');
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  if (c.location !== 'remote') return null;
  return (
    <section className="case-section" aria-label="Return kit">
      <h2>Return kit</h2>
      <div className="case-actions">
        <button type="button" className="button" onClick={() => void downloadKit(c.caseId, 'pdf')}>
          Packing slip and label (PDF)
        </button>
        <button type="button" className="button" onClick={() => void downloadKit(c.caseId, 'zpl')}>
          Labels as ZPL file
        </button>
      </div>
      <form
        className="inline-form"
        aria-label="Print on a Zebra printer"
        onSubmit={(e) => {
          e.preventDefault();
          void printKit(c.caseId, host.trim(), PRINTER_PORT);
        }}
      >
        <label className="field field--grow">
          <span>Zebra printer address (port {PRINTER_PORT})</span>
          <input value={host} onChange={(e) => setHost(e.target.value)} maxLength={253} spellCheck={false} placeholder="e.g. 10.0.4.21" />
        </label>
        <button type="submit" className="button" disabled={host.trim() === ''}>
          Print labels
        </button>
      </form>
      {c.closedAt === null && (
        <form
          className="inline-form"
          aria-label="Record the shipment"
          onSubmit={(e) => {
            e.preventDefault();
            void recordShipment(c.caseId, carrier.trim(), tracking.trim()).then((done) => {
              if (done) setTracking('');
            });
          }}
        >
          <label className="field">
            <span>Carrier</span>
            <input value={carrier} onChange={(e) => setCarrier(e.target.value)} maxLength={60} />
          </label>
          <label className="field field--grow">
            <span>Tracking number</span>
            <input value={tracking} onChange={(e) => setTracking(e.target.value)} maxLength={40} spellCheck={false} />
          </label>
          <button type="submit" className="button" disabled={carrier.trim() === '' || tracking.trim() === ''}>
            Record shipment
          </button>
        </form>
      )}
      {c.shipments.length > 0 && (
        <ul className="escalation__sent" aria-label="Shipments">
          {c.shipments.map((s) => (
            <li key={`${s.at}-${s.trackingNumber}`}>
              {s.carrier} {s.trackingNumber}, recorded by {s.by} {when(s.at)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
