import { useEffect, useState } from 'react';
import { refreshQueue, scanOnQueue } from '../../actions/wipe-queue-actions';
import { showWipeView } from '../../actions/wipe-nav-actions';
import { useSessionStore } from '../../stores/session-store';
import { useStationStore } from '../../stores/station-store';
import { useWipeQueueStore } from '../../stores/wipe-queue-store';
import { ScanField } from '../receive/ScanField';
import { BatchExportForm } from './BatchExportForm';
import { WipeQueueList } from './WipeQueueList';

/** Every received device that still holds data: scan one to open its wipe form. */
export function WipeQueueView() {
  const wedge = useStationStore((s) => s.settings.wedge);
  const total = useWipeQueueStore((s) => s.total);
  const overdue = useWipeQueueStore((s) => s.overdue);
  const high = useWipeQueueStore((s) => s.highSensitivity);
  const problem = useWipeQueueStore((s) => s.problem);
  const isSupervisor = useSessionStore((s) => s.session?.role === 'supervisor');
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    void refreshQueue();
  }, []);

  return (
    <div className="wipes">
      <ScanField label="Scan a device or a drive to open its wipe form" wedge={wedge} holdFocus={!exporting} onEntry={(entry) => void scanOnQueue(entry)} onEscape={() => setExporting(false)} />
      <div className="wipes__bar">
        <p className="wipes__counts" data-testid="queue-counts">
          {total === null ? 'Loading the wipe queue…' : `${total} device${total === 1 ? '' : 's'} waiting for sanitization`}
          {total !== null && overdue > 0 && <span className="wipes__overdue"> · {overdue} overdue</span>}
          {total !== null && high > 0 && <span> · {high} high sensitivity</span>}
        </p>
        <div className="wipes__actions">
          <button type="button" className="button" accessKey="i" title="Alt+I" onClick={() => showWipeView({ kind: 'import' })}>
            Import nwipe log
          </button>
          <button type="button" className="button" onClick={() => setExporting(!exporting)} aria-expanded={exporting}>
            Certificates and CSV
          </button>
          <button type="button" className="button" onClick={() => showWipeView({ kind: 'policy' })}>
            {isSupervisor ? 'Recovery policy' : 'View policy'}
          </button>
        </div>
      </div>
      {exporting && <BatchExportForm onDone={() => setExporting(false)} />}
      {problem !== null && <p className="problem">{problem}</p>}
      <WipeQueueList />
    </div>
  );
}
