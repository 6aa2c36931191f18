import { useEffect, useState } from 'react';
import { ASSET_CLASSES } from '../../../../shared/domain/asset';
import { casePolicySchema, type CasePolicy } from '../../../../shared/domain/cases/case-policy';
import { EMPLOYEE_TYPE_WORDS, EMPLOYEE_TYPES, ESCALATION_STEPS, ESCALATION_WORDS } from '../../../../shared/domain/cases/vocabulary';
import { loadCasePolicy, saveCasePolicy } from '../../actions/case-policy-actions';
import { classWords } from '../../format/asset-words';
import { useCasesStore } from '../../stores/cases-store';
import { useSessionStore } from '../../stores/session-store';

const whole = (text: string): number => (/^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
const shown = (days: number): string => (Number.isNaN(days) ? '' : String(days));

/** The recovery policy: business days to return each class per employee type, the site's holidays, and the escalation days. */
export function CasePolicyView() {
  const isSupervisor = useSessionStore((s) => s.session?.role === 'supervisor');
  const [draft, setDraft] = useState<CasePolicy | null>(null);
  const [holidays, setHolidays] = useState('');
  const [custom, setCustom] = useState(false);

  useEffect(() => {
    void loadCasePolicy().then((view) => {
      if (view === null) return;
      setDraft(view.policy);
      setHolidays(view.policy.holidays.join('\n'));
      setCustom(view.custom);
    });
  }, []);

  if (draft === null) return <p>Loading the policy…</p>;
  const candidate = { ...draft, holidays: holidays.split(/[\s,]+/).filter((h) => h !== '') };
  const checked = casePolicySchema.safeParse(candidate);
  const blank = [...EMPLOYEE_TYPES.flatMap((t) => ASSET_CLASSES.map((c) => draft.deadlines[t][c])), ...ESCALATION_STEPS.map((s) => draft.escalationDays[s])].some(Number.isNaN);
  const problem = blank
    ? 'Give every number of days as a whole number.'
    : checked.success
      ? null
      : (checked.error.issues[0]?.message ?? 'The policy does not hold together');

  return (
    <div className="page case-policy">
      <div className="asset-page__head">
        <button type="button" className="button button--small" onClick={() => useCasesStore.getState().show({ kind: 'list' })}>
          ← Cases
        </button>
        <h1>Return policy{custom ? '' : ' (as shipped)'}</h1>
      </div>
      <section className="case-section" aria-label="Return deadlines">
        <h2>Business days after the separation date to return each class (0 = on the day)</h2>
        <table className="case-table">
          <thead>
            <tr>
              <th>Class</th>
              {EMPLOYEE_TYPES.map((t) => (
                <th key={t}>{EMPLOYEE_TYPE_WORDS[t]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ASSET_CLASSES.map((c) => (
              <tr key={c}>
                <td>{classWords(c)}</td>
                {EMPLOYEE_TYPES.map((t) => (
                  <td key={t}>
                    <input
                      className="case-policy__days"
                      aria-label={`${classWords(c)}, ${EMPLOYEE_TYPE_WORDS[t]}`}
                      value={shown(draft.deadlines[t][c])}
                      disabled={!isSupervisor}
                      inputMode="numeric"
                      onChange={(e) => setDraft({ ...draft, deadlines: { ...draft.deadlines, [t]: { ...draft.deadlines[t], [c]: whole(e.target.value) } } })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="case-section" aria-label="Escalation days">
        <h2>Escalation: business days after a missed deadline</h2>
        <div className="inline-form">
          {ESCALATION_STEPS.map((s) => (
            <label key={s} className="field">
              <span>{ESCALATION_WORDS[s]}</span>
              <input
                value={shown(draft.escalationDays[s])}
                disabled={!isSupervisor}
                inputMode="numeric"
                onChange={(e) => setDraft({ ...draft, escalationDays: { ...draft.escalationDays, [s]: whole(e.target.value) } })}
              />
            </label>
          ))}
        </div>
      </section>
      <section className="case-section" aria-label="Escalation mailboxes">
        <h2>Where the HR and Legal reminders are sent (left empty: they can only be copied for manual sending)</h2>
        <div className="inline-form">
          <label className="field">
            <span>HR mailbox</span>
            <input type="email" value={draft.hrMailbox} disabled={!isSupervisor} onChange={(e) => setDraft({ ...draft, hrMailbox: e.target.value })} />
          </label>
          <label className="field">
            <span>Legal mailbox</span>
            <input type="email" value={draft.legalMailbox} disabled={!isSupervisor} onChange={(e) => setDraft({ ...draft, legalMailbox: e.target.value })} />
          </label>
        </div>
      </section>
      <section className="case-section" aria-label="Site holidays">
        <h2>Site holidays (YYYY-MM-DD, one a line)</h2>
        <textarea className="case-policy__holidays" aria-label="Site holidays" rows={6} value={holidays} disabled={!isSupervisor} onChange={(e) => setHolidays(e.target.value)} />
      </section>
      {problem !== null && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      {isSupervisor && (
        <button
          type="button"
          className="button button--go"
          disabled={!checked.success}
          onClick={() => {
            if (!checked.success) return;
            void saveCasePolicy(checked.data).then((view) => {
              if (view !== null) setCustom(view.custom);
            });
          }}
        >
          Save the policy
        </button>
      )}
    </div>
  );
}
