import { describe, expect, it } from 'vitest';
import { foldSearchText, foldWithOffsets, originalRange, searchTokens } from './search-fold';

describe('search folding', () => {
  it('drops Welsh diacritics, precomposed or combining, so ynglŷn is ynglyn', () => {
    expect(foldSearchText('Ynglŷn â’r dŵr, tŷ, sêl, sïo, gôl, ûn')).toBe("ynglyn a'r dwr, ty, sel, sio, gol, un");
    expect(foldSearchText('yngly\u0302n')).toBe('ynglyn');
  });

  it('makes every apostrophe one character the tokenizer splits on', () => {
    for (const written of ['sy’n', "sy'n", 'syʼn', 'sy‘n']) expect(foldSearchText(written)).toBe("sy'n");
    expect(searchTokens(foldSearchText('syʼn')).map((token) => token.text)).toEqual(['sy', 'n']);
  });

  it('lowercases and expands compatibility forms', () => {
    expect(foldSearchText('ＳＣＣ ﬁnance')).toBe('scc finance');
  });

  it('turns newlines and control characters into spaces', () => {
    expect(foldSearchText('one\ntwo\u0001three')).toBe('one two three');
  });

  it('maps folded positions back to the original text, combining marks included', () => {
    const original = 'Yr yngly\u0302n hwn';
    const map = foldWithOffsets(original);
    expect(map.folded).toBe('yr ynglyn hwn');
    const start = map.folded.indexOf('ynglyn');
    const range = originalRange(map, { start, end: start + 'ynglyn'.length })!;
    expect(original.slice(range.start, range.end)).toBe('yngly\u0302n');
  });

  it('maps through characters that fold to several', () => {
    const original = 'the ﬁnal ﬁgure';
    const map = foldWithOffsets(original);
    const start = map.folded.indexOf('figure');
    const range = originalRange(map, { start, end: start + 6 })!;
    expect(original.slice(range.start, range.end)).toBe('ﬁgure');
  });

  it('tokenises like SQLite unicode61: letters and digits, everything else separates', () => {
    expect(searchTokens('scc/025: well-being 56.6%').map((token) => token.text)).toEqual(['scc', '025', 'well', 'being', '56', '6']);
  });
});
