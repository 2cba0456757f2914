import type { CallName } from '../../shared/calls';
import type { CallInput, CallResult } from '../../shared/contract';
import type { RunningServer } from './server';

/** The app's calls through the browser-mode bridge, as the renderer makes them: for setting up data. */
export function bridge(server: RunningServer) {
  const token = new URL(server.url).searchParams.get('token')!;
  return async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<N>> {
    const response = await fetch(`${server.origin}/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Briffio-Token': token },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: true; value: CallResult<N> } | { ok: false; error: { code: string; message: string } };
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
}
