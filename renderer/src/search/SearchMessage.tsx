import type { AppError } from '../../../shared/result';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';
import type { SearchState } from './useSearch';

export type RebuildState = 'idle' | 'running' | 'done' | { readonly failed: AppError };

/**
 * What the results area says when it has no results to list: how to start, to keep typing, that
 * it is searching, that nothing matched (with a way out of the filters), or that search failed
 * (with Try again and, for recovery, Rebuild the search index).
 */
export function SearchMessage({
  state,
  rebuild,
  onRetry,
  onRebuild,
  onClearFilters,
}: Readonly<{ state: SearchState; rebuild: RebuildState; onRetry: () => void; onRebuild: () => void; onClearFilters: () => void }>) {
  const { t } = useText();
  if (state.status === 'failed' || typeof rebuild === 'object') {
    const error = typeof rebuild === 'object' ? rebuild.failed : (state as { error: AppError }).error;
    return (
      <div className="search-message search-message--error">
        <h3>{t('search:state.errorHeading')}</h3>
        <p role="alert">{t(errorMessageKey(error.code))}</p>
        <div className="search-message__actions">
          <button type="button" className="button" onClick={onRetry}>
            {t('common:retry')}
          </button>
          <button type="button" className="button button--secondary" onClick={onRebuild} disabled={rebuild === 'running'}>
            {t('search:state.rebuild')}
          </button>
        </div>
        {rebuild === 'running' ? <p>{t('search:state.rebuilding')}</p> : null}
      </div>
    );
  }
  if (state.status === 'idle') return <p className="search-message">{t('search:state.prompt')}</p>;
  if (state.status === 'loading') {
    return (
      <div className="search-message loading-state">
        <span className="spinner" aria-hidden="true" />
        <span>{t('search:state.searching')}</span>
      </div>
    );
  }
  if (!state.results.searched) return <p className="search-message">{t('search:state.keepTyping')}</p>;
  return (
    <div className="search-message">
      <p>{t(state.filtered ? 'search:state.noResultsFiltered' : 'search:state.noResults', { query: state.text.trim() })}</p>
      {state.filtered ? (
        <button type="button" className="button button--secondary" onClick={onClearFilters}>
          {t('search:filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
