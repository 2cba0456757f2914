import { describe, expect, it } from 'vitest';
import type { AnnotationColour } from '../../../shared/annotation-model';
import { highlightPieces, pieceMark, type BlockHighlight } from './highlightSegments';

const mark = (id: string, start: number, end: number, last = true, colour: AnnotationColour = 'yellow'): BlockHighlight => ({
  id,
  start,
  end,
  colour,
  number: 1,
  body: '',
  label: `Highlight ${id}`,
  last,
});

describe('highlightPieces', () => {
  it('keeps the whole text, in order, with bold runs and highlights cut apart', () => {
    const pieces = highlightPieces('The **Bridge team** met 40 families.', [mark('a', 4, 15)]);
    expect(pieces.map((p) => p.text).join('')).toBe('The Bridge team met 40 families.');
    expect(pieces.filter((p) => p.highlights.length > 0).map((p) => p.text).join('')).toBe('Bridge team');
    expect(pieces.find((p) => p.text === 'Bridge team')?.bold).toBe(true);
  });

  it('puts the marker after the last piece of a highlight only', () => {
    const pieces = highlightPieces('one two three', [mark('a', 0, 7), mark('b', 4, 13)]);
    const endings = pieces.flatMap((p) => p.endings.map((h) => `${h.id}@${p.text}`));
    expect(endings).toEqual(['a@two', 'b@ three']);
    expect(pieces.find((p) => p.text === 'two')?.highlights.map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('shows no marker for a piece that continues in the next block', () => {
    const pieces = highlightPieces('tail of a passage', [mark('a', 8, 17, false)]);
    expect(pieces.flatMap((p) => p.endings)).toEqual([]);
    expect(pieces.at(-1)?.highlights.map((h) => h.id)).toEqual(['a']);
  });

  it('draws overlapping highlights as one mark per piece, in the innermost colour, naming every note', () => {
    // "one two three four": a (green) covers "one two three", b (blue) covers "two".
    const pieces = highlightPieces('one two three four', [mark('a', 0, 13, true, 'green'), mark('b', 4, 7, true, 'blue')]);
    const marks = pieces.map((p) => [p.text, pieceMark(p)]);
    expect(marks).toEqual([
      ['one ', { colour: 'green', ids: 'a' }],
      ['two', { colour: 'blue', ids: 'a b' }],
      [' three', { colour: 'green', ids: 'a' }],
      [' four', null],
    ]);
    // Both markers stay: b's after "two", a's after "three".
    expect(pieces.flatMap((p) => p.endings.map((h) => `${h.id}@${p.text}`))).toEqual(['b@two', 'a@ three']);
  });
});
