import type { Block, SignsOfSafetyGroup } from '../../../shared/domain';
import { SIGNS_OF_SAFETY_GROUPS } from '../../../shared/domain';

/** A list item with the items nested under it (deeper `level`). */
export interface ListNode {
  readonly block: Block;
  readonly children: ListNode[];
}

/** What a section's blocks render as, in order: single paragraphs and whole lists. */
export type BlockRun =
  | { readonly kind: 'paragraph'; readonly block: Block }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListNode[] };

/**
 * Consecutive `list_item` blocks with the same `listIndex` form one list (the store keeps the list
 * boundaries the source had); within a list, an item with a deeper `level` nests under the item
 * before it.
 */
export function toRuns(blocks: readonly Block[]): BlockRun[] {
  const runs: BlockRun[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index]!;
    if (block.kind !== 'list_item') {
      runs.push({ kind: 'paragraph', block });
      index += 1;
      continue;
    }
    const items: Block[] = [];
    while (index < blocks.length && blocks[index]!.kind === 'list_item' && blocks[index]!.listIndex === block.listIndex) {
      items.push(blocks[index]!);
      index += 1;
    }
    runs.push({ kind: 'list', ordered: block.ordered, items: nestByLevel(items) });
  }
  return runs;
}

export function nestByLevel(items: readonly Block[]): ListNode[] {
  const roots: ListNode[] = [];
  // Open ancestors, outermost first; the sentinel at level -1 holds the top-level items.
  const open: { level: number; children: ListNode[] }[] = [{ level: -1, children: roots }];
  for (const block of items) {
    while (open.length > 1 && open[open.length - 1]!.level >= block.level) open.pop();
    const node: ListNode = { block, children: [] };
    open[open.length - 1]!.children.push(node);
    open.push({ level: block.level, children: node.children });
  }
  return roots;
}

/** True when a section's blocks are sorted under the three Signs of Safety questions. */
export function hasSignsOfSafetyGroups(blocks: readonly Block[]): boolean {
  return blocks.some((block) => block.group !== null);
}

/** The blocks with no group (an introduction, usually), then each question's blocks in print order. */
export function splitByGroup(blocks: readonly Block[]): {
  readonly ungrouped: readonly Block[];
  readonly groups: readonly { readonly group: SignsOfSafetyGroup; readonly blocks: readonly Block[] }[];
} {
  return {
    ungrouped: blocks.filter((block) => block.group === null),
    groups: SIGNS_OF_SAFETY_GROUPS.map((group) => ({ group, blocks: blocks.filter((block) => block.group === group) })),
  };
}

/** "21" → "21." is left to the translation; a number printed with its own punctuation stays as is. */
export function hasOwnPunctuation(number: string): boolean {
  return /[.)\]:]$/.test(number);
}
