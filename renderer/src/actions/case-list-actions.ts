import type { CaseFilter } from '../../../shared/domain/cases/vocabulary';
import { call } from '../api/client';
import { errorText } from '../format/error-text';
import { CASE_PAGE_SIZE, useCasesStore } from '../stores/cases-store';

/** Loads one page of the case list (once per generation); the list asks for the pages that come into view. */
export async function loadCasePage(page: number): Promise<void> {
  const store = useCasesStore.getState();
  if (store.requested.has(page)) return;
  store.requestedPage(page);
  const { generation, filter } = useCasesStore.getState();
  const result = await call('cases.list', { filter, offset: page * CASE_PAGE_SIZE, limit: CASE_PAGE_SIZE });
  if (!result.ok) return useCasesStore.getState().failed(errorText(result.error).title);
  useCasesStore.getState().pageArrived(generation, page, result.value);
}

export async function refreshCases(): Promise<void> {
  useCasesStore.getState().refreshed();
  await loadCasePage(0);
}

export async function filterCases(filter: CaseFilter): Promise<void> {
  useCasesStore.getState().setFilter(filter);
  await refreshCases();
}
