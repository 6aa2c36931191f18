import { create } from 'zustand';
import type { SyncProblem, SyncResolution } from '../../../shared/views';

interface SyncProblemsState {
  /** Dead letters and conflicts, oldest first. */
  readonly problems: readonly SyncProblem[];
  /** Supervisors' decisions, newest first (supervisors only). */
  readonly resolutions: readonly SyncResolution[];
  readonly problem: string | null;
  loaded(problems: readonly SyncProblem[], resolutions: readonly SyncResolution[]): void;
  failed(problem: string): void;
}

/** What the Sync screen lists for a supervisor to decide, and what was decided. */
export const useSyncProblemsStore = create<SyncProblemsState>()((set) => ({
  problems: [],
  resolutions: [],
  problem: null,
  loaded: (problems, resolutions) => set({ problems, resolutions, problem: null }),
  failed: (problem) => set({ problem }),
}));
