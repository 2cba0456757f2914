import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width of an element, measured before the first paint and kept up to date as the window
 * changes. nivo's own responsive wrapper is avoided on purpose: it injects a <style> element,
 * which the app's Content-Security-Policy (no inline styles) refuses.
 */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      // Whole pixels: sub-pixel jitter would otherwise re-render every chart on each layout pass.
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
