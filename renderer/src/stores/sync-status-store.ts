import { create } from 'zustand';
import type { SyncStatus } from '../../../shared/views';

interface SyncStatusState {
  readonly status: SyncStatus | null;
  /** When the status was last read (ms since epoch): the "now" its relative times are told from. */
  readonly checkedAtMs: number;
  /** A read is under way (so polls never pile up). */
  readonly reading: boolean;
  /** Why the status could not be read, in words. */
  readonly problem: string | null;
  setReading(reading: boolean): void;
  loaded(status: SyncStatus, atMs: number): void;
  failed(problem: string): void;
}

/** The sync indicator's data: what the worker last recorded, as the core reports it. */
export const useSyncStatusStore = create<SyncStatusState>()((set) => ({
  status: null,
  checkedAtMs: 0,
  reading: false,
  problem: null,
  setReading: (reading) => set({ reading }),
  loaded: (status, checkedAtMs) => set({ status, checkedAtMs, problem: null }),
  failed: (problem) => set({ problem }),
}));
