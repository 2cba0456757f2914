import { useEffect, useState } from 'react';
import { parseRoute, type Route } from './route';

export interface RouteState {
  readonly route: Route;
  /** Counts navigations; screens are keyed by it so each visit starts fresh. */
  readonly visit: number;
}

/**
 * The current hash route. `onNavigate` runs before the new screen renders, so the page-focus
 * controller knows to move focus when the new page's heading appears.
 */
export function useRoute(onNavigate: () => void): RouteState {
  const [state, setState] = useState<RouteState>(() => ({ route: parseRoute(window.location.hash), visit: 0 }));
  useEffect(() => {
    function handleHashChange(): void {
      onNavigate();
      setState((previous) => ({ route: parseRoute(window.location.hash), visit: previous.visit + 1 }));
    }
    window.addEventListener('hashchange', handleHashChange);
    return () => window.removeEventListener('hashchange', handleHashChange);
  }, [onNavigate]);
  return state;
}
