import type { AppInfo, Settings } from '../../shared/domain';
import type { Store } from '../store/store';

/** What every area's handlers may use. Hosts build it once in openCore. */
export interface HandlerDeps {
  readonly store: Store;
  readonly info: () => AppInfo;
  /** Told after settings change, so the main process can rebuild menus and the window title. */
  readonly settingsChanged: (settings: Settings) => void;
  /** Clock for stored timestamps (ISO-8601 UTC); tests pass a fixed one. */
  readonly now: () => string;
}
