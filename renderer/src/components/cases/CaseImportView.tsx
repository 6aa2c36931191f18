import { chooseCaseFile, importCaseFile } from '../../actions/case-import-actions';
import { useCasesStore } from '../../stores/cases-store';
import { ItsmPull } from './ItsmPull';

/** Import an HRIS export: every line accepted or refused with its reason, shown before anything is written. */
export function CaseImportView() {
  const preview = useCasesStore((s) => s.preview);
  return (
    <div className="page case-import">
      <div className="asset-page__head">
        <button type="button" className="button button--small" onClick={() => useCasesStore.getState().show({ kind: 'list' })}>
          ← Cases
        </button>
        <h1>Open cases from HR</h1>
      </div>
      <p>
        CSV with a header line, or JSON: employee_id, employee_name, manager, employee_type (full-time, contractor, temporary), location (on-site, remote), shipping_address,
        separation_date (YYYY-MM-DD), separation_confirmed (yes), assets (tags or serials, separated by ;), licences (separated by ;).
      </p>
      <label className="field">
        <span>HRIS export file</span>
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) void chooseCaseFile(file);
          }}
        />
      </label>
      <ItsmPull />
      {preview !== null && preview.fileProblem !== null && (
        <p className="problem" role="alert">
          {preview.fileProblem}
        </p>
      )}
      {preview !== null && preview.fileProblem === null && (
        <>
          <p className="case-import__summary" data-testid="import-summary">
            {preview.fileName}: {preview.accepted} line(s) will open a case, {preview.refused} refused. Nothing is written until you import.
          </p>
          <table className="case-table" aria-label="Import preview">
            <thead>
              <tr>
                <th>{preview.fileName.startsWith('RT queue') ? 'Ticket' : 'Line'}</th>
                <th>Employee</th>
                <th>Verdict</th>
                <th>Why / what the case holds</th>
              </tr>
            </thead>
            <tbody>
              {preview.lines.map((l) => (
                <tr key={l.line} className={l.accepted ? 'import-line--ok' : 'import-line--refused'}>
                  <td>{l.line}</td>
                  <td>{l.employeeId || '—'}</td>
                  <td>{l.accepted ? 'Accepted' : 'Refused'}</td>
                  <td>{l.accepted ? l.summary : l.reasons.join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button button--go" disabled={preview.accepted === 0} onClick={() => void importCaseFile()}>
            Open {preview.accepted} case(s)
          </button>
        </>
      )}
    </div>
  );
}
