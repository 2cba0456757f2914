import { describe, expect, it } from 'vitest';
import { MAX_TERMS, parseSearchQuery } from './search-query';

function terms(input: string) {
  return parseSearchQuery(input).terms;
}

describe('reading a search query', () => {
  it('treats the last word as a prefix while it is being typed', () => {
    expect(terms('foster plac')).toEqual([
      { kind: 'word', tokens: ['foster'], prefix: false },
      { kind: 'word', tokens: ['plac'], prefix: true },
    ]);
    expect(terms('foster plac ').map((term) => term.prefix)).toEqual([false, false]);
  });

  it('folds what was typed the way the index folds text', () => {
    expect(terms('Ynglŷn')).toEqual([{ kind: 'word', tokens: ['ynglyn'], prefix: true }]);
  });

  it('reads "quoted words" as a phrase, and an unclosed quote as a phrase being typed', () => {
    expect(terms('"foster carers" dentist')).toEqual([
      { kind: 'phrase', tokens: ['foster', 'carers'], prefix: false },
      { kind: 'word', tokens: ['dentist'], prefix: true },
    ]);
    expect(terms('“foster car')).toEqual([{ kind: 'phrase', tokens: ['foster', 'car'], prefix: true }]);
  });

  it('reads words joined by punctuation as a phrase', () => {
    expect(terms('sy’n well-being')).toEqual([
      { kind: 'phrase', tokens: ['sy', 'n'], prefix: false },
      { kind: 'phrase', tokens: ['well', 'being'], prefix: true },
    ]);
  });

  it.each([
    ['scc025', 'scc025', ['scc025'], false],
    ['SCC/025', 'scc025', ['scc', '025'], true],
    ['scc 025', 'scc025', ['scc', '025'], false],
    ['CS LAC 58', 'cslac58', ['cs', 'lac', '58'], false],
    ['cslac3e', 'cslac3e', ['cslac3e'], false],
  ])('recognises the code %s', (typed, code, tokens, adjacent) => {
    expect(terms(`${typed} `)).toEqual([{ kind: 'code', code, tokens, adjacent, prefix: false }]);
  });

  it('keeps a code being typed as a prefix', () => {
    expect(terms('visits scc 02')).toEqual([
      { kind: 'word', tokens: ['visits'], prefix: false },
      { kind: 'code', code: 'scc02', tokens: ['scc', '02'], adjacent: false, prefix: true },
    ]);
  });

  it('does not search yet for a single character typed at the end of a phrase or a code', () => {
    expect(terms('"foster c')).toEqual([{ kind: 'word', tokens: ['foster'], prefix: false }]);
    expect(terms('"s')).toEqual([]);
    expect(terms('scc 0')).toEqual([{ kind: 'code', code: 'scc0', tokens: ['scc'], adjacent: false, prefix: true }]);
    expect(terms('"foster carers" s')).toEqual([{ kind: 'phrase', tokens: ['foster', 'carers'], prefix: false }]);
  });

  it('ignores a lone letter, which would match nearly everything', () => {
    expect(terms('a')).toEqual([]);
    expect(terms('p')).toEqual([]);
    expect(terms('care a')).toEqual([{ kind: 'word', tokens: ['care'], prefix: false }]);
  });

  it('has nothing to search for in blank or punctuation-only text', () => {
    expect(terms('')).toEqual([]);
    expect(terms('   ')).toEqual([]);
    expect(terms('"" / -')).toEqual([]);
  });

  it('keeps at most a fixed number of terms', () => {
    expect(terms('one two three four five six seven eight nine ten')).toHaveLength(MAX_TERMS);
  });

  it('passes FTS5 operators through as ordinary words', () => {
    expect(terms('care NOT placement OR').map((term) => term.tokens[0])).toEqual(['care', 'not', 'placement', 'or']);
  });
});
