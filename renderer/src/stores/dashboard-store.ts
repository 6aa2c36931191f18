import { create } from 'zustand';
import type { DashboardView } from '../../../shared/domain/cases/case-views';

interface DashboardState {
  readonly view: DashboardView | null;
  loaded(view: DashboardView): void;
}

export const useDashboardStore = create<DashboardState>()((set) => ({
  view: null,
  loaded: (view) => set({ view }),
}));
