import { useEffect, type KeyboardEvent } from 'react';
import type { AssetView } from '../../../shared/domain/asset';
import { openAssetPage } from '../actions/nav-actions';
import { runSearch } from '../actions/search-actions';
import { ResultsTable } from '../components/search/ResultsTable';
import { useSearchStore } from '../stores/search-store';

const TYPING_PAUSE_MS = 200;

/** Find a device by asset tag, serial or custodian (results refresh on every visit). Arrows move, Enter or a click opens the device. */
export function SearchScreen() {
  const query = useSearchStore((s) => s.query);
  const results = useSearchStore((s) => s.results);
  const resultsFor = useSearchStore((s) => s.resultsFor);
  const selected = useSearchStore((s) => s.selected);
  const problem = useSearchStore((s) => s.problem);
  const setQuery = useSearchStore((s) => s.setQuery);
  const select = useSearchStore((s) => s.select);

  useEffect(() => {
    void runSearch(useSearchStore.getState().query);
  }, []);

  useEffect(() => {
    if (resultsFor === query) return undefined;
    const timer = window.setTimeout(() => void runSearch(query), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [query, resultsFor]);

  const open = (asset: AssetView) => openAssetPage(asset.id);

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      select(selected + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (resultsFor !== query) await runSearch(query);
      const state = useSearchStore.getState();
      const chosen = state.results[state.selected];
      if (chosen !== undefined && state.resultsFor === query) open(chosen);
    } else if (event.key === 'Escape') {
      setQuery('');
    }
  };

  const upToDate = resultsFor === query;

  return (
    <div className="search">
      <label className="scan-field">
        <span className="scan-field__label">Search by asset tag, serial or custodian</span>
        <input
          className="scan-field__input"
          type="search"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => void onKeyDown(event)}
        />
      </label>
      <p className="search__count" data-testid="result-count">
        {problem ?? (upToDate ? `${results.length} device${results.length === 1 ? '' : 's'} found` : 'Searching…')}
        {upToDate && results.length > 0 && ' · ↑ ↓ to choose, Enter to open'}
      </p>
      <ResultsTable results={results} selected={selected} onOpen={open} />
    </div>
  );
}
