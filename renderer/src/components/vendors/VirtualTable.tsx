import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

export interface VirtualTableProps {
  readonly label: string;
  /** A modifier class that sets the grid columns (vtable--lines, vtable--review, vtable--aging). */
  readonly variant: string;
  readonly headings: readonly string[];
  readonly count: number;
  readonly rowHeight: number;
  readonly empty: string;
  readonly cells: (index: number) => ReactNode;
  readonly rowClass?: (index: number) => string;
  readonly selected?: number | null;
  readonly onPick?: (index: number) => void;
}

/** A long table where only the rows in view are in the page (thousands of report lines stay fast). */
export function VirtualTable({ label, variant, headings, count, rowHeight, empty, cells, rowClass, selected = null, onPick }: VirtualTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 8 });
  return (
    <div className={`vtable ${variant}`} role="table" aria-label={label} aria-rowcount={count}>
      <div className="vtable__row vtable__row--head" role="row">
        {headings.map((h) => (
          <span role="columnheader" key={h}>
            {h}
          </span>
        ))}
      </div>
      <div className="vtable__scroll" ref={scrollRef}>
        {count === 0 && <p className="vtable__empty">{empty}</p>}
        <div className="vtable__space" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <div
              key={item.index}
              role="row"
              aria-rowindex={item.index + 1}
              aria-selected={onPick === undefined ? undefined : item.index === selected}
              tabIndex={onPick === undefined ? undefined : 0}
              className={`vtable__row vtable__row--item ${rowClass?.(item.index) ?? ''}`}
              style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
              onClick={() => onPick?.(item.index)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onPick?.(item.index);
                }
              }}
            >
              {cells(item.index)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
