import { useEffect } from 'react';
import { CASE_FILTERS, type CaseFilter } from '../../../../shared/domain/cases/vocabulary';
import { filterCases, refreshCases } from '../../actions/case-list-actions';
import { openCaseByBarcode } from '../../actions/dock-case-actions';
import { useCasesStore } from '../../stores/cases-store';
import { useSessionStore } from '../../stores/session-store';
import { useStationStore } from '../../stores/station-store';
import { ScanField } from '../receive/ScanField';
import { CaseList } from './CaseList';

const FILTER_WORDS: Readonly<Record<CaseFilter, string>> = { open: 'Open', overdue: 'Overdue', closed: 'Closed' };

/** Every offboarding case, filtered; scan a return kit's barcode to open its case. */
export function CaseListView() {
  const wedge = useStationStore((s) => s.settings.wedge);
  const filter = useCasesStore((s) => s.filter);
  const counts = useCasesStore((s) => s.counts);
  const problem = useCasesStore((s) => s.problem);
  const isSupervisor = useSessionStore((s) => s.session?.role === 'supervisor');

  useEffect(() => {
    void refreshCases();
  }, []);

  return (
    <div className="returns">
      <ScanField label="Scan a case barcode (RET-…) to open the case" wedge={wedge} holdFocus onEntry={(entry) => void openCaseByBarcode(entry.value, 'returns')} onEscape={() => undefined} />
      <div className="returns__bar">
        <div className="returns__filters" role="group" aria-label="Show">
          {CASE_FILTERS.map((f) => (
            <button key={f} type="button" className="button" aria-pressed={filter === f} onClick={() => void filterCases(f)}>
              {FILTER_WORDS[f]} {counts === null ? '' : `(${counts[f]})`}
            </button>
          ))}
        </div>
        <div className="returns__filters">
          {isSupervisor && (
            <button type="button" className="button" accessKey="i" title="Alt+I" onClick={() => useCasesStore.getState().show({ kind: 'import' })}>
              Import HRIS file
            </button>
          )}
          <button type="button" className="button" onClick={() => useCasesStore.getState().show({ kind: 'policy' })}>
            {isSupervisor ? 'Return policy' : 'View policy'}
          </button>
        </div>
      </div>
      {problem !== null && <p className="problem">{problem}</p>}
      <CaseList />
    </div>
  );
}
