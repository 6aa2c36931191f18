import { useState, type FormEvent } from 'react';
import {
  DESTINATIONS,
  DESTINATION_WORDS,
  LEVELS,
  LEVEL_WORDS,
  RESULTS,
  STANDARDS,
  STANDARD_WORDS,
  TECHNIQUE_LEVELS,
  TECHNIQUES,
  TECHNIQUE_WORDS,
  VERIFICATIONS,
  VERIFICATION_WORDS,
} from '../../../../shared/domain/sanitization/vocabulary';
import type { MediumView, WipeAssetView } from '../../../../shared/domain/sanitization/wipe-views';
import { recordWipe, startWipe } from '../../actions/wipe-asset-actions';
import type { RecordIntent } from '../../stores/wipe-asset-store';
import { useWipeAssetStore } from '../../stores/wipe-asset-store';
import { checkDraft, draftFor, USUAL_TECHNIQUE, type RecordDraft } from '../../wipes/record-draft';
import { Choice } from './Choice';

const RESULT_WORDS = { pass: 'Pass', fail: 'Fail' } as const;
const INTENT_TITLES = { new: 'Record the wipe', retry: 'Retry the wipe', escalate: 'Escalate to Destroy' } as const;

interface Props {
  readonly view: WipeAssetView;
  readonly medium: MediumView;
  readonly intent: RecordIntent;
}

/** One medium's wipe record, every field an auditor expects; Enter saves, Esc closes. */
export function WipeRecordForm({ view, medium, intent }: Props) {
  const [draft, setDraft] = useState<RecordDraft>(() => draftFor(view, medium, intent));
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [saving, setSaving] = useState(false);
  const edit = (patch: Partial<RecordDraft>) => setDraft({ ...draft, ...patch });
  const text = (key: 'tool' | 'toolVersion' | 'methodDetails' | 'failureReason' | 'classification' | 'notes' | 'validatorId' | 'validatorPin' | 'startedAt' | 'finishedAt') => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => edit({ [key]: e.target.value }),
  });
  const needsValidation = view.requirement.validationRequired && draft.result === 'pass';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(draft, view.asset.id, medium.id, intent);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setSaving(true);
    await recordWipe(checked.input);
    setSaving(false);
  };

  return (
    <form
      className="wipe-form"
      aria-label={`${INTENT_TITLES[intent.kind]}: ${medium.serial ?? 'drive without serial'}`}
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          useWipeAssetStore.getState().closeForms();
        }
      }}
    >
      <h3>{INTENT_TITLES[intent.kind]}</h3>
      <div className="form-grid">
        <Choice label="Level (NIST SP 800-88)" value={draft.level} options={LEVELS} words={LEVEL_WORDS} onChange={(level) => edit({ level, technique: TECHNIQUE_LEVELS[draft.technique].includes(level) ? draft.technique : USUAL_TECHNIQUE[level] })} />
        <Choice label="Technique" value={draft.technique} options={TECHNIQUES.filter((t) => TECHNIQUE_LEVELS[t].includes(draft.level))} words={TECHNIQUE_WORDS} onChange={(technique) => edit({ technique })} />
        <Choice label="Standard" value={draft.standard} options={STANDARDS} words={STANDARD_WORDS} onChange={(standard) => edit({ standard })} />
        <label className="field">
          <span>Tool</span>
          <input {...text('tool')} maxLength={80} autoFocus />
        </label>
        <label className="field">
          <span>Tool version</span>
          <input {...text('toolVersion')} maxLength={40} />
        </label>
        <label className="field field--wide">
          <span>Method details (passes, pattern, commands)</span>
          <input {...text('methodDetails')} maxLength={400} />
        </label>
        <Choice label="Verification" value={draft.verification} options={VERIFICATIONS} words={VERIFICATION_WORDS} onChange={(verification) => edit({ verification })} />
        <Choice label="Result" value={draft.result} options={RESULTS} words={RESULT_WORDS} onChange={(result) => edit({ result })} />
        {draft.result === 'fail' && (
          <label className="field field--wide">
            <span>Why it failed</span>
            <input {...text('failureReason')} maxLength={400} />
          </label>
        )}
        <label className="field">
          <span>Started</span>
          <input type="datetime-local" {...text('startedAt')} />
        </label>
        <label className="field">
          <span>Finished</span>
          <input type="datetime-local" {...text('finishedAt')} />
        </label>
        <label className="field">
          <span>Post-sanitization classification</span>
          <input {...text('classification')} maxLength={60} list="wipe-classifications" placeholder="e.g. Unclassified" />
        </label>
        <Choice label="Destination" value={draft.destination} options={DESTINATIONS} words={DESTINATION_WORDS} onChange={(destination) => edit({ destination })} />
        <label className="field field--wide">
          <span>Notes</span>
          <input {...text('notes')} maxLength={2000} />
        </label>
        {draft.result === 'pass' && (
          <>
            <label className="field">
              <span>Validated by (second person's ID){needsValidation ? ' — required by policy' : ' — optional'}</span>
              <input {...text('validatorId')} maxLength={32} autoComplete="off" />
            </label>
            <label className="field">
              <span>Their PIN</span>
              <input type="password" inputMode="numeric" {...text('validatorPin')} maxLength={12} autoComplete="off" />
            </label>
          </>
        )}
      </div>
      <datalist id="wipe-classifications">
        <option value="Unclassified" />
        <option value="Public" />
        <option value="Internal" />
      </datalist>
      {draft.standard === 'dod-5220.22-m' && <p className="wipe-form__note">DoD 5220.22-M is kept only as a legacy label: the level recorded is what the policy checks.</p>}
      {problems.length > 0 && (
        <ul className="problem" aria-label="What the record still needs">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="card__actions">
        <button type="submit" className="button button--go" disabled={saving}>
          Save wipe record <kbd>Enter</kbd>
        </button>
        {intent.kind === 'new' && medium.started === null && (
          <button
            type="button"
            className="button"
            disabled={saving || draft.tool.trim() === ''}
            title="Records in the custody log that the wipe begins now, with this level, technique and tool"
            onClick={() => {
              useWipeAssetStore.getState().closeForms();
              void startWipe({ assetId: view.asset.id, mediumId: medium.id, level: draft.level, technique: draft.technique, standard: draft.standard, tool: draft.tool, toolVersion: draft.toolVersion });
            }}
          >
            Mark as started now
          </button>
        )}
        <button type="button" className="button" onClick={() => useWipeAssetStore.getState().closeForms()}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
