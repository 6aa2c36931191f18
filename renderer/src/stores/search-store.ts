import { create } from 'zustand';
import type { AssetView } from '../../../shared/domain/asset';

interface SearchState {
  readonly query: string;
  /** The query the results answer (results lag the typed query while a search runs). */
  readonly resultsFor: string | null;
  readonly results: readonly AssetView[];
  readonly selected: number;
  readonly problem: string | null;
  setQuery(query: string): void;
  answered(query: string, results: readonly AssetView[]): void;
  failed(problem: string): void;
  select(index: number): void;
}

export const useSearchStore = create<SearchState>()((set, get) => ({
  query: '',
  resultsFor: null,
  results: [],
  selected: 0,
  problem: null,
  setQuery: (query) => set({ query }),
  answered: (query, results) => set({ resultsFor: query, results, selected: 0, problem: null }),
  failed: (problem) => set({ problem }),
  select: (index) => set({ selected: Math.max(0, Math.min(index, get().results.length - 1)) }),
}));
