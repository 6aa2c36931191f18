import { create } from 'zustand';
import type { CaseDetail, CaseImportPreview, CaseListPage, CaseRow } from '../../../shared/domain/cases/case-views';
import type { CaseFilter } from '../../../shared/domain/cases/vocabulary';

export const CASE_PAGE_SIZE = 100;

export type CasesView = { readonly kind: 'list' } | { readonly kind: 'case'; readonly caseId: string } | { readonly kind: 'import' } | { readonly kind: 'policy' };

/** The Returns screen: which view, the case list as far as it was looked at, the open case, an import being previewed. */
interface CasesState {
  readonly view: CasesView;
  readonly filter: CaseFilter;
  readonly generation: number;
  readonly total: number | null;
  readonly counts: CaseListPage['counts'] | null;
  readonly pages: ReadonlyMap<number, readonly CaseRow[]>;
  readonly requested: ReadonlySet<number>;
  readonly problem: string | null;
  readonly detail: CaseDetail | null;
  readonly importFile: { readonly fileName: string; readonly contentBase64: string } | null;
  /** The ITSM connector whose tickets are being previewed, when the import comes from there instead of a file. */
  readonly itsmConnector: string | null;
  readonly preview: CaseImportPreview | null;
  show(view: CasesView): void;
  setFilter(filter: CaseFilter): void;
  refreshed(): void;
  requestedPage(page: number): void;
  pageArrived(generation: number, page: number, answer: CaseListPage): void;
  failed(problem: string): void;
  detailLoaded(detail: CaseDetail): void;
  importChosen(file: { fileName: string; contentBase64: string }): void;
  itsmChosen(connectorId: string): void;
  previewed(preview: CaseImportPreview | null): void;
}

export const useCasesStore = create<CasesState>()((set, get) => ({
  view: { kind: 'list' },
  filter: 'open',
  generation: 0,
  total: null,
  counts: null,
  pages: new Map(),
  requested: new Set(),
  problem: null,
  detail: null,
  importFile: null,
  itsmConnector: null,
  preview: null,
  show: (view) => set({ view, detail: view.kind === 'case' && get().detail?.caseId === view.caseId ? get().detail : null }),
  setFilter: (filter) => set({ filter }),
  refreshed: () => set({ generation: get().generation + 1, pages: new Map(), requested: new Set(), problem: null }),
  requestedPage: (page) => set({ requested: new Set([...get().requested, page]) }),
  pageArrived: (generation, page, answer) => {
    if (generation !== get().generation) return;
    const pages = new Map(get().pages);
    pages.set(page, answer.rows);
    set({ pages, total: answer.total, counts: answer.counts, problem: null });
  },
  failed: (problem) => set({ problem }),
  detailLoaded: (detail) => set({ detail }),
  importChosen: (file) => set({ importFile: file, itsmConnector: null, preview: null }),
  itsmChosen: (connectorId) => set({ itsmConnector: connectorId, importFile: null, preview: null }),
  previewed: (preview) => set({ preview }),
}));

export function caseRowAt(pages: ReadonlyMap<number, readonly CaseRow[]>, index: number): CaseRow | undefined {
  return pages.get(Math.floor(index / CASE_PAGE_SIZE))?.[index % CASE_PAGE_SIZE];
}
