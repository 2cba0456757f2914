import { describe, expect, it } from 'vitest';
import { formatFraction, formatFractionOf, formatNumber, formatValue, parseIsoDate, unitNeedsWords } from './format';

describe('formatNumber', () => {
  it('groups thousands with commas, as English and Welsh both do', () => {
    expect(formatNumber(1607)).toBe('1,607');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0)).toBe('0');
  });

  it('keeps decimals up to the maximum and drops trailing zeros beyond the minimum', () => {
    expect(formatNumber(56.6, 1, 2)).toBe('56.6');
    expect(formatNumber(53, 1, 2)).toBe('53.0');
    expect(formatNumber(8.333333, 0, 2)).toBe('8.33');
    expect(formatNumber(2.5, 0, 0)).toBe('3');
    expect(formatNumber(1607.25)).toBe('1,607.25');
  });

  it('writes negative numbers with a minus sign, but never "-0"', () => {
    expect(formatNumber(-1607)).toBe('-1,607');
    expect(formatNumber(-0.001, 0, 1)).toBe('0');
  });

  it('returns an empty string for values that are not numbers', () => {
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('formatValue', () => {
  it('prints percentages with at least one decimal, as reports do', () => {
    expect(formatValue(56.6, 'percent')).toBe('56.6%');
    expect(formatValue(53, 'percent')).toBe('53.0%');
    expect(formatValue(100, 'percent')).toBe('100.0%');
    expect(formatValue(8.333, 'percent')).toBe('8.33%');
  });

  it('prints counts with thousands separators', () => {
    expect(formatValue(1607, 'count')).toBe('1,607');
    expect(formatValue(900, 'count')).toBe('900');
  });

  it('prints money in pounds, with pence only when there are some', () => {
    expect(formatValue(3511, 'money')).toBe('£3,511');
    expect(formatValue(3511.5, 'money')).toBe('£3,511.50');
    expect(formatValue(-200, 'money')).toBe('-£200');
  });

  it('prints days and rates as bare numbers for the caller to put into words', () => {
    expect(formatValue(23.46, 'days')).toBe('23.5');
    expect(formatValue(63.5, 'rate_per_1000')).toBe('63.5');
    expect(unitNeedsWords('days')).toBe(true);
    expect(unitNeedsWords('rate_per_1000')).toBe(true);
    expect(unitNeedsWords('percent')).toBe(false);
    expect(unitNeedsWords('count')).toBe(false);
  });

  it('prints ratios as plain numbers', () => {
    expect(formatValue(1.25, 'ratio')).toBe('1.25');
  });
});

describe('formatFraction', () => {
  it('prints numerator and denominator in brackets with spaced slash', () => {
    expect(formatFraction(378, 668)).toBe('(378 / 668)');
    expect(formatFraction(856, 1612)).toBe('(856 / 1,612)');
  });

  it('gives nothing unless both parts are known', () => {
    expect(formatFractionOf({ numerator: 378, denominator: 668 })).toBe('(378 / 668)');
    expect(formatFractionOf({ numerator: 378, denominator: null })).toBeNull();
    expect(formatFractionOf({ numerator: null, denominator: null })).toBeNull();
  });
});

describe('parseIsoDate', () => {
  it('splits a date into year, month and day', () => {
    expect(parseIsoDate('2018-01-16')).toEqual({ year: 2018, month: 1, day: 16 });
    expect(parseIsoDate('2019-09-30T10:00:00Z')).toEqual({ year: 2019, month: 9, day: 30 });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseIsoDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseIsoDate('2019-02-29')).toBeNull();
  });

  it('refuses anything that is not a real date', () => {
    expect(parseIsoDate('16/01/2018')).toBeNull();
    expect(parseIsoDate('2018-13-01')).toBeNull();
    expect(parseIsoDate('2018-04-31')).toBeNull();
    expect(parseIsoDate('2018-01-00')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });
});
