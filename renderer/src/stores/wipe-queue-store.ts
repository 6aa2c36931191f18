import { create } from 'zustand';
import type { WipeQueuePage, WipeQueueRow } from '../../../shared/domain/sanitization/wipe-views';

export const QUEUE_PAGE_SIZE = 100;

/**
 * The wipe queue as far as it has been looked at: the counts, and only the pages of rows that came
 * into view. A new generation (after a refresh) drops pages of the older one as they arrive.
 */
interface WipeQueueState {
  readonly generation: number;
  readonly total: number | null;
  readonly overdue: number;
  readonly highSensitivity: number;
  readonly asOf: string | null;
  readonly pages: ReadonlyMap<number, readonly WipeQueueRow[]>;
  readonly requested: ReadonlySet<number>;
  readonly problem: string | null;
  refreshed(): number;
  requestedPage(page: number): void;
  pageArrived(generation: number, page: number, answer: WipeQueuePage): void;
  failed(problem: string): void;
}

export const useWipeQueueStore = create<WipeQueueState>()((set, get) => ({
  generation: 0,
  total: null,
  overdue: 0,
  highSensitivity: 0,
  asOf: null,
  pages: new Map(),
  requested: new Set(),
  problem: null,
  refreshed: () => {
    const generation = get().generation + 1;
    set({ generation, pages: new Map(), requested: new Set(), problem: null });
    return generation;
  },
  requestedPage: (page) => set({ requested: new Set([...get().requested, page]) }),
  pageArrived: (generation, page, answer) => {
    if (generation !== get().generation) return;
    const pages = new Map(get().pages);
    pages.set(page, answer.rows);
    set({ pages, total: answer.total, overdue: answer.overdue, highSensitivity: answer.highSensitivity, asOf: answer.asOf, problem: null });
  },
  failed: (problem) => set({ problem }),
}));

export function rowAt(pages: ReadonlyMap<number, readonly WipeQueueRow[]>, index: number): WipeQueueRow | undefined {
  return pages.get(Math.floor(index / QUEUE_PAGE_SIZE))?.[index % QUEUE_PAGE_SIZE];
}
