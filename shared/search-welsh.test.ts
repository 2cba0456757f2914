import { describe, expect, it } from 'vitest';
import { mutationFamily, mutatedForms, radicalForms } from './search-welsh';

/** True when typing `typed` (a finished word) finds `written` in the text. */
function finds(typed: string, written: string, prefix = false): boolean {
  return mutationFamily(typed, { prefix }).includes(written);
}

describe('Welsh mutation families', () => {
  it.each([
    ['gofal', 'ofal'],
    ['cymraeg', 'gymraeg'],
    ['cymraeg', 'chymraeg'],
    ['cymraeg', 'nghymraeg'],
    ['plant', 'blant'],
    ['plant', 'mhlant'],
    ['plant', 'phlant'],
    ['tad', 'dad'],
    ['tad', 'nhad'],
    ['tad', 'thad'],
    ['bachgen', 'fachgen'],
    ['bachgen', 'machgen'],
    ['dwr', 'ddwr'],
    ['llyfr', 'lyfr'],
    ['rhaglen', 'raglen'],
    ['mam', 'fam'],
    ['afal', 'hafal'],
  ])('typing %s finds %s, and the other way round', (radical, mutated) => {
    expect(finds(radical, mutated)).toBe(true);
    expect(finds(mutated, radical)).toBe(true);
  });

  it('joins two mutated forms of one word through its radical', () => {
    expect(finds('gymraeg', 'nghymraeg')).toBe(true);
    expect(finds('nghymraeg', 'chymraeg')).toBe(true);
    expect(finds('blant', 'phlant')).toBe(true);
    expect(finds('fachgen', 'machgen')).toBe(true);
  });

  it('does not mutate words that no mutation changes', () => {
    expect(mutatedForms('chwarter')).toEqual([]);
    expect(mutatedForms('ffordd')).toEqual([]);
    expect(radicalForms('llyfr')).toEqual(['llyfr']);
  });

  it('knows the limit of short words: ci reaches chi only once finished', () => {
    expect(mutationFamily('ci', { prefix: true })).toEqual(['ci']);
    expect(mutationFamily('ci', { prefix: false })).toEqual(expect.arrayContaining(['ci', 'gi', 'nghi', 'chi']));
  });

  it('never searches for a form too short to mean anything while typing', () => {
    // Dropping the g of "gof" would search for every word starting "of".
    expect(mutationFamily('gof', { prefix: true })).not.toContain('of');
    expect(mutationFamily('gofa', { prefix: true })).toContain('ofa');
  });

  it('leaves numbers and codes alone', () => {
    expect(mutationFamily('025', { prefix: false })).toEqual(['025']);
    expect(mutationFamily('scc025', { prefix: false })).toEqual(['scc025']);
  });

  it('puts the word as typed first', () => {
    expect(mutationFamily('blant', { prefix: false })[0]).toBe('blant');
  });
});
