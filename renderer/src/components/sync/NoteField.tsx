/** The note every supervisor decision carries, with what is missing said next to it. */
export function NoteField({
  label,
  value,
  problem,
  autoFocus,
  onChange,
}: {
  readonly label: string;
  readonly value: string;
  readonly problem: string | null;
  readonly autoFocus: boolean;
  readonly onChange: (value: string) => void;
}) {
  return (
    <label className="field field--grow">
      <span>{label}</span>
      <input value={value} maxLength={2000} autoFocus={autoFocus} aria-invalid={problem !== null} onChange={(event) => onChange(event.target.value)} />
      {problem !== null && <span className="field__problem">{problem}</span>}
    </label>
  );
}

export const NOTE_MISSING = 'Write a note: say why, for the record.';
