import type { CaseDetail } from '../../../../shared/domain/cases/case-views';
import { EMPLOYEE_TYPE_WORDS } from '../../../../shared/domain/cases/vocabulary';
import { closeCase, exportPack, reclaimLicence } from '../../actions/case-actions';
import { refreshCases } from '../../actions/case-list-actions';
import { when } from '../../format/case-words';
import { useCasesStore } from '../../stores/cases-store';
import { CaseAssets } from './CaseAssets';
import { Checklist } from './Checklist';
import { EscalationPanel } from './EscalationPanel';
import { ReturnKit } from './ReturnKit';

function Licences({ c }: { readonly c: CaseDetail }) {
  if (c.licences.length === 0) return null;
  return (
    <section className="case-section" aria-label="Licences">
      <h2>Named licences</h2>
      <ul className="checklist">
        {c.licences.map((l) => (
          <li key={l.licenceId} className={`checklist__item${l.reclaimed !== null ? ' checklist__item--done' : ''}`}>
            <span className="checklist__title">{l.name}</span>
            {l.reclaimed === null ? (
              c.closedAt === null && (
                <button type="button" className="button button--small" onClick={() => void reclaimLicence(c.caseId, l.licenceId, l.name)}>
                  Mark reclaimed
                </button>
              )
            ) : (
              <small className="checklist__done">
                Reclaimed by {l.reclaimed.by}, {when(l.reclaimed.at)}
              </small>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function back(): void {
  useCasesStore.getState().show({ kind: 'list' });
  void refreshCases();
}

/** One case: who left and when, each asset and its deadline, escalation, licences, the checklist, closing and the evidence pack. */
export function CasePage() {
  const c = useCasesStore((s) => s.detail);
  if (c === null) return <p className="returns__loading">Loading the case…</p>;
  return (
    <div className="page case-page">
      <div className="asset-page__head">
        <button type="button" className="button button--small" onClick={back}>
          ← Cases
        </button>
        <h1>
          Case {c.caseNumber}: {c.employeeName || c.employeeId}
        </h1>
        <span className={`case-status${c.closedAt === null ? '' : ' case-status--closed'}`}>{c.closedAt === null ? 'Open' : `Closed ${when(c.closedAt)}`}</span>
      </div>
      <p className="case-facts">
        Employee {c.employeeId} · {c.employeeEmail === '' ? 'no e-mail address' : c.employeeEmail} · {EMPLOYEE_TYPE_WORDS[c.employeeType]} · {c.location === 'remote' ? `remote (${c.shippingAddress})` : 'on-site'} · manager {c.manager || '—'} · separation{' '}
        {c.separationDate}
      </p>
      {c.employeeEmail === '' && c.closedAt === null && (
        <p className="case-facts case-facts--note">No e-mail address for the employee: the employee reminder can only be copied for manual sending.</p>
      )}
      <div className="case-actions">
        {c.closedAt === null && (
          <button type="button" className="button button--go" disabled={!c.readyToClose} onClick={() => void closeCase(c.caseId)}>
            {c.readyToClose ? 'Close the case' : 'Close (when all is back and sanitized)'}
          </button>
        )}
        <button type="button" className="button" onClick={() => void exportPack(c.caseId, 'json')}>
          Evidence pack (JSON)
        </button>
        <button type="button" className="button" onClick={() => void exportPack(c.caseId, 'pdf')}>
          Evidence pack (PDF)
        </button>
      </div>
      <div className="case-columns">
        <div>
          <CaseAssets c={c} />
          <Licences c={c} />
          <EscalationPanel c={c} />
          <ReturnKit c={c} />
        </div>
        <Checklist c={c} />
      </div>
    </div>
  );
}
