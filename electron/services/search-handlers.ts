import type { Handlers } from '../../shared/contract';
import { DEFAULT_SEARCH_LIMIT } from '../../shared/search';
import { parseSearchQuery } from '../../shared/search-query';
import { searchLibrary } from '../store/search-queries';
import { rebuildSearchIndex } from '../store/search-rebuild';
import type { HandlerDeps } from './handler-deps';

/** Search across the library (issue #8): as-you-type queries, and a rebuild for recovery. */
export function searchHandlers({ store }: HandlerDeps): Pick<Handlers, 'search.query' | 'search.rebuild'> {
  return {
    'search.query': ({ text, committeeId, period, limit }) =>
      searchLibrary(store.db, parseSearchQuery(text), {
        committeeId: committeeId ?? null,
        period: period ?? null,
        limit: limit ?? DEFAULT_SEARCH_LIMIT,
      }),
    'search.rebuild': () => rebuildSearchIndex(store.db),
  };
}
