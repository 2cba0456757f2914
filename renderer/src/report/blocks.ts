import type { Block, SignsOfSafetyGroup } from '../../../shared/domain';
import { SIGNS_OF_SAFETY_GROUPS } from '../../../shared/domain';

/**
 * A block with its 0-based position in its section's `blocks`. The position names the block in
 * deep links (#/report/<id>/at/<section>/<index>) and in its element id, so it must survive
 * regrouping (lists, Signs of Safety columns).
 */
export interface IndexedBlock {
  readonly block: Block;
  readonly index: number;
}

export function indexBlocks(blocks: readonly Block[]): IndexedBlock[] {
  return blocks.map((block, index) => ({ block, index }));
}

/** A list item with the items nested under it (deeper `level`). */
export interface ListNode extends IndexedBlock {
  readonly children: ListNode[];
}

/** What a section's blocks render as, in order: single paragraphs and whole lists. */
export type BlockRun =
  | ({ readonly kind: 'paragraph' } & IndexedBlock)
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListNode[] };

/** The element id of a section, for deep links and the table of contents. */
export function sectionElementId(sectionKey: string): string {
  return `s-${sectionKey}`;
}

/** The element id of a block: the deep-link contract `b-<sectionKey>-<blockIndex>`. */
export function blockElementId(sectionKey: string, blockIndex: number): string {
  return `b-${sectionKey}-${blockIndex}`;
}

/**
 * Consecutive `list_item` blocks with the same `listIndex` form one list (the store keeps the list
 * boundaries the source had); within a list, an item with a deeper `level` nests under the item
 * before it.
 */
export function toRuns(blocks: readonly IndexedBlock[]): BlockRun[] {
  const runs: BlockRun[] = [];
  let position = 0;
  while (position < blocks.length) {
    const entry = blocks[position]!;
    if (entry.block.kind !== 'list_item') {
      runs.push({ kind: 'paragraph', ...entry });
      position += 1;
      continue;
    }
    const items: IndexedBlock[] = [];
    while (
      position < blocks.length &&
      blocks[position]!.block.kind === 'list_item' &&
      blocks[position]!.block.listIndex === entry.block.listIndex
    ) {
      items.push(blocks[position]!);
      position += 1;
    }
    runs.push({ kind: 'list', ordered: entry.block.ordered, items: nestByLevel(items) });
  }
  return runs;
}

export function nestByLevel(items: readonly IndexedBlock[]): ListNode[] {
  const roots: ListNode[] = [];
  // Open ancestors, outermost first; the sentinel at level -1 holds the top-level items.
  const open: { level: number; children: ListNode[] }[] = [{ level: -1, children: roots }];
  for (const entry of items) {
    while (open.length > 1 && open[open.length - 1]!.level >= entry.block.level) open.pop();
    const node: ListNode = { ...entry, children: [] };
    open[open.length - 1]!.children.push(node);
    open.push({ level: entry.block.level, children: node.children });
  }
  return roots;
}

/** True when a section's blocks are sorted under the three Signs of Safety questions. */
export function hasSignsOfSafetyGroups(blocks: readonly Block[]): boolean {
  return blocks.some((block) => block.group !== null);
}

/** The blocks with no group (an introduction, usually), then each question's blocks in print order. */
export function splitByGroup(blocks: readonly Block[]): {
  readonly ungrouped: readonly IndexedBlock[];
  readonly groups: readonly { readonly group: SignsOfSafetyGroup; readonly blocks: readonly IndexedBlock[] }[];
} {
  const indexed = indexBlocks(blocks);
  return {
    ungrouped: indexed.filter((entry) => entry.block.group === null),
    groups: SIGNS_OF_SAFETY_GROUPS.map((group) => ({ group, blocks: indexed.filter((entry) => entry.block.group === group) })),
  };
}

/** "21" → "21." is left to the translation; a number printed with its own punctuation stays as is. */
export function hasOwnPunctuation(number: string): boolean {
  return /[.)\]:]$/.test(number);
}
