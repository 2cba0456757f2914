import { describe, expect, it } from 'vitest';
import { pseudoLocaleRequested, pseudoLocalise } from './pseudoLocale';

describe('pseudo-locale', () => {
  it('accents every letter, keeps digits and punctuation, and is about 40% longer', () => {
    const out = pseudoLocalise('Quarter 2 2017/18');
    expect(out).toMatch(/^\[Ǫüâŕţéŕ 2 2017\/18 ~~~/);
    expect(out.length).toBeGreaterThanOrEqual(Math.round('Quarter 2 2017/18'.length * 1.4));
  });

  it('is only on when the address asks for it', () => {
    expect(pseudoLocaleRequested('?pseudo=1')).toBe(true);
    expect(pseudoLocaleRequested('')).toBe(false);
    expect(pseudoLocaleRequested('?pseudo=0')).toBe(false);
  });
});
