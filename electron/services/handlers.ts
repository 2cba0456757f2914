import type { Handlers } from '../../shared/contract';
import type { HandlerDeps } from './handler-deps';
import { libraryHandlers } from './library-handlers';
import { settingsHandlers } from './settings-handlers';

export type { HandlerDeps } from './handler-deps';

/**
 * What each contract call does, as plain functions over the store, one file per area. Both hosts
 * (Electron IPC and the browser bridge) serve exactly this table, after `dispatch` has validated
 * the input. The return type makes a call declared in the contract but handled nowhere a
 * compile error.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...libraryHandlers(deps),
    ...settingsHandlers(deps),
  };
}
