import { describe, expect, it } from 'vitest';
import { findIndicatorCodes, indicatorCodeIndexText, looksLikeIndicatorCode } from './search-codes';

describe('indicator codes in text', () => {
  it('finds codes however they are printed, in their normalised form', () => {
    const text = 'Visits (SCC/025) and reviews (SCC 021), CS LAC 58, SSWB 25, FAM KPI 01, CS LAC 3e and scc024.';
    const codes = findIndicatorCodes(text).map((occurrence) => occurrence.code);
    for (const code of ['scc025', 'scc021', 'cslac58', 'sswb25', 'famkpi01', 'cslac3e', 'scc024']) expect(codes).toContain(code);
  });

  it('says where each code is written, so it can be highlighted', () => {
    const text = 'in CS LAC 58 placements';
    const full = findIndicatorCodes(text).find((occurrence) => occurrence.code === 'cslac58')!;
    expect(text.slice(full.start, full.end)).toBe('CS LAC 58');
  });

  it('ignores years, percentages and plain numbers', () => {
    expect(indicatorCodeIndexText('In 2017/18, 56.6% (378 / 668) and Quarter 2')).toBe('');
  });

  it('recognises a code being typed', () => {
    expect(looksLikeIndicatorCode('scc0')).toBe(true);
    expect(looksLikeIndicatorCode('scc')).toBe(false);
    expect(looksLikeIndicatorCode('2017')).toBe(false);
  });
});
