import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallName, CallResult } from '../../../shared/contract';
import { fail, type AppError, type Result } from '../../../shared/result';
import { useClient } from './ClientProvider';

export type CallState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: AppError }
  | { readonly status: 'ready'; readonly value: T };

export interface Call<T> {
  readonly state: CallState<T>;
  /** Asks again (the Retry button). */
  readonly reload: () => void;
}

const LOADING = { status: 'loading' } as const;

/**
 * Runs one contract call for a screen and follows it through loading, failure and success.
 * A new input (or `reload`) starts a new call; an answer to an older call is ignored, so a slow
 * reply for report 1 can never replace report 2 on screen.
 */
export function useCall<N extends CallName>(name: N, input: CallInput<N>): Call<CallResult<N>> {
  const client = useClient();
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ key: string; state: CallState<CallResult<N>> } | null>(null);
  const inputKey = JSON.stringify(input);
  const key = `${name} ${inputKey} ${attempt}`;

  useEffect(() => {
    let current = true;
    const call = client[name] as unknown as (input: unknown) => Promise<Result<CallResult<N>>>;
    Promise.resolve()
      .then(() => call(JSON.parse(inputKey) as unknown))
      .catch((error: unknown) => fail('internal', `${name}: ${error instanceof Error ? error.message : String(error)}`))
      .then((result) => {
        if (!current) return;
        if (!result.ok) console.warn(`[briffio] ${name} failed: ${result.error.code}: ${result.error.message}`);
        setSettled({ key, state: result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error } });
      });
    return () => {
      current = false;
    };
  }, [client, name, inputKey, key]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state: settled?.key === key ? settled.state : LOADING, reload };
}
