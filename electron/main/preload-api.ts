import { CALL_NAMES, ipcChannel } from '../../shared/calls';
import type { BriffioApi } from '../../shared/contract';

/** The one Electron capability the preload lends the API: `ipcRenderer.invoke`, channel-bound. */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * The object exposed as `window.briffio`: exactly one function per contract call, each forwarding
 * to that call's channel. Built here, without `electron`, so a test can check its shape.
 *
 * Nothing else is exposed — not `ipcRenderer`, not an event emitter, not a generic `invoke(channel)`
 * — because anything handed to the page can be called by any script that runs in it.
 * The input is forwarded untouched: the main process validates it, and validating twice would
 * only give two places to disagree.
 */
export function buildPreloadApi(invoke: Invoke): BriffioApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of CALL_NAMES) {
    const channel = ipcChannel(name);
    api[name] = (input: unknown) => invoke(channel, input);
  }
  return Object.freeze(api) as unknown as BriffioApi;
}
