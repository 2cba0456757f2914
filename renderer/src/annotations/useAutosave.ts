import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** Typing pauses longer than this are saved: "at most the last second lost" after a crash. */
export const AUTOSAVE_DELAY_MS = 500;

/**
 * Saves a value shortly after the last change, and at once when the page is hidden or unloaded
 * or the editor goes away (blur, closing, another screen). One save at a time; a change made
 * while one is under way is saved after it.
 */
export function useAutosave<T>(save: (value: T) => Promise<boolean>): { state: SaveState; change: (value: T) => void; flush: () => void } {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | null>(null);
  const running = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    if (running.current || !pending.current) return;
    const { value } = pending.current;
    pending.current = null;
    running.current = true;
    setState('saving');
    void saveRef.current(value).then((ok) => {
      running.current = false;
      if (pending.current) {
        flush();
        return;
      }
      setState(ok ? 'saved' : 'failed');
      if (!ok) pending.current = { value };
    });
  }, []);

  const change = useCallback(
    (value: T) => {
      pending.current = { value };
      setState('pending');
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', flush);
    window.addEventListener('hashchange', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('hashchange', flush);
      flush();
    };
  }, [flush]);

  return { state, change, flush };
}
