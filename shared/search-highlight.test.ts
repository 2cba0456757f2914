import { describe, expect, it } from 'vitest';
import { foldedRangesToOriginal, mergeRanges, readMarkers, snippet, splitLines } from './search-highlight';

describe('highlights', () => {
  it('reads the markers SQLite highlight() inserts', () => {
    expect(readMarkers('a \u0001placement\u0002 in \u0001cardiff\u0002')).toEqual({
      plain: 'a placement in cardiff',
      ranges: [
        { start: 2, end: 11 },
        { start: 15, end: 22 },
      ],
    });
  });

  it('maps ranges in folded text back onto the text as written', () => {
    const original = 'Mae’n ynglŷn â’r Cyngor';
    const ranges = foldedRangesToOriginal(original, "mae'n ynglyn a'r cyngor", [{ start: 6, end: 12 }]);
    expect(ranges.map((range) => original.slice(range.start, range.end))).toEqual(['ynglŷn']);
  });

  it('gives no ranges rather than wrong ones when the index was folded differently', () => {
    expect(foldedRangesToOriginal('Placement', 'something else', [{ start: 0, end: 4 }])).toEqual([]);
  });

  it('joins overlapping ranges', () => {
    expect(mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 8, end: 12 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 12 },
    ]);
  });

  it('splits multi-line entries into their fields with their own ranges', () => {
    expect(splitLines('SCC/025\nVisits\nYmweliadau', [{ start: 0, end: 7 }, { start: 8, end: 14 }])).toEqual([
      { text: 'SCC/025', ranges: [{ start: 0, end: 7 }] },
      { text: 'Visits', ranges: [{ start: 0, end: 6 }] },
      { text: 'Ymweliadau', ranges: [] },
    ]);
  });
});

describe('snippets', () => {
  it('keeps short text whole', () => {
    expect(snippet('Fewer visits were missed.', [{ start: 6, end: 12 }])).toEqual({
      text: 'Fewer visits were missed.',
      ranges: [{ start: 6, end: 12 }],
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it('cuts long text around the first match, at word boundaries, with the match intact', () => {
    const words = Array.from({ length: 80 }, (_, index) => `word${index}`);
    words[50] = 'dentist';
    const text = words.join(' ');
    const start = text.indexOf('dentist');
    const cut = snippet(text, [{ start, end: start + 7 }], 120);
    expect(cut.clippedStart).toBe(true);
    expect(cut.clippedEnd).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(120);
    expect(cut.text.startsWith('word')).toBe(true);
    expect(cut.ranges.map((range) => cut.text.slice(range.start, range.end))).toEqual(['dentist']);
  });

  it('shows the start of long text when nothing in it matched', () => {
    const text = 'x '.repeat(200);
    const cut = snippet(text, [], 50);
    expect(cut.clippedStart).toBe(false);
    expect(cut.clippedEnd).toBe(true);
  });
});
