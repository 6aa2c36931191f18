import { create } from 'zustand';
import type { BatchInfo, LookupResult } from '../../../shared/views';
import { EMPTY_DRAFT, type GradeDraft } from '../grading/grade-draft';
import type { ScanEntry } from '../scan/entry';

export type KnownLookup = Extract<LookupResult, { kind: 'known' }>;
export type UnknownLookup = Extract<LookupResult, { kind: 'unknown' }>;

/** A known device on screen, waiting for its grade and Enter (or Esc). */
export interface OpenCard {
  readonly lookup: KnownLookup;
  readonly entry: ScanEntry;
  readonly draft: GradeDraft;
}

/** An unknown code, waiting for the quick-create form to be saved (or Esc). */
export interface OpenCreate {
  readonly entry: ScanEntry;
  readonly suggestion: UnknownLookup['suggestion'];
}

/** Work for the receive desk, done strictly one after another so a fast burst of scans keeps its order. */
export type ReceiveTask = { readonly kind: 'entry'; readonly entry: ScanEntry } | { readonly kind: 'confirm' };

interface ReceiveState {
  readonly batch: BatchInfo | null;
  /** A batch is being started (so opening the screen twice quickly starts only one). */
  readonly batchStarting: boolean;
  readonly quickReceive: boolean;
  readonly lastEntry: ScanEntry | null;
  readonly card: OpenCard | null;
  readonly create: OpenCreate | null;
  readonly tasks: readonly ReceiveTask[];
  readonly working: boolean;
  readonly saving: boolean;
  batchLoaded(batch: BatchInfo): void;
  setBatchStarting(starting: boolean): void;
  setQuickReceive(on: boolean): void;
  enqueue(task: ReceiveTask): void;
  /** Takes the next task off the queue, or null when there is none. */
  nextTask(): ReceiveTask | null;
  setWorking(working: boolean): void;
  setSaving(saving: boolean): void;
  openCard(lookup: KnownLookup, entry: ScanEntry): void;
  updateDraft(draft: GradeDraft): void;
  closeCard(): void;
  openCreate(create: OpenCreate): void;
  closeCreate(): void;
  reset(): void;
}

const INITIAL = {
  batch: null,
  batchStarting: false,
  quickReceive: false,
  lastEntry: null,
  card: null,
  create: null,
  tasks: [],
  working: false,
  saving: false,
} as const;

export const useReceiveStore = create<ReceiveState>()((set, get) => ({
  ...INITIAL,
  batchLoaded: (batch) => set({ batch }),
  setBatchStarting: (batchStarting) => set({ batchStarting }),
  setQuickReceive: (quickReceive) => set({ quickReceive }),
  enqueue: (task) =>
    set((s) => ({ tasks: [...s.tasks, task], lastEntry: task.kind === 'entry' && task.entry.value !== '' ? task.entry : s.lastEntry })),
  nextTask: () => {
    const [next, ...rest] = get().tasks;
    if (next === undefined) return null;
    set({ tasks: rest });
    return next;
  },
  setWorking: (working) => set({ working }),
  setSaving: (saving) => set({ saving }),
  openCard: (lookup, entry) => set({ card: { lookup, entry, draft: EMPTY_DRAFT }, create: null }),
  updateDraft: (draft) => set((s) => (s.card === null ? {} : { card: { ...s.card, draft } })),
  closeCard: () => set({ card: null }),
  openCreate: (create) => set({ create, card: null }),
  closeCreate: () => set({ create: null }),
  reset: () => set(INITIAL),
}));
