import type { Page } from '@playwright/test';

/**
 * Text a reader cannot fully see: clipped by an `overflow: hidden` box or an ellipsis, sticking
 * out of its own box, or pushing the page wider than the window (which at 200% zoom breaks
 * WCAG 1.4.10 reflow). Scrollable boxes (overflow auto/scroll, e.g. a wide table's wrapper) are
 * fine: everything in them can be reached. Visually hidden screen-reader text is skipped.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    const viewportWidth = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const hasOwnText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!hasOwnText) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden (sr-only) text
      const style = getComputedStyle(el);
      if (style.display === 'inline') {
        if (rect.right > viewportWidth + 1) problems.push(`runs off the window: ${describe(el)}`);
        continue;
      }
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      const scrolls = (value: string) => value === 'auto' || value === 'scroll';
      if (el.scrollWidth > el.clientWidth + 1 && !scrolls(style.overflowX)) {
        problems.push(`${clipsX ? 'clipped' : 'overflows its box'} horizontally: ${describe(el)}`);
      }
      if (clipsY && el.scrollHeight > el.clientHeight + 1) problems.push(`clipped vertically: ${describe(el)}`);
      if (rect.right > viewportWidth + 1 && !el.closest('[data-scrolls], .table-scroll')) {
        // Inside a scrollable ancestor it can still be reached.
        let ancestor = el.parentElement;
        let reachable = false;
        while (ancestor && !reachable) {
          const s = getComputedStyle(ancestor);
          reachable = scrolls(s.overflowX);
          ancestor = ancestor.parentElement;
        }
        if (!reachable) problems.push(`runs off the window: ${describe(el)}`);
      }
    }
    if (document.documentElement.scrollWidth > viewportWidth + 1) {
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px in a ${viewportWidth}px window)`);
    }
    return problems;
  });
}

/** Browser zoom at 200% lays a 1280×800 window out as 640×400 CSS pixels. */
export const ZOOM_200 = { width: 640, height: 400 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;
