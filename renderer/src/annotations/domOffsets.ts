import { parseBlockElementId } from '../questions/passageQuote';

export interface BlockElement {
  readonly element: HTMLElement;
  readonly sectionKey: string;
  readonly blockIndex: number;
}

/** The report paragraph or list item (id b-<section>-<index>) that holds `node`, if any. */
export function blockOf(node: Node | null): BlockElement | null {
  let element: Element | null = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!element?.closest('.report__body')) return null;
  for (; element; element = element.parentElement) {
    const parsed = element.id ? parseBlockElementId(element.id) : null;
    if (parsed && element instanceof HTMLElement) return { element, ...parsed };
    if (element.classList.contains('report__body')) return null;
  }
  return null;
}

/**
 * Whether a text node is part of the block's own text: not the printed number, not a highlight
 * marker or its hidden description, and not the text of a nested list item (its own block).
 */
function countsAsText(node: Text, block: HTMLElement): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  if (parent.closest('.block-number, [data-annotation-ui]')) return false;
  return blockOf(node) ? blockOf(node)!.element === block : false;
}

/** The block's own text nodes in order: the text plainOffset counts, where a keyboard selection starts. */
export function ownTextNodes(block: HTMLElement): Text[] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (countsAsText(current as Text, block)) nodes.push(current as Text);
  }
  return nodes;
}

/** The report block that has focus itself (Tab, a deep link, "Go to passage"), not a control inside it. */
export function focusedBlock(): BlockElement | null {
  const active = document.activeElement;
  const block = blockOf(active);
  return block && block.element === active ? block : null;
}

/**
 * Offset of a DOM point (node, offset) in the block's plain text — the text anchoring.ts counts
 * in. The page shows that text verbatim (bold markers become <strong>), with extra things the
 * walk skips, so counting only the block's own text nodes gives the canonical offset.
 */
export function plainOffset(block: HTMLElement, node: Node, offset: number): number {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const point = document.createRange();
  point.setStart(node, offset);
  let count = 0;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    const text = current as Text;
    if (!countsAsText(text, block)) continue;
    if (current === node) return count + Math.min(offset, text.length);
    // A text node that ends at or before the point counts in full; the first one past it ends the walk.
    if (point.comparePoint(text, text.length) > 0) break;
    count += text.length;
  }
  return count;
}

export interface SelectedPassage {
  readonly sectionKey: string;
  /** The block the selection starts in (where the keyboard dialog and deep links point). */
  readonly blockIndex: number;
  /** Section positions [start, end) in the canonical section text. */
  readonly start: number;
  readonly end: number;
}

/**
 * The current selection as a passage of one section, or null when it is collapsed, outside the
 * report's text or spans two sections. Block offsets become section offsets through `offsets`
 * (anchoring.ts blockOffsets of that section).
 */
export function selectedPassage(selection: Selection | null, offsetsOf: (sectionKey: string) => readonly number[] | null): SelectedPassage | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const first = blockOf(range.startContainer);
  const last = blockOf(range.endContainer);
  if (!first || !last || first.sectionKey !== last.sectionKey) return null;
  const offsets = offsetsOf(first.sectionKey);
  if (!offsets) return null;
  const start = offsets[first.blockIndex]! + plainOffset(first.element, range.startContainer, range.startOffset);
  const end = offsets[last.blockIndex]! + plainOffset(last.element, range.endContainer, range.endOffset);
  if (end <= start) return null;
  return { sectionKey: first.sectionKey, blockIndex: first.blockIndex, start, end };
}
