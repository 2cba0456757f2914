import { describe, expect, it } from 'vitest';
import { yDomain } from './chartPoint';

describe('yDomain', () => {
  it('includes every value and the target, with room around them', () => {
    const { min, max } = yDomain([56.6, 62.9], 60, true);
    expect(min).toBeLessThan(56.6);
    expect(max).toBeGreaterThan(62.9);
  });

  it('keeps non-negative figures from going below zero and percentages from passing 100', () => {
    expect(yDomain([1, 50], null, false).min).toBe(0);
    expect(yDomain([97.7, 100], 100, true).max).toBe(100);
  });

  it('gives a flat series some height', () => {
    const { min, max } = yDomain([93.8, 93.8], null, true);
    expect(max - min).toBeGreaterThan(0);
  });
});
