import { CALL_NAMES, PRELOAD_GLOBAL, httpPath, type CallName } from '../../../shared/calls';
import type { BriffioApi } from '../../../shared/contract';
import { fail, type Result } from '../../../shared/result';

/**
 * The renderer's only way to reach the app: the contract's calls, over whichever transport this
 * page has. In Electron the sandboxed preload exposes them as `window.briffio`; in browser mode the
 * loopback bridge serves the same calls over HTTP on the page's own origin. Either way every call
 * answers with a Result, so screens handle one shape of success and failure.
 */
export function createClient(): BriffioApi {
  const preload: unknown = Reflect.get(window, PRELOAD_GLOBAL);
  if (typeof preload === 'object' && preload !== null) return preload as BriffioApi;
  return createHttpClient((input, init) => window.fetch(input, init));
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;
type AnyCall = (input: unknown) => Promise<Result<unknown>>;

/** HTTP transport for browser mode. The session cookie was set when the page loaded. */
export function createHttpClient(fetchFn: Fetch): BriffioApi {
  const api: Partial<Record<CallName, AnyCall>> = {};
  for (const name of CALL_NAMES) api[name] = (input) => post(fetchFn, name, input);
  return api as unknown as BriffioApi;
}

async function post(fetchFn: Fetch, name: CallName, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetchFn(httpPath(name), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch (error) {
    return fail('internal', `${name}: network error: ${describe(error)}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    return fail('internal', `${name}: HTTP ${response.status} answer is not JSON: ${describe(error)}`);
  }
  if (!isResult(body)) return fail('internal', `${name}: HTTP ${response.status} answer is not a Result`);
  return body;
}

/** The bridge answers every call, successful or not, with a Result; anything else is a fault. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  if (candidate.ok !== false) return false;
  const error = candidate.error as { code?: unknown; message?: unknown } | null | undefined;
  return typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
