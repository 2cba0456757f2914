import { useEffect, useState } from 'react';
import type { SearchResults } from '../../../shared/search';
import { fail, type AppError, type Result } from '../../../shared/result';
import { useClient } from '../client/ClientProvider';

export interface SearchRequest {
  readonly text: string;
  readonly committeeId: number | null;
  readonly period: string | null;
  readonly limit: number;
}

export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly results: SearchResults; readonly text: string; readonly filtered: boolean }
  | { readonly status: 'failed'; readonly error: AppError };

export interface SearchView {
  readonly state: SearchState;
  /** A newer request is on its way: `state` still shows the previous answer, so results do not flicker. */
  readonly pending: boolean;
}

/**
 * Searches as the councillor types: every change of text or filters asks again, and an answer to
 * an older request is ignored, so fast typing can never leave the results of "pla" under "place".
 * `attempt` asks again for the same request (dialog reopened, Retry, index rebuilt).
 */
export function useSearch(request: Readonly<SearchRequest>, attempt: number): SearchView {
  const client = useClient();
  const [settled, setSettled] = useState<{ readonly key: string; readonly state: SearchState } | null>(null);
  const blank = request.text.trim() === '';
  const key = JSON.stringify([request.text, request.committeeId, request.period, request.limit, attempt]);

  useEffect(() => {
    if (blank) return;
    let current = true;
    const [text, committeeId, period, limit] = JSON.parse(key) as [string, number | null, string | null, number];
    Promise.resolve()
      .then(() => client['search.query']({ text, limit, ...(committeeId !== null ? { committeeId } : {}), ...(period !== null ? { period } : {}) }))
      .catch((error: unknown): Result<SearchResults> => fail('internal', `search.query: ${error instanceof Error ? error.message : String(error)}`))
      .then((result) => {
        if (!current) return;
        if (!result.ok) console.warn(`[briffio] search.query failed: ${result.error.code}: ${result.error.message}`);
        setSettled({
          key,
          state: result.ok
            ? { status: 'ready', results: result.value, text, filtered: committeeId !== null || period !== null }
            : { status: 'failed', error: result.error },
        });
      });
    return () => {
      current = false;
    };
  }, [client, key, blank]);

  if (blank) return { state: { status: 'idle' }, pending: false };
  return { state: settled?.state ?? { status: 'loading' }, pending: settled?.key !== key };
}
