import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

interface PagedRows {
  readonly total: number;
  readonly pageSize: number;
  readonly rowHeight: number;
  /** Fetches one page of rows from the core (a page already held or on its way is the caller's to skip). */
  readonly loadPage: (page: number) => Promise<void>;
}

/** A virtualised list over rows the core serves in pages: only the rows in view are drawn, only their pages fetched. */
export function usePagedRows({ total, pageSize, rowHeight, loadPage }: PagedRows) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (total === 0) return;
    for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page += 1) void loadPage(page);
  }, [first, last, total, pageSize, loadPage]);

  return { scrollRef, items, totalSize: virtualizer.getTotalSize() };
}
