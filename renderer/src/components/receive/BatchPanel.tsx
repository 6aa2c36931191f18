import { openAssetPage } from '../../actions/nav-actions';
import { newBatch } from '../../actions/receive-batch';
import { localTime } from '../../format/time';
import { useReceiveStore } from '../../stores/receive-store';

/** The receiving batch so far, newest first. A row opens the device's page. */
export function BatchPanel() {
  const batch = useReceiveStore((s) => s.batch);
  const count = batch?.items.length ?? 0;

  return (
    <aside className="batch" aria-label="This batch">
      <div className="batch__head">
        <h2>
          This batch <span className="batch__count" data-testid="batch-count">{count} received</span>
        </h2>
        <button type="button" className="button button--small" onClick={() => void newBatch()}>
          New batch
        </button>
      </div>
      {batch !== null && <p className="batch__started">Started {localTime(batch.startedAt)}</p>}
      <ol className="batch__list" aria-label="Received in this batch, newest first">
        {batch?.items.map((item) => (
          <li key={item.assetId}>
            <button type="button" className="batch__item" onClick={() => openAssetPage(item.assetId)}>
              <span className="batch__label">{item.label}</span>
              <span className="batch__grade">{item.condition ?? 'not graded'}</span>
              <span className="batch__model">{item.model}</span>
              <span className="batch__time">{localTime(item.receivedAt)}</span>
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
