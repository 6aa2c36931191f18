import { create } from 'zustand';
import type { NwipePreview } from '../../../shared/domain/sanitization/wipe-views';

/** The log chosen for import (kept as base64, exactly as read) and the core's preview of it. */
export interface ChosenLog {
  readonly fileName: string;
  readonly contentBase64: string;
}

interface NwipeImportState {
  readonly log: ChosenLog | null;
  readonly preview: NwipePreview | null;
  readonly problem: string | null;
  chosen(log: ChosenLog): void;
  previewed(preview: NwipePreview): void;
  failed(problem: string): void;
  reset(): void;
}

export const useNwipeImportStore = create<NwipeImportState>()((set) => ({
  log: null,
  preview: null,
  problem: null,
  chosen: (log) => set({ log, preview: null, problem: null }),
  previewed: (preview) => set({ preview, problem: null }),
  failed: (problem) => set({ problem, preview: null }),
  reset: () => set({ log: null, preview: null, problem: null }),
}));
