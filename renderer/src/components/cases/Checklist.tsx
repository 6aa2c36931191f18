import type { CaseDetail } from '../../../../shared/domain/cases/case-views';
import { PHASE_WORDS } from '../../../../shared/domain/cases/vocabulary';
import { completeTask } from '../../actions/case-actions';
import { when } from '../../format/case-words';

/** The case's checklist: security-critical first, each with its team, phase, due date and who did it when. */
export function Checklist({ c }: { readonly c: CaseDetail }) {
  const overdue = c.checklist.filter((t) => t.overdue).length;
  return (
    <section className="case-section" aria-label="Checklist">
      <h2>
        Checklist: {c.checklistDone} of {c.checklist.length} done{overdue > 0 && <span className="cases__late"> · {overdue} overdue</span>}
      </h2>
      <progress className="case-progress" max={c.checklist.length} value={c.checklistDone} aria-label="Checklist progress" />
      <ul className="checklist">
        {c.checklist.map((t) => (
          <li key={t.taskId} className={`checklist__item${t.overdue ? ' checklist__item--overdue' : ''}${t.done !== null ? ' checklist__item--done' : ''}`}>
            <span className="checklist__title">
              {t.securityCritical && <span className="sensitivity sensitivity--high">SECURITY</span>} {t.title}
            </span>
            <small>
              {t.team} · {PHASE_WORDS[t.phase]} · due {t.due}
              {t.overdue && ' · overdue'}
            </small>
            {t.done === null ? (
              c.closedAt === null && (
                <button type="button" className="button button--small" onClick={() => void completeTask(c.caseId, t.taskId, t.title)}>
                  Mark done
                </button>
              )
            ) : (
              <small className="checklist__done">
                Done by {t.done.by}, {when(t.done.at)}
              </small>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
