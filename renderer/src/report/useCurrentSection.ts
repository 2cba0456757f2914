import { useCallback, useEffect, useRef, useState } from 'react';

/** Where the reader's eye is taken to be: 40% of the way down the window. */
const READING_LINE = 0.4;
const THRESHOLDS = Array.from({ length: 11 }, (_, step) => step / 10);

/**
 * The id of the section the reader is in, for the table of contents' aria-current: the last of
 * `ids` (in document order) whose top has passed the reading line. At the very end of the page,
 * where the last sections can never reach that line, it is the last one whose top is on screen.
 * A section the reader jumped to (`pin`) stays current while its top is on screen, so following
 * "Legal implications" near the end marks that entry even though a later one is also in view.
 *
 * An IntersectionObserver tells when sections move across the window; only then are the few
 * section positions read, so scrolling costs nothing between those moments.
 */
export function useCurrentSection(ids: readonly string[]): { readonly current: string | null; readonly pin: (id: string) => void } {
  const [current, setCurrent] = useState<string | null>(ids[0] ?? null);
  const pinned = useRef<string | null>(null);
  const recompute = useRef<() => void>(() => undefined);
  const key = ids.join('\n');

  useEffect(() => {
    const order = key.split('\n').filter(Boolean);
    const elements = order.map((id) => document.getElementById(id)).filter((element): element is HTMLElement => element !== null);
    if (elements.length === 0 || typeof IntersectionObserver === 'undefined') return;
    recompute.current = () => {
      const height = window.innerHeight;
      const tops = elements.map((element) => element.getBoundingClientRect().top);
      const pin = pinned.current === null ? -1 : elements.findIndex((element) => element.id === pinned.current);
      if (pin >= 0 && tops[pin]! >= -1 && tops[pin]! < height) {
        setCurrent(elements[pin]!.id);
        return;
      }
      pinned.current = null;
      let index = 0;
      tops.forEach((top, position) => {
        if (top <= height * READING_LINE) index = position;
      });
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      if (atBottom) {
        tops.forEach((top, position) => {
          if (top < height) index = Math.max(index, position);
        });
      }
      setCurrent(elements[index]!.id);
    };
    const observer = new IntersectionObserver(() => recompute.current(), { threshold: THRESHOLDS });
    for (const element of elements) observer.observe(element);
    return () => {
      observer.disconnect();
      recompute.current = () => undefined;
    };
  }, [key]);

  const pin = useCallback((id: string) => {
    pinned.current = id;
    setCurrent(id);
  }, []);

  return { current, pin };
}
