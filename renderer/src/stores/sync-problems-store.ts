import { create } from 'zustand';
import type { SyncProblem, SyncResolution, SyncWaitingList } from '../../../shared/views';

interface SyncProblemsState {
  /** Dead letters and conflicts, oldest first. */
  readonly problems: readonly SyncProblem[];
  /** Supervisors' decisions, newest first (supervisors only). */
  readonly resolutions: readonly SyncResolution[];
  /** The oldest events still to be sent, and how many wait in all. */
  readonly waiting: SyncWaitingList;
  readonly problem: string | null;
  loaded(problems: readonly SyncProblem[], resolutions: readonly SyncResolution[], waiting: SyncWaitingList): void;
  failed(problem: string): void;
}

/** What the Sync screen lists for a supervisor to decide, and what was decided. */
export const useSyncProblemsStore = create<SyncProblemsState>()((set) => ({
  problems: [],
  resolutions: [],
  waiting: { items: [], total: 0 },
  problem: null,
  loaded: (problems, resolutions, waiting) => set({ problems, resolutions, waiting, problem: null }),
  failed: (problem) => set({ problem }),
}));
