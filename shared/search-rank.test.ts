import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './search-query';
import { relevance, wholeWordForms, type RankingInput } from './search-rank';

const mark = (text: string) => text.replaceAll('[', '\u0001').replaceAll(']', '\u0002');
const passage = (marked: string): RankingInput => ({ marked: mark(marked), codeMatched: false, kind: 'passage' });

function score(query: string, input: RankingInput): number {
  return relevance(input, wholeWordForms(parseSearchQuery(query)));
}

describe('ranking', () => {
  it('puts a whole word before a word that only starts with what was typed', () => {
    expect(score('care', passage('[care] planning helps'))).toBeGreaterThan(score('care', passage('[carefirst] was late')));
  });

  it('counts inflections and Welsh mutations as whole words', () => {
    expect(score('placements', passage('one [placement] broke down'))).toBeGreaterThan(score('placements', passage('the [placementary] form')));
    expect(score('gofal', passage('mwy o [ofal] i blant'))).toBeGreaterThan(score('gofal', passage('y [gofalwyr] maeth')));
  });

  it('prefers a short passage about the subject to a long one that mentions it once', () => {
    const long = passage(`a [placement] ${'and more words '.repeat(60)}`);
    expect(score('placement', passage('the [placement] panel'))).toBeGreaterThan(score('placement', long));
  });

  it('ranks titles, headings and indicators above passages, and code matches highest', () => {
    const heading: RankingInput = { marked: mark('[Financial] implications'), codeMatched: false, kind: 'heading' };
    expect(score('financial', heading)).toBeGreaterThan(score('financial', passage('no [financial] implications arise')));
    const code: RankingInput = { marked: mark('visits were late'), codeMatched: true, kind: 'passage' };
    expect(score('scc025', code)).toBeGreaterThan(score('scc025', passage('[scc025] was mentioned')));
  });
});
