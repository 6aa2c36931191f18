import { useState } from 'react';
import { VALIDATION_RULES, VALIDATION_RULE_WORDS, type WipePolicy } from '../../../../shared/domain/sanitization/policy';
import { LEVELS, LEVEL_WORDS } from '../../../../shared/domain/sanitization/vocabulary';
import type { PolicyView, WipePoliciesView } from '../../../../shared/domain/sanitization/wipe-views';
import { savePolicy } from '../../actions/wipe-policy-actions';
import { classWords } from '../../format/asset-words';
import { oneOf } from '../../format/one-of';

interface Props {
  readonly policy: PolicyView;
  readonly editable: boolean;
  readonly onSaved: (view: WipePoliciesView) => void;
}

/** One asset class's policy: a row of choices a supervisor changes and saves. */
export function PolicyRow({ policy, editable, onSaved }: Props) {
  const { custom: _custom, ...saved } = policy;
  const [draft, setDraft] = useState<WipePolicy>(saved);
  const [days, setDays] = useState(String(policy.deadlineDays));
  const changed = JSON.stringify({ ...draft, deadlineDays: Number(days) }) !== JSON.stringify(saved);
  const label = classWords(policy.assetClass);

  const save = async () => {
    const saved = await savePolicy({ ...draft, deadlineDays: Number(days) });
    if (saved !== null) onSaved(saved);
  };

  return (
    <tr>
      <th scope="row">
        {label}
        {!policy.custom && <small> (as shipped)</small>}
      </th>
      <td>
        <select aria-label={`${label}: required level`} disabled={!editable} value={draft.requiredLevel} onChange={(e) => setDraft({ ...draft, requiredLevel: oneOf(LEVELS, e.target.value, draft.requiredLevel) })}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_WORDS[l]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input aria-label={`${label}: deadline in days`} disabled={!editable} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} size={4} />
      </td>
      <td>
        <select aria-label={`${label}: high-sensitivity level`} disabled={!editable} value={draft.highSensitivityLevel} onChange={(e) => setDraft({ ...draft, highSensitivityLevel: oneOf(LEVELS, e.target.value, draft.highSensitivityLevel) })}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              at least {LEVEL_WORDS[l]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={`${label}: second-person validation`} disabled={!editable} value={draft.validation} onChange={(e) => setDraft({ ...draft, validation: oneOf(VALIDATION_RULES, e.target.value, draft.validation) })}>
          {VALIDATION_RULES.map((v) => (
            <option key={v} value={v}>
              {VALIDATION_RULE_WORDS[v]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {editable && (
          <button type="button" className="button button--small" disabled={!changed} onClick={() => void save()}>
            Save {label}
          </button>
        )}
      </td>
    </tr>
  );
}
