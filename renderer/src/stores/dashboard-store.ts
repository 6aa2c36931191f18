import { create } from 'zustand';
import type { DashboardView } from '../../../shared/domain/cases/case-views';

interface DashboardState {
  readonly view: DashboardView | null;
  loaded(view: DashboardView): void;
  /** Leaving the screen drops the figures: coming back always shows fresh ones, never stale ones first. */
  left(): void;
}

export const useDashboardStore = create<DashboardState>()((set) => ({
  view: null,
  loaded: (view) => set({ view }),
  left: () => set({ view: null }),
}));
