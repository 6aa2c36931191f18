import { RT5_DEFAULTS, SYNC_FIELDS, type SyncField } from '../../../../shared/domain/sync-config';
import { syncFieldWords } from '../../format/sync-words';
import type { Rt5Draft } from '../../sync/connector-draft';
import type { FieldProblems } from '../../sync/connector-problems';
import { FormField } from './FormField';

type NameKey = Exclude<keyof Rt5Draft, 'notWritten'>;

const NAMES: readonly { readonly key: NameKey; readonly label: string }[] = [
  { key: 'catalog', label: 'Asset catalog' },
  { key: 'pickupQueue', label: 'Pickup queue' },
  { key: 'returnsQueue', label: 'Offboarding returns queue' },
  { key: 'ticketKeyField', label: 'Ticket key custom field' },
  { key: 'timeZone', label: 'Time zone RT reads dates in' },
];

type Writable = Exclude<SyncField, 'marker'>;
const WRITABLE = SYNC_FIELDS.filter((field): field is Writable => field !== 'marker');

/** Where the dock's assets and tickets live in Request Tracker; blank uses RT's default, shown in grey. */
export function Rt5Fields({ rt5, problems, onChange }: { readonly rt5: Rt5Draft; readonly problems: FieldProblems; readonly onChange: (rt5: Rt5Draft) => void }) {
  const toggle = (field: Writable, off: boolean) =>
    onChange({ ...rt5, notWritten: off ? [...rt5.notWritten, field] : rt5.notWritten.filter((f) => f !== field) });
  return (
    <fieldset className="form-grid connector-form__rt5">
      <legend>Request Tracker</legend>
      {NAMES.map(({ key, label }) => (
        <FormField key={key} label={label} problem={problems[`settings.rt5.${key}`]}>
          <input
            value={rt5[key]}
            placeholder={RT5_DEFAULTS[key]}
            maxLength={key === 'timeZone' ? 64 : 200}
            spellCheck={false}
            onChange={(event) => onChange({ ...rt5, [key]: event.target.value })}
          />
        </FormField>
      ))}
      <fieldset className="field--wide connector-form__checks">
        <legend>Fields this RT has no custom field for (not written, not checked by the test)</legend>
        {WRITABLE.map((field) => (
          <label key={field} className="toggle">
            <input type="checkbox" checked={rt5.notWritten.includes(field)} onChange={(event) => toggle(field, event.target.checked)} />
            {syncFieldWords(field)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
