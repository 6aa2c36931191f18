import { DISPOSITION_OUTCOME_WORDS, DISPOSITION_OUTCOMES, type VendorMapping } from '../../../../shared/domain/vendors';

export interface CodeMappingProps {
  readonly mapping: VendorMapping;
  /** Codes found in the sample files' outcome and condition columns. */
  readonly outcomeCodes: readonly string[];
  readonly conditionCodes: readonly string[];
  readonly onMapping: (mapping: VendorMapping) => void;
}

const union = (found: readonly string[], kept: readonly string[]): string[] =>
  [...new Set([...kept, ...found])].sort((a, b) => a.localeCompare(b));

/** The vendor's outcome and condition codes found in its files, each mapped to our outcome or grade code. */
export function CodeMapping({ mapping, outcomeCodes, conditionCodes, onMapping }: CodeMappingProps) {
  const outcomes = union(outcomeCodes, mapping.outcomeCodes.map((c) => c.vendorCode));
  const conditions = union(conditionCodes, mapping.conditionCodes.map((c) => c.vendorCode));
  const setOutcome = (code: string, value: string) => {
    const outcome = DISPOSITION_OUTCOMES.find((o) => o === value);
    const rest = mapping.outcomeCodes.filter((c) => c.vendorCode !== code);
    onMapping({ ...mapping, outcomeCodes: outcome === undefined ? rest : [...rest, { vendorCode: code, outcome }] });
  };
  const setCondition = (code: string, value: string) => {
    const rest = mapping.conditionCodes.filter((c) => c.vendorCode !== code);
    // Kept as typed (a grade such as "F 3" has a space); the profile schema trims it when it is saved.
    onMapping({ ...mapping, conditionCodes: value.trim() === '' ? rest : [...rest, { vendorCode: code, condition: value }] });
  };
  return (
    <div className="codes">
      <fieldset className="mapping" aria-label="Outcome codes">
        <legend>Outcome codes</legend>
        {outcomes.length === 0 && <p>Map a column to the outcome and choose a sample report: its codes are listed here.</p>}
        {outcomes.map((code) => (
          <label className="field field--inline codes__row" key={code}>
            <span>{code}</span>
            <select aria-label={`Outcome for code ${code}`} value={mapping.outcomeCodes.find((c) => c.vendorCode === code)?.outcome ?? ''} onChange={(e) => setOutcome(code, e.target.value)}>
              <option value="">(not mapped: goes to review)</option>
              {DISPOSITION_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {DISPOSITION_OUTCOME_WORDS[o]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <fieldset className="mapping" aria-label="Condition codes">
        <legend>Condition codes</legend>
        {conditions.length === 0 && <p>Map a column to the condition and choose a sample file: its codes are listed here.</p>}
        {conditions.map((code) => (
          <label className="field field--inline codes__row" key={code}>
            <span>{code}</span>
            <input
              aria-label={`Grade for code ${code}`}
              value={mapping.conditionCodes.find((c) => c.vendorCode === code)?.condition ?? ''}
              placeholder="our grade, e.g. B or F3"
              maxLength={40}
              onChange={(e) => setCondition(code, e.target.value)}
            />
          </label>
        ))}
      </fieldset>
    </div>
  );
}
