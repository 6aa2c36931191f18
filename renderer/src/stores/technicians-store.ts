import { create } from 'zustand';
import type { Technician } from '../../../shared/domain/users';

interface TechniciansState {
  readonly technicians: readonly Technician[];
  readonly problem: string | null;
  loaded(technicians: readonly Technician[]): void;
  failed(problem: string): void;
}

export const useTechniciansStore = create<TechniciansState>()((set) => ({
  technicians: [],
  problem: null,
  loaded: (technicians) => set({ technicians, problem: null }),
  failed: (problem) => set({ problem }),
}));
