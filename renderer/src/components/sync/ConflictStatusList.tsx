import type { FieldProblems } from '../../sync/connector-problems';

const MAX_STATUSES = 20;

/** Their statuses that hold an event as a conflict (e.g. Stolen), one per row; blank rows are left out. */
export function ConflictStatusList({
  statuses,
  problems,
  onChange,
}: {
  readonly statuses: readonly string[];
  readonly problems: FieldProblems;
  readonly onChange: (statuses: readonly string[]) => void;
}) {
  const set = (index: number, value: string) => onChange(statuses.map((status, i) => (i === index ? value : status)));
  const listProblem = problems['settings.conflictStatuses'];
  return (
    <fieldset className="conflict-statuses">
      <legend>Their statuses that hold an event as a conflict for a supervisor</legend>
      {statuses.length === 0 && <p className="sync__muted">None: every event simply follows the central record.</p>}
      {statuses.map((status, index) => {
        const problem = problems[`settings.conflictStatuses.${index}`];
        return (
          // Rows have no identity but their place; the list is edited in place.
          <div className="inline-form" key={index}>
            <input
              aria-label={`Conflict status ${index + 1}`}
              value={status}
              maxLength={120}
              aria-invalid={problem !== undefined}
              onChange={(event) => set(index, event.target.value)}
            />
            <button type="button" className="button button--small" onClick={() => onChange(statuses.filter((_, i) => i !== index))}>
              Remove
            </button>
            {problem !== undefined && <span className="field__problem">{problem}</span>}
          </div>
        );
      })}
      {listProblem !== undefined && <p className="field__problem">{listProblem}</p>}
      <button type="button" className="button button--small" disabled={statuses.length >= MAX_STATUSES} onClick={() => onChange([...statuses, ''])}>
        Add a conflict status
      </button>
    </fieldset>
  );
}
