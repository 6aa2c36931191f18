import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { PickupLineView } from '../../../../shared/domain/pickups/pickup-views';
import { LINE_STATE_WORDS, RESOLUTION_WORDS, shortTime } from '../../format/pickup-words';

const ROW_HEIGHT = 48;

function details(line: PickupLineView): string {
  const parts = [
    ...(line.substitution ?? []),
    line.override === null ? '' : `Override by ${line.override.by}: ${line.override.reason}`,
    line.resolution === null ? '' : `${RESOLUTION_WORDS[line.resolution.kind]}: ${line.resolution.reason}`,
  ];
  return parts.filter((p) => p !== '').join(' · ');
}

interface Props {
  readonly lines: readonly PickupLineView[];
  readonly highlight: number | null;
  /** Offered on open discrepancies while the session is open. */
  readonly onResolve: ((line: PickupLineView) => void) | null;
}

/** The session's lines as a virtualised table: only the rows in view are in the page, so 10,000 lines scroll and update smoothly. */
export function PickupLinesTable({ lines, highlight, onResolve }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: lines.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

  useEffect(() => {
    if (highlight !== null) virtualizer.scrollToIndex(highlight - 1, { align: 'auto' });
  }, [highlight, virtualizer]);

  return (
    <div className="pickup-lines" role="table" aria-label="Session lines" aria-rowcount={lines.length}>
      <div className="pickup-lines__row pickup-lines__row--head" role="row">
        <span role="columnheader">#</span>
        <span role="columnheader">Serial / tag</span>
        <span role="columnheader">Model</span>
        <span role="columnheader">Container</span>
        <span role="columnheader">State</span>
        <span role="columnheader">Details</span>
      </div>
      <div className="pickup-lines__scroll" ref={scrollRef}>
        {lines.length === 0 && <p className="pickup-lines__empty">No lines yet: stage devices or scan to add.</p>}
        <div className="pickup-lines__space" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const line = lines[item.index];
            if (line === undefined) return null;
            const open = line.state === 'missing' || line.state === 'unexpected' || line.state === 'substituted';
            return (
              <div
                key={line.lineNo}
                role="row"
                aria-rowindex={item.index + 1}
                className={`pickup-lines__row pickup-lines__row--item pickup-lines__row--${line.state}${line.lineNo === highlight ? ' pickup-lines__row--last' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <span role="cell">{line.lineNo}</span>
                <span role="cell">
                  <strong>{line.assetTag ?? line.serial ?? line.scannedValue ?? ''}</strong>
                  <small>{line.assetTag === null ? '' : (line.serial ?? '')}</small>
                </span>
                <span role="cell">{`${line.make} ${line.model}`.trim()}</span>
                <span role="cell">
                  {line.containerLabel ?? ''}
                  <small>{shortTime(line.scannedAt)}</small>
                </span>
                <span role="cell" className="pickup-lines__state">
                  {LINE_STATE_WORDS[line.state]}
                </span>
                <span role="cell" className="pickup-lines__details">
                  <span className="pickup-lines__text" title={details(line)}>
                    {details(line)}
                  </span>
                  {open && onResolve !== null && (
                    <button type="button" className="button button--small" onClick={() => onResolve(line)}>
                      Resolve
                    </button>
                  )}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
