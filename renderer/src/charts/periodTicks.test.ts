import { describe, expect, it } from 'vitest';
import { estimatedLabelWidth, layoutPeriodTicks, type PeriodTickInput } from './periodTicks';

function ticks(xs: readonly number[], label = 'Q1 2019/20', current = -1): PeriodTickInput[] {
  return xs.map((x, index) => ({ x, label, current: index === current }));
}

/** True when no two printed names of a slanted axis start closer than a slanted line needs. */
function noOverlap(input: readonly PeriodTickInput[], labelled: ReadonlySet<number>): boolean {
  const xs = [...labelled].map((index) => input[index]!.x).sort((a, b) => a - b);
  return xs.every((x, index) => index === 0 || x - xs[index - 1]! >= 28);
}

describe('layoutPeriodTicks', () => {
  it('prints every name upright when they fit side by side', () => {
    const input = ticks([0, 120, 240, 360]);
    const layout = layoutPeriodTicks(input);
    expect(layout.slanted).toBe(false);
    expect([...layout.labelled].sort()).toEqual([0, 1, 2, 3]);
  });

  it('slants names that would touch upright, and keeps them all when slanting makes room', () => {
    const input = ticks([0, 60, 120, 180]);
    const layout = layoutPeriodTicks(input);
    expect(layout.slanted).toBe(true);
    expect([...layout.labelled].sort()).toEqual([0, 1, 2, 3]);
  });

  it('judges upright room by the names themselves: long (or translated, longer) names slant sooner', () => {
    expect(layoutPeriodTicks(ticks([0, 90], 'Q1 18/19')).slanted).toBe(false);
    expect(layoutPeriodTicks(ticks([0, 90], 'Chwarter 1 2018/19 (dros dro)')).slanted).toBe(true);
    expect(estimatedLabelWidth('Chwarter 1 2018/19')).toBeGreaterThan(estimatedLabelWidth('Q1 2018/19'));
  });

  it('leaves out names that would overlap even slanted, never the current period or the newest', () => {
    // A year figure and the first quarter of the next year sit almost on top of each other.
    const input = ticks([0, 30, 60, 90, 100, 130, 160], 'Blwyddyn 2018/19', 2);
    const layout = layoutPeriodTicks(input);
    expect(layout.slanted).toBe(true);
    expect(layout.labelled.has(2)).toBe(true);
    expect(layout.labelled.has(6)).toBe(true);
    expect(layout.labelled.has(0)).toBe(true);
    expect(layout.labelled.size).toBeLessThan(input.length);
    expect(noOverlap(input, layout.labelled)).toBe(true);
  });

  it('reaches further below the axis the longer the slanted names are, so the axis legend can go beneath them', () => {
    const short = layoutPeriodTicks(ticks([0, 40, 80], 'Q1 18/19'));
    const long = layoutPeriodTicks(ticks([0, 40, 80], '[Ǫ1 2018/19 ~~~]'));
    expect(short.slanted && long.slanted).toBe(true);
    expect(long.depth).toBeGreaterThan(short.depth);
    expect(long.depth).toBeGreaterThanOrEqual(Math.sin((35 * Math.PI) / 180) * estimatedLabelWidth('[Ǫ1 2018/19 ~~~]'));
    expect(layoutPeriodTicks(ticks([0, 200])).depth).toBeLessThan(short.depth);
  });

  it('keeps a single period’s name', () => {
    expect([...layoutPeriodTicks(ticks([50])).labelled]).toEqual([0]);
  });
});
