import { describe, expect, it } from 'vitest';
import { blockElementId } from '../report/blocks';
import { parseBlockElementId, storedQuote } from './passageQuote';

describe('the words of a selected passage, as the store has them', () => {
  const stored = 'Most **Children Looked After** had a visit on time this quarter.';
  const plain = 'Most Children Looked After had a visit on time this quarter.';

  function quoteOf(words: string): string {
    const start = plain.indexOf(words);
    return storedQuote(stored, start, start + words.length);
  }

  it('takes plain words straight from the stored text', () => {
    expect(quoteOf('had a visit on time')).toBe('had a visit on time');
  });

  it('keeps the bold markers of a phrase selected whole or in part, so the quote is found in the stored text', () => {
    expect(quoteOf('Most Children Looked After had')).toBe('Most **Children Looked After** had');
    expect(quoteOf('Looked After had')).toBe('Looked After** had');
    expect(quoteOf('Most Children')).toBe('Most **Children');
    for (const words of ['Looked After had', 'Most Children', 'Children Looked After']) expect(stored).toContain(quoteOf(words));
  });

  it('clamps a range that runs past the paragraph', () => {
    expect(storedQuote('Short.', 2, 99)).toBe('ort.');
    expect(storedQuote('Short.', 6, 9)).toBe('');
  });
});

describe('block element ids', () => {
  it('reads back the section key and block index, dashes in the key included', () => {
    expect(parseBlockElementId(blockElementId('detailed-commentary', 12))).toEqual({ sectionKey: 'detailed-commentary', blockIndex: 12 });
    expect(parseBlockElementId('s-overview')).toBeNull();
    expect(parseBlockElementId('b-overview-01')).toBeNull();
  });
});
