import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/domain';
import { blockElementId, hasSignsOfSafetyGroups, indexBlocks, sectionElementId, splitByGroup, toRuns } from './blocks';

function paragraph(text: string, number: string | null = null): Block {
  return { kind: 'paragraph', number, level: 0, listIndex: null, ordered: false, group: null, text };
}

function item(text: string, listIndex: number, level = 0, number: string | null = null, ordered = false): Block {
  return { kind: 'list_item', number, level, listIndex, ordered, group: null, text };
}

describe('toRuns', () => {
  it('keeps paragraphs and lists in document order', () => {
    const runs = toRuns(indexBlocks([paragraph('Intro', '1'), item('a', 0), item('b', 0), paragraph('After', '2')]));
    expect(runs.map((run) => run.kind)).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it('joins consecutive items with the same list index into one list', () => {
    const runs = toRuns(indexBlocks([item('a', 0), item('b', 0), item('c', 1)]));
    expect(runs).toHaveLength(2);
    const [first, second] = runs;
    expect(first?.kind === 'list' && first.items.map((node) => node.block.text)).toEqual(['a', 'b']);
    expect(second?.kind === 'list' && second.items.map((node) => node.block.text)).toEqual(['c']);
  });

  it('nests deeper items under the item before them', () => {
    const runs = toRuns(indexBlocks([item('a', 0, 0, 'a'), item('i', 0, 1, 'i'), item('ii', 0, 1, 'ii'), item('b', 0, 0, 'b')]));
    const list = runs[0];
    if (list?.kind !== 'list') throw new Error('expected a list');
    expect(list.items.map((node) => node.block.text)).toEqual(['a', 'b']);
    expect(list.items[0]!.children.map((node) => node.block.text)).toEqual(['i', 'ii']);
    expect(list.items[1]!.children).toEqual([]);
  });

  it('takes the list kind from its first item', () => {
    const runs = toRuns(indexBlocks([item('a', 3, 0, 'a', true)]));
    expect(runs[0]).toMatchObject({ kind: 'list', ordered: true });
  });
});

describe('Signs of Safety groups', () => {
  it('sorts grouped blocks under the three questions in print order', () => {
    const blocks: Block[] = [
      paragraph('Intro'),
      { ...item('Worry', 1), group: 'worried' },
      { ...item('Good', 0), group: 'working_well' },
      { ...item('Next', 2), group: 'to_do' },
    ];
    expect(hasSignsOfSafetyGroups(blocks)).toBe(true);
    const { ungrouped, groups } = splitByGroup(blocks);
    expect(ungrouped.map((entry) => entry.block.text)).toEqual(['Intro']);
    expect(groups.map((entry) => [entry.group, entry.blocks.map((b) => b.block.text)])).toEqual([
      ['working_well', ['Good']],
      ['worried', ['Worry']],
      ['to_do', ['Next']],
    ]);
  });

  it('does not group a section without any grouped blocks', () => {
    expect(hasSignsOfSafetyGroups([paragraph('Plain')])).toBe(false);
  });
});

describe('block positions', () => {
  it('keeps each block’s index in its section through lists, nesting and Signs of Safety columns', () => {
    const blocks: Block[] = [
      paragraph('Intro', '1'),
      { ...item('Good', 0), group: 'working_well' },
      { ...item('Worry', 1), group: 'worried' },
      { ...item('Sub-worry', 1, 1), group: 'worried' },
    ];
    const runs = toRuns(indexBlocks(blocks));
    expect(runs[0]).toMatchObject({ kind: 'paragraph', index: 0 });
    const worried = splitByGroup(blocks).groups.find((g) => g.group === 'worried')!;
    const [list] = toRuns(worried.blocks);
    if (list?.kind !== 'list') throw new Error('expected a list');
    expect(list.items[0]!.index).toBe(2);
    expect(list.items[0]!.children[0]!.index).toBe(3);
  });

  it('names sections and blocks as the deep-link contract says', () => {
    expect(sectionElementId('detailed-commentary')).toBe('s-detailed-commentary');
    expect(blockElementId('detailed-commentary', 12)).toBe('b-detailed-commentary-12');
  });
});
