import { useState, type FormEvent, type ReactNode } from 'react';
import { GRADING_SCHEMES } from '../../../shared/domain/grading';
import { saveSettings } from '../actions/settings-actions';
import { ScannerSetup } from '../components/settings/ScannerSetup';
import { StationIdentity } from '../components/settings/StationIdentity';
import { oneOf } from '../format/one-of';
import { parseDraft, toDraft, type SettingsDraft } from '../settings/settings-draft';
import { useStationStore } from '../stores/station-store';

const SCHEME_WORDS = { 'r2v3-rec': 'R2v3 REC (F1–F6, UT, NF + C1–C9)', abcd: 'A / B / C / D + NF' } as const;

function Field({ label, children, wide }: { readonly label: string; readonly children: ReactNode; readonly wide?: boolean }) {
  return (
    <label className={wide === true ? 'field field--wide' : 'field'}>
      <span>{label}</span>
      {children}
    </label>
  );
}

/** Supervisors only: the station, the site's grading scheme, tags, the idle lock and the scanner. */
export function SettingsScreen() {
  const saved = useStationStore((s) => s.settings);
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(saved));
  const [problems, setProblems] = useState<readonly string[]>([]);
  const parsed = parseDraft(draft);
  const edit = (patch: Partial<SettingsDraft>) => setDraft({ ...draft, ...patch });
  const text = (key: keyof Omit<SettingsDraft, 'gradingScheme'>) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => edit({ [key]: event.target.value }),
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems([]);
    if (await saveSettings(parsed.settings)) setDraft(toDraft(useStationStore.getState().settings));
  };

  return (
    <div className="page settings">
      <h1>Settings</h1>
      <form aria-label="Station settings" onSubmit={(event) => void onSubmit(event)}>
        <div className="form-grid">
          <Field label="Station name">
            <input {...text('stationName')} maxLength={60} />
          </Field>
          <Field label="Site">
            <input {...text('site')} maxLength={60} />
          </Field>
          <Field label="Dock location">
            <input {...text('dockLocation')} maxLength={60} />
          </Field>
          <Field label="Grading scheme">
            <select value={draft.gradingScheme} onChange={(e) => edit({ gradingScheme: oneOf(GRADING_SCHEMES, e.target.value, 'r2v3-rec') })}>
              {GRADING_SCHEMES.map((scheme) => (
                <option key={scheme} value={scheme}>
                  {SCHEME_WORDS[scheme]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Asset-tag pattern (regular expression)">
            <input {...text('assetTagPattern')} maxLength={200} spellCheck={false} />
          </Field>
          <Field label="Idle lock (minutes)">
            <input {...text('idleLockMinutes')} inputMode="numeric" />
          </Field>
          <Field label="Scanner: max gap between keys (ms)">
            <input {...text('maxInterKeyMs')} inputMode="numeric" />
          </Field>
          <Field label="Scanner: minimum length">
            <input {...text('minLength')} inputMode="numeric" />
          </Field>
          <Field label="Scanner: prefix">
            <input {...text('prefix')} maxLength={8} spellCheck={false} />
          </Field>
          <Field label="Scanner: suffix">
            <input {...text('suffix')} maxLength={8} spellCheck={false} />
          </Field>
        </div>
        {problems.length > 0 && (
          <ul className="problem" aria-label="Problems with these settings">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <div className="card__actions">
          <button type="submit" className="button button--go">
            Save settings
          </button>
          <button type="button" className="button" onClick={() => setDraft(toDraft(saved))}>
            Undo changes
          </button>
        </div>
      </form>
      <ScannerSetup wedge={parsed.ok ? parsed.settings.wedge : saved.wedge} onSuggest={edit} />
      <StationIdentity />
    </div>
  );
}
