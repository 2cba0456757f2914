/**
 * What a chart shows for one point (a period on a trend, a breakdown on a bar chart), already in
 * the interface language. The chart, its keyboard read-out and its data table all read the same
 * points, so the table can never hold different numbers from the chart.
 */
export interface ChartPoint {
  /** Stable key: the period key, or the breakdown's key. */
  readonly key: string;
  /** Full label for the read-out and the table ("Quarter 2 2017/18"). */
  readonly label: string;
  /** Short label for the axis ("Q2 2017/18"). */
  readonly shortLabel: string;
  /** Position along a time axis (trends), so that gaps between periods show; absent for bars. */
  readonly position?: number | undefined;
  readonly value: number;
  /** The value as the table and read-out print it ("61.9%"). */
  readonly valueText: string;
  readonly targetText?: string | undefined;
  readonly fractionText?: string | undefined;
  /** Words about the point ("This report", "Provisional"); empty for none. */
  readonly notes: readonly string[];
  /** The point of the report being read, ringed on the chart. */
  readonly current: boolean;
}

/**
 * A y-axis range that shows every value and the target with a little room, starting at zero for
 * figures that cannot be negative, and not above 100 for percentages that do not exceed it.
 */
export function yDomain(values: readonly number[], target: number | null, percent: boolean): { min: number; max: number } {
  const all = target === null ? [...values] : [...values, target];
  if (all.length === 0) return { min: 0, max: 1 };
  const low = Math.min(...all);
  const high = Math.max(...all);
  const spread = high - low;
  const pad = spread > 0 ? spread * 0.2 : Math.max(1, Math.abs(high) * 0.1);
  let min = low - pad;
  let max = high + pad;
  if (low >= 0 && min < 0) min = 0;
  if (percent && high <= 100 && max > 100) max = 100;
  return { min, max };
}
