import { statSync } from 'node:fs';
import type { Handlers } from '../../shared/contract';
import { AppFailure } from '../../shared/result';
import type { HandlerDeps } from './handler-deps';

/** The app itself: what it is (version, data folder) and showing where its data lives. */
export function appHandlers({ info, openFolder }: HandlerDeps): Pick<Handlers, 'app.info' | 'app.openDataFolder'> {
  return {
    'app.info': () => info(),
    'app.openDataFolder': async () => {
      // The folder is the one this host opened the library in, never a path from the page.
      const { dataDir } = info();
      if (!openFolder) throw new AppFailure('internal', `app.openDataFolder: this host cannot open folders`);
      if (!isFolder(dataDir)) throw new AppFailure('not_found', `app.openDataFolder: ${dataDir} is no longer there`);
      try {
        await openFolder(dataDir);
      } catch (error) {
        throw new AppFailure('internal', `app.openDataFolder: could not open ${dataDir}: ${error instanceof Error ? error.message : String(error)}`);
      }
      // null rather than undefined: an undefined value would vanish from the JSON answer.
      return null;
    },
  };
}

function isFolder(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}
