import { createContext, useContext } from 'react';

/**
 * Moves focus to the new page's h1 after a navigation and announces it, as single-page apps must
 * do by hand (a real page load would reset focus and the screen reader would read the new title).
 *
 * The request is made when the hash changes, before the new screen renders; the first PageHeading
 * to mount afterwards claims it. Screens show their h1 only once they know what it says, so a
 * report's heading is focused when the report has loaded, not while the spinner shows.
 */
export class PageFocusController {
  private pending = false;
  private message = '';
  private sequence = 0;
  private readonly listeners = new Set<() => void>();

  /** A navigation (or a Retry) happened: the next page heading to appear takes focus. */
  readonly request = (): void => {
    this.pending = true;
  };

  /** True once per request: the caller should focus itself. */
  claim(): boolean {
    const pending = this.pending;
    this.pending = false;
    return pending;
  }

  announce(text: string): void {
    this.message = text;
    this.sequence += 1;
    for (const listener of this.listeners) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Message and a sequence number, so announcing the same page twice is still heard. */
  readonly snapshot = (): string => `${this.sequence}\n${this.message}`;
}

export const PageFocusContext = createContext<PageFocusController | null>(null);

export function usePageFocus(): PageFocusController {
  const controller = useContext(PageFocusContext);
  if (!controller) throw new Error('usePageFocus needs a PageFocusContext provider above it');
  return controller;
}
