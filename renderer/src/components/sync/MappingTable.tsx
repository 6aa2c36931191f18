import type { FieldProblems } from '../../sync/connector-problems';

export interface MappingRow<K extends string> {
  readonly key: K;
  readonly label: string;
  /** What the connector uses when the row is left blank (RT's defaults); null: not sent. */
  readonly fallback: string | null;
}

/** Our values (statuses or fields) down the side, theirs typed in beside each; a blank row is not mapped. */
export function MappingTable<K extends string>({
  caption,
  theirs,
  rows,
  values,
  problems,
  problemPrefix,
  onChange,
}: {
  readonly caption: string;
  readonly theirs: string;
  readonly rows: readonly MappingRow<K>[];
  readonly values: Readonly<Partial<Record<K, string>>>;
  readonly problems: FieldProblems;
  readonly problemPrefix: string;
  readonly onChange: (key: K, value: string) => void;
}) {
  return (
    <table className="table mapping" aria-label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Ours</th>
          <th scope="col">{theirs}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const problem = problems[`${problemPrefix}.${row.key}`];
          return (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>
                <input
                  aria-label={`${theirs} for ${row.label}`}
                  value={values[row.key] ?? ''}
                  placeholder={row.fallback === null ? 'not sent' : `default: ${row.fallback}`}
                  maxLength={120}
                  spellCheck={false}
                  aria-invalid={problem !== undefined}
                  onChange={(event) => onChange(row.key, event.target.value)}
                />
                {problem !== undefined && <span className="field__problem">{problem}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
