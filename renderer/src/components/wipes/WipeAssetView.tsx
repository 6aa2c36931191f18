import { useEffect } from 'react';
import { LEVEL_WORDS } from '../../../../shared/domain/sanitization/vocabulary';
import { downloadDeviceCertificate, loadWipeAsset } from '../../actions/wipe-asset-actions';
import { backToQueue } from '../../actions/wipe-nav-actions';
import { assetLabel } from '../../format/asset-words';
import { localDateTime } from '../../format/time';
import { deadlineWords } from '../../format/wipe-words';
import { useWipeAssetStore } from '../../stores/wipe-asset-store';
import { AssetFacts } from '../asset/AssetFacts';
import { AddMediumForm } from './AddMediumForm';
import { MediumCard } from './MediumCard';

/** One device's wipe form: its policy and deadline, why it is still queued, and a card per drive. Esc goes back. */
export function WipeAssetView({ assetId, openMedium }: { readonly assetId: string; readonly openMedium: string | null }) {
  const view = useWipeAssetStore((s) => s.view);
  const problem = useWipeAssetStore((s) => s.problem);
  const addingMedium = useWipeAssetStore((s) => s.addingMedium);

  useEffect(() => {
    void loadWipeAsset(assetId, openMedium);
  }, [assetId, openMedium]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const store = useWipeAssetStore.getState();
      if (event.altKey && event.code === 'KeyA' && store.view?.inQueue === true) {
        event.preventDefault();
        store.setAddingMedium(true);
        return;
      }
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (store.recording !== null || store.validating !== null || store.addingMedium) store.closeForms();
      else backToQueue();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const shown = view !== null && view.asset.id === assetId ? view : null;

  return (
    <div className="asset-page wipe-asset">
      <div className="asset-page__head">
        <button type="button" className="button button--small" onClick={backToQueue}>
          ← Wipe queue <kbd>Esc</kbd>
        </button>
        <h1>{shown === null ? 'Device' : `Wipe: ${assetLabel(shown.asset)}`}</h1>
        {shown !== null && (
          <div className="asset-page__actions">
            {shown.inQueue && (
              <button type="button" className="button" title="Alt+A" onClick={() => useWipeAssetStore.getState().setAddingMedium(true)}>
                Add drive <kbd>Alt+A</kbd>
              </button>
            )}
            <button type="button" className="button" disabled={!shown.sanitized} onClick={() => void downloadDeviceCertificate(assetId)}>
              Certificate (PDF)
            </button>
          </div>
        )}
      </div>
      {problem !== null && <p className="problem">{problem}</p>}
      {shown !== null && (
        <>
          <AssetFacts asset={shown.asset} />
          <div className={`wipe-status${shown.sanitized ? ' wipe-status--done' : shown.overdue ? ' wipe-status--late' : ''}`} data-testid="wipe-status">
            <p>
              Policy: <strong>{LEVEL_WORDS[shown.requirement.level]}</strong> within {shown.requirement.deadlineDays} days of receipt
              {shown.requirement.validationRequired && ', validated by a second person'}
              {shown.receivedAt !== null && ` · received ${localDateTime(shown.receivedAt)}`}
              {shown.deadlineAt !== null && shown.inQueue && ` · ${deadlineWords(shown.deadlineAt, shown.asOf)}`}
            </p>
            {shown.sanitized && <p className="wipe-status__done">Sanitized to policy: not in the wipe queue.</p>}
            {!shown.sanitized && !shown.inQueue && <p>Not in the wipe queue (not received, or it has left the dock).</p>}
            {shown.reasons.length > 0 && (
              <ul aria-label="Why it is still in the wipe queue">
                {shown.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </div>
          {addingMedium && <AddMediumForm view={shown} />}
          {shown.media.map((medium) => (
            <MediumCard key={medium.id} view={shown} medium={medium} />
          ))}
        </>
      )}
    </div>
  );
}
