interface OptionalChoiceProps<T extends string> {
  readonly label: string;
  readonly value: T | null;
  readonly options: readonly T[];
  readonly words: Readonly<Record<T, string>>;
  readonly onChange: (value: T | null) => void;
}

/** A <select> that starts on "choose…": an answer the technician must give, never a default. */
export function OptionalChoice<T extends string>({ label, value, options, words, onChange }: OptionalChoiceProps<T>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(options.find((o) => o === e.target.value) ?? null)} aria-invalid={value === null}>
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {words[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
