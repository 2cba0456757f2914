import type { IndicatorView, MeasurementView } from '../../../shared/domain';
import { formatFractionOf, formatValue } from '../../../shared/format';
import { comparableHistory, headlineHistory, periodPosition, valuedHistory, type HistoryPoint } from '../../../shared/indicators';
import type { Language } from '../../../shared/languages';
import { comparePeriodKeys } from '../../../shared/period';
import type { ChartPoint } from '../charts/chartPoint';
import { pickText } from '../text/bilingual';
import { formatValueWithUnit } from '../text/formatMeasurement';
import { formatPeriod } from '../text/formatPeriod';
import type { Translate } from '../text/useText';
import { formatPeriodShort } from './format';

/**
 * The points an indicator's charts draw, in the interface language: a trend (one point per
 * period with a figure) and a breakdown (one bar per breakdown of a period).
 */

export interface TrendData {
  readonly points: readonly ChartPoint[];
  /** The target to draw as a reference line: the highlighted figure's own, else the latest given. */
  readonly target: number | null;
}

/** What the ringed point is: the figure of the report being read, or (on an indicator's page) the latest. */
export type HighlightMeaning = 'this_report' | 'latest';

function notesFor(measurement: MeasurementView, current: boolean, meaning: HighlightMeaning, t: Translate): string[] {
  const notes: string[] = [];
  if (current) notes.push(meaning === 'latest' ? t('charts:trend.latest') : t('charts:trend.thisReport'));
  if (measurement.provisional) notes.push(t('indicators:flag.provisional'));
  return notes;
}

/**
 * The trend of an indicator's headline figures, comparable with `reference` (a quarter's count is
 * not drawn against a year's total), with `highlight` (a period) marked as the current report's.
 */
export function trendData(
  indicator: IndicatorView,
  measurements: readonly MeasurementView[],
  reference: string | null,
  highlight: string | null,
  meaning: HighlightMeaning,
  t: Translate,
): TrendData {
  const history = valuedHistory(headlineHistory(measurements));
  const shown: (HistoryPoint & { value: number })[] = reference ? comparableHistory(indicator.unit, history, reference) : history;
  const points = shown.map(({ period, value, measurement }): ChartPoint => {
    const current = period === highlight;
    return {
      key: period,
      label: formatPeriod(period, t),
      shortLabel: formatPeriodShort(period, t),
      position: periodPosition(period) ?? undefined,
      value,
      valueText: formatValueWithUnit(value, indicator.unit, t),
      targetText: measurement.target === null ? undefined : formatValueWithUnit(measurement.target, indicator.unit, t),
      fractionText: formatFractionOf(measurement) ?? undefined,
      notes: notesFor(measurement, current, meaning, t),
      current,
    };
  });
  const highlighted = shown.find((point) => point.period === highlight)?.measurement.target ?? null;
  const latestTarget = [...shown].reverse().find((point) => point.measurement.target !== null)?.measurement.target ?? null;
  return { points, target: highlighted ?? latestTarget };
}

/** The period a report's charts of an indicator centre on: its own latest figure's, else its own period. */
export function referencePeriod(reportId: number, reportPeriod: string, measurements: readonly MeasurementView[]): string {
  const own = measurements
    .filter((m) => m.sourceReportId === reportId && m.dimension === '')
    .map((m) => m.period)
    .sort(comparePeriodKeys);
  const stated = measurements.find((m) => m.sourceReportId === reportId && m.role === 'current' && m.dimension === '');
  return stated?.period ?? own.at(-1) ?? reportPeriod;
}

/** One bar per breakdown, named in the interface language (else the other one). */
export function breakdownPoints(indicator: IndicatorView, breakdown: readonly MeasurementView[], language: Language, t: Translate): ChartPoint[] {
  return breakdown
    .filter((m): m is MeasurementView & { value: number } => m.value !== null)
    .map((m) => ({
      key: m.dimension,
      label: (m.dimensionLabel ? pickText(m.dimensionLabel, language)?.text : null) ?? m.dimension,
      shortLabel: (m.dimensionLabel ? pickText(m.dimensionLabel, language)?.text : null) ?? m.dimension,
      value: m.value,
      valueText: formatValueWithUnit(m.value, indicator.unit, t),
      fractionText: formatFractionOf(m) ?? undefined,
      notes: m.provisional ? [t('indicators:flag.provisional')] : [],
      current: false,
    }));
}

/** Axis tick labels: numbers as reports print them, without unit words (the axis legend names the unit). */
export function tickFormatter(indicator: IndicatorView): (value: number) => string {
  return (value) => formatValue(value, indicator.unit);
}
