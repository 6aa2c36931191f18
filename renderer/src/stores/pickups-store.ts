import { create } from 'zustand';
import type { PickupCounters } from '../../../shared/domain/pickups/line-state';
import type { PickupLineView, PickupOverview, SessionSummary, SessionView } from '../../../shared/domain/pickups/pickup-views';
import type { ScanSource } from '../../../shared/domain/scan';

export type PickupsView = { readonly kind: 'home' } | { readonly kind: 'session'; readonly sessionId: string } | { readonly kind: 'review' };

/** A scan the core refused that a supervisor may override: what was scanned, how it was read, and why it was refused. */
export interface PendingOverride {
  readonly raw: string;
  readonly source: ScanSource;
  readonly label: string;
  readonly reasons: readonly string[];
}

interface PickupsState {
  readonly view: PickupsView;
  readonly overview: PickupOverview | null;
  readonly session: SessionView | null;
  /** The session's lines, kept apart so one scan replaces one line without reloading 10,000. */
  readonly lines: readonly PickupLineView[];
  readonly counters: PickupCounters | null;
  readonly lastLineNo: number | null;
  readonly pending: PendingOverride | null;
  readonly review: readonly SessionSummary[];
  show(view: PickupsView): void;
  overviewLoaded(overview: PickupOverview): void;
  sessionLoaded(session: SessionView): void;
  lineScanned(line: PickupLineView, counters: PickupCounters): void;
  countersSeen(counters: PickupCounters): void;
  setPending(pending: PendingOverride | null): void;
  reviewLoaded(rows: readonly SessionSummary[]): void;
}

export const usePickupsStore = create<PickupsState>()((set, get) => ({
  view: { kind: 'home' },
  overview: null,
  session: null,
  lines: [],
  counters: null,
  lastLineNo: null,
  pending: null,
  review: [],
  show: (view) => set({ view, pending: null, ...(view.kind === 'session' ? {} : { session: null, lines: [], counters: null, lastLineNo: null }) }),
  overviewLoaded: (overview) => set({ overview }),
  sessionLoaded: (session) => set({ session, lines: session.lines, counters: session.summary.counters }),
  lineScanned: (line, counters) => {
    const lines = get().lines;
    const index = line.lineNo - 1;
    const next = index < lines.length ? lines.map((l, i) => (i === index ? line : l)) : [...lines, line];
    set({ lines: next, counters, lastLineNo: line.lineNo, pending: null });
  },
  countersSeen: (counters) => set({ counters }),
  setPending: (pending) => set({ pending }),
  reviewLoaded: (review) => set({ review }),
}));
