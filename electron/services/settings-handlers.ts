import type { Handlers } from '../../shared/contract';
import type { HandlerDeps } from './handler-deps';

export function settingsHandlers({ store, settingsChanged }: HandlerDeps): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => store.settings(),
    'settings.update': (patch) => {
      const settings = store.updateSettings(patch);
      settingsChanged(settings);
      return settings;
    },
  };
}
