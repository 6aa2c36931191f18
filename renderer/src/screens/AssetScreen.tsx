import { useEffect, useState } from 'react';
import { exportEvidence, loadAsset } from '../actions/asset-actions';
import { leaveAssetPage } from '../actions/nav-actions';
import { AssetFacts } from '../components/asset/AssetFacts';
import { ChainState } from '../components/custody/ChainState';
import { EventTable } from '../components/custody/EventTable';
import { GradeLaterForm } from '../components/asset/GradeLaterForm';
import { NoteForm } from '../components/asset/NoteForm';
import { assetLabel } from '../format/asset-words';
import { useAssetStore } from '../stores/asset-store';

/** One device: identity, current state, its whole custody history and whether its chain verifies. Esc goes back. */
export function AssetScreen({ assetId }: { readonly assetId: string }) {
  const detail = useAssetStore((s) => s.detail);
  const loading = useAssetStore((s) => s.loading);
  const problem = useAssetStore((s) => s.problem);
  const [grading, setGrading] = useState(false);

  useEffect(() => {
    void loadAsset(assetId);
  }, [assetId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) leaveAssetPage();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const shown = detail !== null && detail.asset.id === assetId ? detail : null;

  return (
    <div className="asset-page">
      <div className="asset-page__head">
        <button type="button" className="button button--small" onClick={leaveAssetPage}>
          ← Back <kbd>Esc</kbd>
        </button>
        <h1>{shown === null ? 'Device' : assetLabel(shown.asset)}</h1>
        {shown !== null && (
          <div className="asset-page__actions">
            <button type="button" className="button" onClick={() => setGrading(true)} disabled={grading}>
              Grade
            </button>
            <button type="button" className="button" onClick={() => void exportEvidence(assetId)}>
              Export evidence
            </button>
          </div>
        )}
      </div>
      {problem !== null && <p className="problem">{problem}</p>}
      {shown === null && problem === null && loading && <p>Loading…</p>}
      {shown !== null && (
        <div className="asset-page__body">
          <div className="asset-page__side">
            <AssetFacts asset={shown.asset} />
            <ChainState report={shown.verification} scope="This device's custody chain" />
            <NoteForm assetId={assetId} />
          </div>
          <div className="asset-page__main">
            {grading && <GradeLaterForm assetId={assetId} onDone={() => setGrading(false)} />}
            <EventTable events={shown.events} />
          </div>
        </div>
      )}
    </div>
  );
}
