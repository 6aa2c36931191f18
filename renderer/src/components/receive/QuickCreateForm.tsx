import { useState, type FormEvent } from 'react';
import { ASSET_CLASSES, SENSITIVITY_TIERS, type AssetClass, type Sensitivity } from '../../../../shared/domain/asset';
import { saveQuickCreate } from '../../actions/quick-create';
import { cancelOpen } from '../../actions/receive-record';
import { classWords } from '../../format/asset-words';
import { oneOf } from '../../format/one-of';
import { useReceiveStore, type OpenCreate } from '../../stores/receive-store';

/** An unknown code: add the device without leaving the flow. Enter saves and goes on to the grade card; Esc cancels. */
export function QuickCreateForm({ create }: { readonly create: OpenCreate }) {
  const saving = useReceiveStore((s) => s.saving);
  const [assetTag, setAssetTag] = useState(create.suggestion.assetTag ?? '');
  const [serial, setSerial] = useState(create.suggestion.serial ?? '');
  const [make, setMake] = useState('');
  const [model, setModel] = useState('');
  const [assetClass, setAssetClass] = useState<AssetClass>('laptop');
  const [sensitivity, setSensitivity] = useState<Sensitivity>('standard');
  const [custodian, setCustodian] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void saveQuickCreate({ assetTag, serial, make, model, assetClass, sensitivity, custodian });
  };

  return (
    <form
      className="card card--create"
      aria-label="Add a device that is not on record"
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          cancelOpen();
        }
      }}
    >
      <h2 className="card__title">Not on record: add it</h2>
      <div className="form-grid">
        <label className="field">
          <span>Asset tag</span>
          <input value={assetTag} onChange={(e) => setAssetTag(e.target.value)} autoFocus={assetTag === ''} maxLength={64} />
        </label>
        <label className="field">
          <span>Serial</span>
          <input value={serial} onChange={(e) => setSerial(e.target.value)} maxLength={64} />
        </label>
        <label className="field">
          <span>Make</span>
          <input value={make} onChange={(e) => setMake(e.target.value)} autoFocus={assetTag !== ''} maxLength={80} />
        </label>
        <label className="field">
          <span>Model</span>
          <input value={model} onChange={(e) => setModel(e.target.value)} maxLength={120} />
        </label>
        <label className="field">
          <span>Class</span>
          <select value={assetClass} onChange={(e) => setAssetClass(oneOf(ASSET_CLASSES, e.target.value, 'laptop'))}>
            {ASSET_CLASSES.map((c) => (
              <option key={c} value={c}>
                {classWords(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Sensitivity</span>
          <select value={sensitivity} onChange={(e) => setSensitivity(oneOf(SENSITIVITY_TIERS, e.target.value, 'standard'))}>
            <option value="standard">Standard</option>
            <option value="high">High (financial, health or legal data)</option>
          </select>
        </label>
        <label className="field field--wide">
          <span>Custodian (who returned it)</span>
          <input value={custodian} onChange={(e) => setCustodian(e.target.value)} maxLength={120} />
        </label>
      </div>
      <div className="card__actions">
        <button type="submit" className="button button--go" disabled={saving}>
          Save and grade <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={cancelOpen}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
