import { describe, expect, it } from 'vitest';
import {
  blockLayout,
  blockOffsets,
  createTextSelector,
  CONTEXT_LENGTH,
  documentSortKey,
  inlineSegments,
  plainText,
  rangeInBlocks,
  reanchor,
  sectionPlainText,
  similarity,
  toSectionPosition,
  trimRange,
  UNPLACED_SORT_KEY,
} from './anchoring';

// Written for these tests, not taken from any council paper.
const SECTION = {
  blocks: [
    { text: 'The service saw **more children** come into care this quarter than in any quarter last year.' },
    { text: 'Recruitment of local foster carers remains the main worry for the team.' },
    { text: 'A new campaign starts in the spring, aimed at families in the north of the county.' },
  ],
};
const TEXT = sectionPlainText(SECTION);

function select(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" not in text`);
  return createTextSelector(text, at, at + quote.length);
}

describe('the canonical section text', () => {
  it('drops the **bold** markers the reader never sees and joins blocks with a line break', () => {
    expect(TEXT.split('\n')[0]).toBe('The service saw more children come into care this quarter than in any quarter last year.');
    expect(TEXT.split('\n')).toHaveLength(3);
    expect(TEXT).not.toContain('*');
  });

  it('splits inline markup into the same runs the renderer shows', () => {
    expect(inlineSegments('A **bold** word and **another**.')).toEqual([
      { text: 'A ', bold: false },
      { text: 'bold', bold: true },
      { text: ' word and ', bold: false },
      { text: 'another', bold: true },
      { text: '.', bold: false },
    ]);
    expect(inlineSegments('A **bold** word').map((s) => s.text).join('')).toBe(plainText('A **bold** word'));
    // An unmatched marker is shown as typed, so it is counted as typed.
    expect(plainText('5 ** 2')).toBe('5 ** 2');
  });

  it('maps an offset inside a block to a section position and back to block pieces', () => {
    const offsets = blockOffsets(SECTION);
    expect(offsets[0]).toBe(0);
    expect(TEXT.slice(offsets[1]!, offsets[1]! + 11)).toBe('Recruitment');
    const start = toSectionPosition(SECTION, 1, 12);
    expect(TEXT.slice(start, start + 5)).toBe('of lo');
    expect(() => toSectionPosition(SECTION, 5, 0)).toThrow(RangeError);
    expect(() => toSectionPosition(SECTION, 0, 999)).toThrow(RangeError);

    const layout = blockLayout(SECTION);
    expect(layout.text).toBe(TEXT);
    expect(rangeInBlocks(layout, 0, TEXT.length).map((piece) => piece.blockIndex)).toEqual([0, 1, 2]);
    expect(rangeInBlocks(layout, offsets[2]! + 3, offsets[2]! + 9)).toEqual([{ blockIndex: 2, start: 3, end: 9 }]);
    const across = rangeInBlocks(SECTION, offsets[1]! + 60, offsets[2]! + 5);
    expect(across).toEqual([
      { blockIndex: 1, start: 60, end: SECTION.blocks[1]!.text.length },
      { blockIndex: 2, start: 0, end: 5 },
    ]);
  });
});

describe('createTextSelector', () => {
  it('keeps the quote with up to 32 characters of context either side', () => {
    const selector = select(TEXT, 'local foster carers');
    expect(selector.exact).toBe('local foster carers');
    expect(selector.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(selector.prefix.endsWith('Recruitment of ')).toBe(true);
    expect(selector.suffix.startsWith(' remains the main worry')).toBe(true);
  });

  it('keeps shorter context at the edges of a section', () => {
    const selector = createTextSelector(TEXT, 0, 11);
    expect(selector).toMatchObject({ exact: 'The service', prefix: '' });
    const last = select(TEXT, 'of the county.');
    expect(last.suffix).toBe('');
  });

  it('refuses an empty or out-of-range span', () => {
    expect(() => createTextSelector(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => createTextSelector(TEXT, -1, 5)).toThrow(RangeError);
    expect(() => createTextSelector(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
  });

  it('trims whitespace off a selection that ran to the end of a paragraph', () => {
    const end = blockOffsets(SECTION)[1]!;
    const range = trimRange(TEXT, end - 12, end);
    expect(TEXT.slice(range!.start, range!.end)).toBe('last year.');
    expect(trimRange('a   b', 1, 4)).toBeNull();
  });
});

describe('reanchor against a revised text', () => {
  const passage = 'Recruitment of local foster carers remains the main worry';

  it('keeps the position when the text is unchanged', () => {
    const selector = select(TEXT, passage);
    expect(reanchor(selector, TEXT)).toEqual({ start: selector.start, end: selector.end, exact: passage, method: 'position' });
  });

  it('moves with the passage when text is inserted before it', () => {
    const selector = select(TEXT, passage);
    const revised = TEXT.replace('this quarter', 'this quarter, mostly younger children in sibling groups,');
    const found = reanchor(selector, revised)!;
    expect(found.method).toBe('quote');
    expect(revised.slice(found.start, found.end)).toBe(passage);
    expect(found.start).toBeGreaterThan(selector.start);
  });

  it('moves with the passage when a whole paragraph is inserted before it', () => {
    const selector = select(TEXT, passage);
    const revised = TEXT.replace('Recruitment', 'Staffing held steady across all teams.\nRecruitment');
    const found = reanchor(selector, revised)!;
    expect(revised.slice(found.start, found.end)).toBe(passage);
  });

  it('follows an edit inside the passage, bracketed by its unchanged context, and updates the quote', () => {
    const selector = select(TEXT, passage);
    const revised = TEXT.replace('local foster carers remains', 'local foster carers and kinship carers remains');
    const found = reanchor(selector, revised)!;
    expect(found.method).toBe('context');
    expect(found.exact).toBe('Recruitment of local foster carers and kinship carers remains the main worry');
  });

  it('finds an edited passage by approximate match when its context changed too', () => {
    const selector = select(TEXT, passage);
    const revised = TEXT.replace(
      'Recruitment of local foster carers remains the main worry for the team.',
      'Over the summer, recruitment of local foster carer remains the main worry for every team in the county.',
    );
    const found = reanchor(selector, revised)!;
    expect(found.method).toBe('fuzzy');
    expect(found.exact).toMatch(/ecruitment of local foster carer remains the main worry$/);
    expect(similarity(found.exact, passage)).toBeGreaterThanOrEqual(0.75);
  });

  it('gives up (unplaced) when the passage was deleted', () => {
    const selector = select(TEXT, passage);
    const revised = TEXT.replace('Recruitment of local foster carers remains the main worry for the team.\n', '');
    expect(reanchor(selector, revised)).toBeNull();
  });

  it('gives up when the passage was rewritten beyond recognition', () => {
    const selector = select(TEXT, passage);
    const revised = TEXT.replace(passage, 'Placements close to home are now the priority');
    expect(reanchor(selector, revised)).toBeNull();
  });

  it('resolves a quote that appears twice by its context', () => {
    const text = 'Target met in March. Visits were late in the west.\nTarget met in June. Visits were late in the east.';
    const second = select(text, 'Visits were late', 1);
    // Shift everything so the old position no longer holds.
    const revised = `Summary first.\n${text}`;
    const found = reanchor(second, revised)!;
    expect(revised.slice(found.end, found.end + 12)).toBe(' in the east');
    const first = select(text, 'Visits were late', 0);
    const foundFirst = reanchor(first, revised)!;
    expect(revised.slice(foundFirst.end, foundFirst.end + 12)).toBe(' in the west');
  });

  it('does not move a short quote to an unrelated place once its own sentence is gone', () => {
    const text = 'Numbers rose. The team grew. Costs rose sharply in the year.';
    const selector = select(text, 'rose', 0);
    const revised = 'The team grew. Costs rose sharply in the year.';
    expect(reanchor(selector, revised)).toBeNull();
  });

  it('handles Welsh text with circumflexes and curly apostrophes', () => {
    const welsh = 'Mae’r tîm yn poeni ynglŷn â recriwtio gofalwyr maeth lleol.\nBydd ymgyrch newydd yn dechrau yn y gwanwyn.';
    const selector = select(welsh, 'ynglŷn â recriwtio gofalwyr maeth');
    const revised = `Cyflwyniad byr.\n${welsh}`;
    const found = reanchor(selector, revised)!;
    expect(found.exact).toBe('ynglŷn â recriwtio gofalwyr maeth');
  });
});

describe('documentSortKey', () => {
  it('orders by section, then position, as plain strings; unplaced notes last', () => {
    const keys = [documentSortKey(1, 5), documentSortKey(0, 900), documentSortKey(1, 40), UNPLACED_SORT_KEY, documentSortKey(10, 0)];
    expect([...keys].sort()).toEqual([documentSortKey(0, 900), documentSortKey(1, 5), documentSortKey(1, 40), documentSortKey(10, 0), UNPLACED_SORT_KEY]);
  });
});
