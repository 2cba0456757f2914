import type { Page } from '@playwright/test';

/**
 * Text a reader cannot fully see: clipped by an `overflow: hidden` box (its own or one it sits
 * in) or an ellipsis, sticking out of its own box, or pushing the page wider than the window (which at 200% zoom breaks
 * WCAG 1.4.10 reflow). What is deliberately left out, and why:
 * - A box that scrolls sideways (overflow auto/scroll, e.g. a wide table's wrapper) and that the
 *   keyboard can reach (focusable itself, or holding something focusable): everything in it can
 *   be scrolled to. One the keyboard cannot scroll still counts.
 * - Visually hidden screen-reader text (a 1×1 px clipped box): it is meant to be out of sight.
 * - Chart text: SVG <text> has no CSS box (its clientWidth is 0), so the box rules would flag
 *   every label. It is checked instead for being cut off by a drawing that clips (overflow
 *   hidden), for running off the window, and for running into another label of the same chart
 *   (compared as the rotated rectangles they are drawn in, so slanted axis names that sit
 *   parallel and apart do not count, as their upright bounding boxes would).
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
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    /** Scrolls sideways, and a keyboard user can scroll it (it or something in it takes focus). */
    const keyboardScrollable = (box: Element) =>
      scrolls(getComputedStyle(box).overflowX) && ((box as HTMLElement).tabIndex >= 0 || box.querySelector(focusable) !== null);
    /** Past the window's right edge, and not inside a box the keyboard can scroll to it. */
    const offWindow = (el: Element, rect: DOMRect): boolean => {
      if (rect.right <= viewportWidth + 1) return false;
      for (let ancestor = el.parentElement; ancestor; ancestor = ancestor.parentElement) {
        if (keyboardScrollable(ancestor)) return false;
      }
      return true;
    };
    /**
     * The nearest box between the element and <body> that clips it: overflow hidden or clip
     * on an axis the element sticks out of. None inside visually hidden text (a 1×1 px box).
     */
    const clippingAncestor = (el: Element, rect: DOMRect): Element | null => {
      for (let ancestor = el.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
        const s = getComputedStyle(ancestor);
        const clipsX = s.overflowX === 'hidden' || s.overflowX === 'clip';
        const clipsY = s.overflowY === 'hidden' || s.overflowY === 'clip';
        if (!clipsX && !clipsY) continue;
        const box = ancestor.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return null;
        const outX = rect.left < box.left - 1 || rect.right > box.right + 1;
        const outY = rect.top < box.top - 1 || rect.bottom > box.bottom + 1;
        if ((clipsX && outX) || (clipsY && outY)) return ancestor;
      }
      return null;
    };
    for (const el of document.querySelectorAll<Element>('body *')) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const hasOwnText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!hasOwnText) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden (sr-only) text
      if (el instanceof SVGElement) {
        let drawing = el.ownerSVGElement;
        while (drawing?.ownerSVGElement) drawing = drawing.ownerSVGElement;
        const box = drawing?.getBoundingClientRect();
        const clips = drawing ? getComputedStyle(drawing).overflow !== 'visible' : false;
        const outside = box ? rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1 : false;
        if (clips && outside) problems.push(`cut off by its chart: ${describe(el)}`);
        else if (rect.left < -1 || rect.right > viewportWidth + 1) problems.push(`runs off the window: ${describe(el)}`);
        continue;
      }
      const clipper = clippingAncestor(el, rect);
      if (clipper) {
        problems.push(`cut off by ${describe(clipper).replace(/ ".*$/, '')}: ${describe(el)}`);
        continue;
      }
      const style = getComputedStyle(el);
      if (style.display === 'inline') {
        if (offWindow(el, rect)) problems.push(`runs off the window: ${describe(el)}`);
        continue;
      }
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (el.scrollWidth > el.clientWidth + 1 && !keyboardScrollable(el)) {
        const how = clipsX ? 'clipped' : scrolls(style.overflowX) ? 'scrolls, but not by keyboard,' : 'overflows its box';
        problems.push(`${how} horizontally: ${describe(el)}`);
      }
      if (clipsY && el.scrollHeight > el.clientHeight + 1) problems.push(`clipped vertically: ${describe(el)}`);
      if (offWindow(el, rect)) problems.push(`runs off the window: ${describe(el)}`);
    }
    // Chart labels that run into each other, drawing by drawing.
    type Point = { readonly x: number; readonly y: number };
    const corners = (text: SVGTextElement): Point[] | null => {
      const box = text.getBBox();
      const matrix = text.getScreenCTM();
      if (!matrix || box.width <= 1 || box.height <= 1) return null;
      // Half a pixel in from each side: glyph boxes that only touch are not a collision.
      const inset = [
        [box.x + 0.5, box.y + 0.5],
        [box.x + box.width - 0.5, box.y + 0.5],
        [box.x + box.width - 0.5, box.y + box.height - 0.5],
        [box.x + 0.5, box.y + box.height - 0.5],
      ];
      return inset.map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
    };
    /** Separating-axis test for two convex quadrilaterals. */
    const collide = (a: Point[], b: Point[]): boolean => {
      for (const shape of [a, b]) {
        for (let i = 0; i < shape.length; i++) {
          const p = shape[i]!;
          const q = shape[(i + 1) % shape.length]!;
          const axis = { x: q.y - p.y, y: p.x - q.x };
          const project = (points: Point[]) => points.map((point) => point.x * axis.x + point.y * axis.y);
          const pa = project(a);
          const pb = project(b);
          if (Math.max(...pa) <= Math.min(...pb) || Math.max(...pb) <= Math.min(...pa)) return false;
        }
      }
      return true;
    };
    for (const drawing of document.querySelectorAll<SVGSVGElement>('svg')) {
      if (drawing.ownerSVGElement) continue;
      const labels = [...drawing.querySelectorAll<SVGTextElement>('text')]
        .filter((text) => (text.textContent ?? '').trim() !== '' && text.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        .map((text) => ({ text, shape: corners(text) }))
        .filter((label): label is { text: SVGTextElement; shape: Point[] } => label.shape !== null);
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          if (collide(labels[i]!.shape, labels[j]!.shape)) {
            problems.push(`runs into another chart label: ${describe(labels[i]!.text)} and ${describe(labels[j]!.text)}`);
          }
        }
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
