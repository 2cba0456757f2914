import { ownTextNodes } from './domOffsets';

/**
 * The keyboard path through a report's text. Paragraphs and list items are in the Tab order
 * (from the contents list: Enter on a section, then Tab); on a focused one, Shift and the arrow
 * keys select words and ANNOTATE_KEYS annotates the selection, or the whole paragraph when
 * nothing is selected.
 */

/** The annotate shortcut, as aria-keyshortcuts writes it (also the context-menu key and Shift+F10). */
export const ANNOTATE_KEYS = 'Alt+N';

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** Alt+N (by key position, so Option+N on a Mac counts), the context-menu key, or Shift+F10. */
export function isAnnotateShortcut(event: KeyLike): boolean {
  return (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') || event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');
}

export interface SelectionStep {
  readonly direction: 'forward' | 'backward';
  readonly granularity: 'character' | 'word' | 'line' | 'lineboundary';
}

/**
 * What a Shift+key does to a selection, as in a text editor: arrows by character, with Ctrl (or
 * Alt, as on a Mac) by word; Up and Down by line; Home and End (or Cmd+arrow) to the line's ends.
 * Null for any other key.
 */
export function selectionStep(event: KeyLike): SelectionStep | null {
  if (!event.shiftKey) return null;
  const byWord = event.ctrlKey || event.altKey;
  switch (event.key) {
    case 'ArrowRight':
      return { direction: 'forward', granularity: event.metaKey ? 'lineboundary' : byWord ? 'word' : 'character' };
    case 'ArrowLeft':
      return { direction: 'backward', granularity: event.metaKey ? 'lineboundary' : byWord ? 'word' : 'character' };
    case 'ArrowDown':
      return { direction: 'forward', granularity: 'line' };
    case 'ArrowUp':
      return { direction: 'backward', granularity: 'line' };
    case 'End':
      return { direction: 'forward', granularity: 'lineboundary' };
    case 'Home':
      return { direction: 'backward', granularity: 'lineboundary' };
    default:
      return null;
  }
}

/** Whether the selection holds words and starts or ends inside `block`. */
export function selectionTouches(block: HTMLElement, selection: Selection | null): boolean {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
  return (selection.anchorNode !== null && block.contains(selection.anchorNode)) || (selection.focusNode !== null && block.contains(selection.focusNode));
}

/**
 * Selects by keyboard in a focused block. Without caret browsing a browser has no caret in a
 * page's text for Shift+arrow to extend, so the first step starts one: at the block's first word
 * going forward, after its last going backward. Each later step extends the selection from
 * there. False when the block has no text of its own.
 */
export function extendSelectionInBlock(block: HTMLElement, step: SelectionStep, selection: Selection): boolean {
  if (!selectionTouches(block, selection)) {
    const nodes = ownTextNodes(block).filter((node) => /\S/.test(node.data));
    if (nodes.length === 0) return false;
    if (step.direction === 'forward') {
      const first = nodes[0]!;
      selection.collapse(first, first.data.search(/\S/));
    } else {
      const last = nodes[nodes.length - 1]!;
      selection.collapse(last, last.data.replace(/\s+$/, '').length);
    }
  }
  selection.modify('extend', step.direction, step.granularity);
  return true;
}
