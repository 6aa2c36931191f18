import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { AssetView } from '../../../../shared/domain/asset';
import { assetLabel, makeModel, statusWords } from '../../format/asset-words';

const ROW_HEIGHT = 44;

interface ResultsTableProps {
  readonly results: readonly AssetView[];
  readonly selected: number;
  readonly onOpen: (asset: AssetView) => void;
}

/** Search results as a virtualised table: only the rows in view are in the page, however many there are. */
export function ResultsTable({ results, selected, onOpen }: ResultsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: results.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });

  useEffect(() => {
    if (results.length > 0) virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, results.length, virtualizer]);

  return (
    <div className="results" role="table" aria-label="Search results" aria-rowcount={results.length}>
      <div className="results__row results__row--head" role="row">
        <span role="columnheader">Asset tag</span>
        <span role="columnheader">Serial</span>
        <span role="columnheader">Make and model</span>
        <span role="columnheader">Custodian</span>
        <span role="columnheader">Status</span>
      </div>
      <div className="results__scroll" ref={scrollRef} data-testid="results-scroll">
        <div className="results__space" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const asset = results[item.index];
            if (asset === undefined) return null;
            return (
              <div
                key={asset.id}
                role="row"
                aria-rowindex={item.index + 1}
                aria-selected={item.index === selected}
                className="results__row results__row--item"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => onOpen(asset)}
              >
                <span role="cell" className="results__tag">
                  {assetLabel(asset)}
                </span>
                <span role="cell">{asset.serial ?? '—'}</span>
                <span role="cell">{makeModel(asset)}</span>
                <span role="cell">{asset.custodian ?? '—'}</span>
                <span role="cell">
                  {statusWords(asset.state.status)}
                  {asset.state.condition !== null && ` · ${asset.state.condition}`}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
