import { create } from 'zustand';
import type { WipeAssetView } from '../../../shared/domain/sanitization/wipe-views';

/** The record form a medium has open: a new record, a retry of a failed or short one, or an escalation to Destroy. */
export type RecordIntent = { readonly kind: 'new' } | { readonly kind: 'retry'; readonly wipeId: string } | { readonly kind: 'escalate'; readonly wipeId: string };

interface WipeAssetState {
  readonly view: WipeAssetView | null;
  readonly problem: string | null;
  /** Which medium's record form is open, and for what. */
  readonly recording: { readonly mediumId: string; readonly intent: RecordIntent } | null;
  /** The record a second person is validating. */
  readonly validating: string | null;
  readonly addingMedium: boolean;
  loaded(view: WipeAssetView): void;
  failed(problem: string): void;
  openRecord(mediumId: string, intent: RecordIntent): void;
  openValidation(wipeId: string): void;
  setAddingMedium(adding: boolean): void;
  closeForms(): void;
}

export const useWipeAssetStore = create<WipeAssetState>()((set) => ({
  view: null,
  problem: null,
  recording: null,
  validating: null,
  addingMedium: false,
  loaded: (view) => set({ view, problem: null }),
  failed: (problem) => set({ problem, view: null }),
  openRecord: (mediumId, intent) => set({ recording: { mediumId, intent }, validating: null, addingMedium: false }),
  openValidation: (wipeId) => set({ validating: wipeId, recording: null, addingMedium: false }),
  setAddingMedium: (addingMedium) => set({ addingMedium, recording: null, validating: null }),
  closeForms: () => set({ recording: null, validating: null, addingMedium: false }),
}));
