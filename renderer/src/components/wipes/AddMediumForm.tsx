import { useState, type FormEvent } from 'react';
import { MEDIA_TYPES, MEDIA_TYPE_WORDS, type MediaType } from '../../../../shared/domain/sanitization/vocabulary';
import type { WipeAssetView } from '../../../../shared/domain/sanitization/wipe-views';
import { addMedium } from '../../actions/wipe-asset-actions';
import { useWipeAssetStore } from '../../stores/wipe-asset-store';
import { Choice } from './Choice';

/** Adds a drive inside the host: scan its serial into the first field, pick its type, Enter. A loose drive can be its own medium. */
export function AddMediumForm({ view }: { readonly view: WipeAssetView }) {
  const own = view.asset.assetClass === 'drive' && view.media.length === 0;
  const [serial, setSerial] = useState(own ? (view.asset.serial ?? '') : '');
  const [mediaType, setMediaType] = useState<MediaType>(view.asset.assetClass === 'phone' || view.asset.assetClass === 'tablet' ? 'phone-storage' : 'ssd');
  const [make, setMake] = useState(own ? view.asset.make : '');
  const [model, setModel] = useState(own ? view.asset.model : '');
  const [propertyNumber, setPropertyNumber] = useState('');
  const [capacity, setCapacity] = useState('');
  const [saving, setSaving] = useState(false);

  // A scanner that ends with CR+LF, or a second Enter while the first is saving, must not add the drive twice.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    void addMedium({ assetId: view.asset.id, serial, mediaType, make, model, propertyNumber, capacity }).finally(() => setSaving(false));
  };

  return (
    <form
      className="wipe-form"
      aria-label="Add a drive"
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          useWipeAssetStore.getState().closeForms();
        }
      }}
    >
      <h3>Add a drive</h3>
      <div className="form-grid">
        <label className="field">
          <span>Drive serial (scan its label)</span>
          <input value={serial} onChange={(e) => setSerial(e.target.value)} maxLength={64} autoFocus autoComplete="off" spellCheck={false} />
        </label>
        <Choice label="Type" value={mediaType} options={MEDIA_TYPES} words={MEDIA_TYPE_WORDS} onChange={setMediaType} />
        <label className="field">
          <span>Make</span>
          <input value={make} onChange={(e) => setMake(e.target.value)} maxLength={80} />
        </label>
        <label className="field">
          <span>Model</span>
          <input value={model} onChange={(e) => setModel(e.target.value)} maxLength={120} />
        </label>
        <label className="field">
          <span>Property number</span>
          <input value={propertyNumber} onChange={(e) => setPropertyNumber(e.target.value)} maxLength={64} />
        </label>
        <label className="field">
          <span>Capacity</span>
          <input value={capacity} onChange={(e) => setCapacity(e.target.value)} maxLength={40} placeholder="e.g. 512 GB" />
        </label>
      </div>
      <div className="card__actions">
        <button type="submit" className="button button--go">
          Add drive <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={() => useWipeAssetStore.getState().closeForms()}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
