import { useEffect, useRef } from 'react';
import { ensureBatch } from '../actions/receive-batch';
import { submitEntry } from '../actions/receive-queue';
import { cancelOpen } from '../actions/receive-record';
import { BatchPanel } from '../components/receive/BatchPanel';
import { DockCasePanel } from '../components/receive/DockCasePanel';
import { EntrySource } from '../components/receive/EntrySource';
import { GradeCard } from '../components/receive/GradeCard';
import { QuickCreateForm } from '../components/receive/QuickCreateForm';
import { ScanField } from '../components/receive/ScanField';
import { useReceiveStore } from '../stores/receive-store';
import { useStationStore } from '../stores/station-store';
import '../styles/cases.css';

/** The receiving desk: one big scan field that keeps focus, the open device, and the batch so far. */
export function ReceiveScreen() {
  const wedge = useStationStore((s) => s.settings.wedge);
  const scheme = useStationStore((s) => s.settings.gradingScheme);
  const card = useReceiveStore((s) => s.card);
  const create = useReceiveStore((s) => s.create);
  const lastEntry = useReceiveStore((s) => s.lastEntry);
  const quickReceive = useReceiveStore((s) => s.quickReceive);
  const setQuickReceive = useReceiveStore((s) => s.setQuickReceive);
  const scanRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void ensureBatch();
  }, []);

  return (
    <div className="receive">
      <section className="receive__desk">
        <ScanField
          label={card === null ? 'Scan an asset tag or serial' : 'Scan grade codes, Enter to confirm, Esc to cancel'}
          wedge={wedge}
          holdFocus={create === null}
          onEntry={submitEntry}
          onEscape={cancelOpen}
          inputRef={scanRef}
        />
        <div className="receive__bar">
          <EntrySource entry={lastEntry} />
          <label className="toggle">
            <input type="checkbox" checked={quickReceive} onChange={(event) => setQuickReceive(event.target.checked)} />
            <span>Quick receive (no grading; grade later from the asset page)</span>
          </label>
        </div>
        <DockCasePanel />
        {create !== null && <QuickCreateForm key={create.entry.value} create={create} />}
        {card !== null && <GradeCard card={card} backToScan={() => scanRef.current?.focus()} />}
        {card === null && create === null && (
          <div className="receive__idle">
            <p>Scan a returned device. Known devices open a grade card; unknown ones a short form to add them.</p>
            <p>
              Grade with the buttons or by scanning the grade sheet ({scheme === 'abcd' ? 'A–D, NF' : 'F1–F6, UT, NF and C1–C9'}), then press{' '}
              <kbd>Enter</kbd>.{' '}
              <kbd>Esc</kbd> cancels.
            </p>
          </div>
        )}
      </section>
      <BatchPanel />
    </div>
  );
}
