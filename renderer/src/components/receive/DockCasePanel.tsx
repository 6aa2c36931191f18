import { useDockCaseStore } from '../../stores/dock-case-store';

/** The case whose return box was scanned: what is expected back, ticked off as each device is received. */
export function DockCasePanel() {
  const c = useDockCaseStore((s) => s.detail);
  if (c === null) return null;
  const back = c.assets.filter((a) => a.state !== 'outstanding' && a.state !== 'overdue').length;
  return (
    <section className="dock-case" aria-label={`Expected from case ${c.caseNumber}`}>
      <h2>
        Case {c.caseNumber}: {c.employeeName || c.employeeId} · {back} of {c.assets.length} back
      </h2>
      <ul>
        {c.assets.map((a) => (
          <li key={a.assetId} className={a.state === 'outstanding' || a.state === 'overdue' ? undefined : 'dock-case__back'}>
            {a.label} {a.serial !== null && a.serial !== a.label ? `(serial ${a.serial})` : ''} {a.model}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--small button--quiet" onClick={() => useDockCaseStore.getState().opened(null)}>
        Close the expected list
      </button>
    </section>
  );
}
