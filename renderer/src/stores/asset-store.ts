import { create } from 'zustand';
import type { AssetDetail } from '../../../shared/views';

interface AssetPageState {
  readonly detail: AssetDetail | null;
  readonly loading: boolean;
  /** Why the asset could not be shown, in words. */
  readonly problem: string | null;
  loadingStarted(): void;
  loaded(detail: AssetDetail): void;
  failed(problem: string): void;
}

export const useAssetStore = create<AssetPageState>()((set) => ({
  detail: null,
  loading: false,
  problem: null,
  loadingStarted: () => set({ loading: true, problem: null }),
  loaded: (detail) => set({ detail, loading: false, problem: null }),
  failed: (problem) => set({ loading: false, problem, detail: null }),
}));
