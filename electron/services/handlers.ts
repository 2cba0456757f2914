import type { Handlers } from '../../shared/contract';
import type { AppInfo, Settings } from '../../shared/domain';
import { AppFailure } from '../../shared/result';
import type { Store } from '../store/store';

export interface HandlerDeps {
  readonly store: Store;
  readonly info: () => AppInfo;
  /** Told after settings change, so the main process can rebuild menus and the window title. */
  readonly settingsChanged: (settings: Settings) => void;
}

/**
 * What each contract call does, as plain functions over the store. Both hosts (Electron IPC and
 * the browser bridge) serve exactly this table, after `dispatch` has validated the input.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { store } = deps;
  return {
    'app.info': () => deps.info(),
    'library.get': () => store.library(),
    'report.get': ({ reportId }) => {
      const report = store.report(reportId);
      if (!report) throw new AppFailure('not_found', `No report with id ${reportId}`);
      return report;
    },
    'settings.get': () => store.settings(),
    'settings.update': (patch) => {
      const settings = store.updateSettings(patch);
      deps.settingsChanged(settings);
      return settings;
    },
  };
}
