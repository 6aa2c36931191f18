import { LEVEL_WORDS } from '../../../../shared/domain/sanitization/vocabulary';
import type { WipeQueueRow } from '../../../../shared/domain/sanitization/wipe-views';
import { loadQueuePage } from '../../actions/wipe-queue-actions';
import { openWipeAsset } from '../../actions/wipe-nav-actions';
import { classWords } from '../../format/asset-words';
import { deadlineWords, waited } from '../../format/wipe-words';
import { QUEUE_PAGE_SIZE, rowAt, useWipeQueueStore } from '../../stores/wipe-queue-store';
import { usePagedRows } from '../common/use-paged-rows';

const ROW_HEIGHT = 58;

function QueueRow({ row, asOf }: { readonly row: WipeQueueRow; readonly asOf: string }) {
  return (
    <>
      <span role="cell" className="queue__id">
        <strong>{row.label}</strong>
        <small>{row.serial ?? ''}</small>
      </span>
      <span role="cell">
        {`${row.make} ${row.model}`.trim() || classWords(row.assetClass)}
        <small>
          {classWords(row.assetClass)}
          {row.sensitivity === 'high' && <span className="sensitivity sensitivity--high">HIGH</span>}
        </small>
      </span>
      <span role="cell">
        waited {waited(row.receivedAt, asOf)}
        <small className={row.overdue ? 'queue__late' : undefined}>{deadlineWords(row.deadlineAt, asOf)}</small>
      </span>
      <span role="cell">
        {LEVEL_WORDS[row.requiredLevel]}
        <small>
          {row.mediaDone}/{row.media} drive{row.media === 1 ? '' : 's'} done
        </small>
      </span>
      <span role="cell" className="queue__reason">
        {row.reason}
        {row.reasons > 1 && <small> (+{row.reasons - 1} more)</small>}
      </span>
    </>
  );
}

/**
 * The queue as a virtualised table: only the rows in view are in the page, and only the pages of
 * 100 rows that come into view are fetched from the core.
 */
export function WipeQueueList() {
  const total = useWipeQueueStore((s) => s.total) ?? 0;
  const pages = useWipeQueueStore((s) => s.pages);
  const asOf = useWipeQueueStore((s) => s.asOf) ?? new Date().toISOString();
  const { scrollRef, items, totalSize } = usePagedRows({ total, pageSize: QUEUE_PAGE_SIZE, rowHeight: ROW_HEIGHT, loadPage: loadQueuePage });

  return (
    <div className="queue" role="table" aria-label="Wipe queue" aria-rowcount={total}>
      <div className="queue__row queue__row--head" role="row">
        <span role="columnheader">Device</span>
        <span role="columnheader">Make, model, class</span>
        <span role="columnheader">Waited / deadline</span>
        <span role="columnheader">Policy</span>
        <span role="columnheader">Why it is here</span>
      </div>
      <div className="queue__scroll" ref={scrollRef} data-testid="queue-scroll">
        {total === 0 && <p className="queue__empty">Nothing waits for sanitization.</p>}
        <div className="queue__space" style={{ height: totalSize }}>
          {items.map((item) => {
            const row = rowAt(pages, item.index);
            return (
              <div
                key={item.index}
                role="row"
                aria-rowindex={item.index + 1}
                className={`queue__row queue__row--item${row?.overdue === true ? ' queue__row--overdue' : ''}${row?.sensitivity === 'high' ? ' queue__row--high' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => row !== undefined && openWipeAsset(row.assetId)}
              >
                {row === undefined ? <span role="cell">Loading…</span> : <QueueRow row={row} asOf={asOf} />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
