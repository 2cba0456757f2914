import { describe, expect, it } from 'vitest';
import { compileTextFilter, isEmptyFilter, matchesTextFilter, textMatches } from './text-filter';

const cy = (text: string) => ({ text, lang: 'cy' as const });
const en = (text: string) => ({ text, lang: 'en' as const });

describe('text filters: Welsh letters and case', () => {
  it('finds ynglŷn when ynglyn is typed, and the other way round', () => {
    expect(textMatches('ynglyn', [cy('Adroddiad ynglŷn â phlant')])).toBe(true);
    expect(textMatches('ynglŷn', [cy('Adroddiad ynglyn a phlant')])).toBe(true);
  });

  it('finds dŵr when dwr is typed, and the other way round', () => {
    expect(textMatches('dwr', [cy('Ansawdd y dŵr')])).toBe(true);
    expect(textMatches('dŵr', [cy('Ansawdd y dwr')])).toBe(true);
  });

  it('ignores case, and accents written as a letter and a combining mark', () => {
    expect(textMatches('DŴR', [cy('dwr')])).toBe(true);
    expect(textMatches('dwr', [cy('Dw\u0302r')])).toBe(true);
    expect(textMatches('scc/025', [en('SCC/025')])).toBe(true);
  });

  it('treats every apostrophe alike', () => {
    expect(textMatches("sy'n derbyn", [cy('Plant sy’n Derbyn Gofal')])).toBe(true);
  });
});

describe('text filters: words', () => {
  it('matches the beginning of words, not the middle', () => {
    expect(textMatches('plac', [en('Children in regulated placements')])).toBe(true);
    expect(textMatches('lace', [en('Children in regulated placements')])).toBe(false);
  });

  it('needs every typed word, in any order, across all the texts', () => {
    const texts = [en('SCC/025'), en('Statutory visits to children looked after')];
    expect(textMatches('visits scc', texts)).toBe(true);
    expect(textMatches('visits adoption', texts)).toBe(false);
  });

  it('keeps everything when nothing (or only punctuation) is typed', () => {
    expect(isEmptyFilter(compileTextFilter('  '))).toBe(true);
    expect(isEmptyFilter(compileTextFilter('–'))).toBe(true);
    expect(matchesTextFilter(compileTextFilter(''), [en('anything')])).toBe(true);
    expect(isEmptyFilter(compileTextFilter('a'))).toBe(false);
  });
});

describe('text filters: Welsh mutations', () => {
  it('finds a mutated word from its radical, and the radical from a mutation', () => {
    expect(textMatches('Caerdydd', [cy('wedi’u lleoli yng Nghaerdydd')])).toBe(true);
    expect(textMatches('gofal', [cy('a ddychwelodd adref o ofal')])).toBe(true);
    expect(textMatches('blant', [cy('Canran y plant')])).toBe(true);
  });

  it('mutates only Welsh text', () => {
    expect(textMatches('Caerdydd', [en('Nghaerdydd')])).toBe(false);
    expect(textMatches('man ', [en('family')])).toBe(false);
  });

  it('does not mutate a short word still being typed', () => {
    // "ci" could be "chi" once finished, but while typing it only finds words starting "ci".
    expect(textMatches('ci', [cy('chi')])).toBe(false);
    expect(textMatches('ci ', [cy('chi')])).toBe(true);
  });
});
