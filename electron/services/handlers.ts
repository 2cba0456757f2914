import type { Handlers } from '../../shared/contract';
import { annotationHandlers } from './annotation-handlers';
import { appHandlers } from './app-handlers';
import { backupHandlers } from './backup-handlers';
import type { HandlerDeps } from './handler-deps';
import { importHandlers } from './import-handlers';
import { indicatorHandlers } from './indicator-handlers';
import { libraryHandlers } from './library-handlers';
import { questionHandlers } from './question-handlers';
import { searchHandlers } from './search-handlers';
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
    ...appHandlers(deps),
    ...libraryHandlers(deps),
    ...settingsHandlers(deps),
    ...indicatorHandlers(deps),
    ...searchHandlers(deps),
    ...questionHandlers(deps),
    ...annotationHandlers(deps),
    ...backupHandlers(deps),
    ...importHandlers(deps),
  };
}
