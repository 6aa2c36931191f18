import { call } from '../api/client';
import { errorText } from '../format/error-text';
import { useSearchStore } from '../stores/search-store';

export const SEARCH_LIMIT = 200;

/** Searches by tag, serial or custodian; results that arrive after the query changed again are dropped. */
export async function runSearch(query: string): Promise<void> {
  const result = await call('assets.search', { query, limit: SEARCH_LIMIT });
  if (useSearchStore.getState().query !== query) return;
  if (!result.ok) return useSearchStore.getState().failed(errorText(result.error).title);
  useSearchStore.getState().answered(query, result.value);
}
