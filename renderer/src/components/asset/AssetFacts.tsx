import type { AssetView } from '../../../../shared/domain/asset';
import { classWords, heldBy, makeModel, statusWords } from '../../format/asset-words';

/** Who and what a device is: tag, serial, make and model, class, sensitivity (high stands out), holder and status. */
export function AssetFacts({ asset }: { readonly asset: AssetView }) {
  return (
    <dl className="facts">
      <div>
        <dt>Asset tag</dt>
        <dd className="facts__big">{asset.assetTag ?? '—'}</dd>
      </div>
      <div>
        <dt>Serial</dt>
        <dd className="facts__big">{asset.serial ?? '—'}</dd>
      </div>
      <div>
        <dt>Make and model</dt>
        <dd>{makeModel(asset)}</dd>
      </div>
      <div>
        <dt>Class</dt>
        <dd>{classWords(asset.assetClass)}</dd>
      </div>
      <div>
        <dt>Sensitivity</dt>
        <dd>
          {asset.sensitivity === 'high' ? (
            <span className="sensitivity sensitivity--high">HIGH sensitivity</span>
          ) : (
            <span className="sensitivity">Standard</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Custody</dt>
        <dd data-testid="held-by">held by {heldBy(asset)}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          {statusWords(asset.state.status)}
          {asset.state.condition !== null && ` · graded ${asset.state.condition}`}
        </dd>
      </div>
    </dl>
  );
}
