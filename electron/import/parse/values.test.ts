import { describe, expect, it } from 'vitest';
import { findCodes, leadingCode } from './codes';
import { findValues, numberRun, parseNumber } from './values';

describe('indicator codes', () => {
  it('finds every kind of code councils print, tidied', () => {
    const text = 'CS LAC 58, CS LAC 3e, (SSWB 25), SCC/021, SCC / 025, FAM KPI 01, CSLAC 44 and PAM/028';
    expect(findCodes(text).map((code) => code.code)).toEqual(['CS LAC 58', 'CS LAC 3e', 'SSWB 25', 'SCC/021', 'SCC/025', 'FAM KPI 01', 'CS LAC 44', 'PAM/028']);
  });

  it('leaves ordinary capitals and numbers alone', () => {
    expect(findCodes('KS2 results, Key Stage 4, Quarter 2, 14 out of 36, IRO 3, CIW 2019')).toEqual([]);
  });

  it('knows when a paragraph starts with its code', () => {
    expect(leadingCode('CS LAC 58 Percentage of children placed in Cardiff')?.code).toBe('CS LAC 58');
    expect(leadingCode('The rate (SSWB 25) was 51.2%')).toBeNull();
  });
});

describe('figures in running text', () => {
  it('reads thousands separators', () => {
    expect(parseNumber('1,607')).toBe(1607);
    expect(findValues('There are 1,754 families and 12,345.5 visits.').map((v) => v.value)).toEqual([1754, 12345.5]);
  });

  it('reads a percentage with its numerator and denominator, either way round', () => {
    expect(findValues('was 51.2% (823 / 1,607) overall')).toMatchObject([{ value: 51.2, unit: 'percent', numerator: 823, denominator: 1607 }]);
    expect(findValues('385/676 (57.0%) children')).toMatchObject([{ value: 57, unit: 'percent', numerator: 385, denominator: 676 }]);
  });

  it('knows money, days and rates per 1,000', () => {
    expect(findValues('The average weekly cost was £3,511.')).toMatchObject([{ value: 3511, unit: 'money' }]);
    expect(findValues('Assessments took 23.5 days on average.')).toMatchObject([{ value: 23.5, unit: 'days' }]);
    expect(findValues('a rate of 10.6 per 1,000 children')).toMatchObject([{ value: 10.6, unit: 'rate_per_1000' }]);
  });

  it('does not take dates, periods, codes, ages, stages or distances for figures', () => {
    const text = 'At 30th September 2017 in Quarter 2 2017/18 (CS LAC 58), aged 14, at Key Stage 2, within 20 miles, 3 months later, in 2016';
    const codes = findCodes(text).map((code) => [code.index, code.end] as const);
    expect(findValues(text, codes)).toEqual([]);
  });

  it('recognises a chart run of numbers and its unit', () => {
    expect(numberRun('731 756 784 802 830')).toEqual({ values: [731, 756, 784, 802, 830], unit: 'count' });
    expect(numberRun('87.7% 88.9% 86.6%')).toEqual({ values: [87.7, 88.9, 86.6], unit: 'percent' });
    expect(numberRun('1,607 1,612')).toEqual({ values: [1607, 1612], unit: 'count' });
    expect(numberRun('There were 731 children')).toBeNull();
  });
});
