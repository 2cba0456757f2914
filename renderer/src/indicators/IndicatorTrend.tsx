import { useMemo } from 'react';
import type { IndicatorView, MeasurementView } from '../../../shared/domain';
import { TrendChart } from '../charts/TrendChart';
import { formatValueWithUnit } from '../text/formatMeasurement';
import { useText } from '../text/useText';
import { tickFormatter, trendData, type HighlightMeaning } from './chartPoints';
import { UNIT_KEYS } from './labels';
import { useIndicatorName } from './useIndicatorName';

/**
 * An indicator's trend chart, or nothing when it has figures for fewer than two periods.
 * `reference` keeps a count's quarters and years apart; `highlight` is the ringed period.
 */
export function IndicatorTrend({
  indicator,
  measurements,
  reference,
  highlight,
  meaning,
  headingLevel,
}: Readonly<{
  indicator: IndicatorView;
  measurements: readonly MeasurementView[];
  reference: string | null;
  highlight: string | null;
  /** What the ringed point stands for, said in the legend and the data table. */
  meaning: HighlightMeaning;
  headingLevel: 2 | 3 | 4;
}>) {
  const { t } = useText();
  const name = useIndicatorName(indicator);
  const { points, target } = useMemo(
    () => trendData(indicator, measurements, reference, highlight, meaning, t),
    [indicator, measurements, reference, highlight, meaning, t],
  );
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const targetText = target === null ? null : formatValueWithUnit(target, indicator.unit, t);
  const values = { title: name, first: first.valueText, firstPeriod: first.label, last: last.valueText, lastPeriod: last.label };
  const summary = targetText ? t('charts:trend.summaryTarget', { ...values, target: targetText }) : t('charts:trend.summary', values);
  const Heading = ({ 2: 'h2', 3: 'h3', 4: 'h4' } as const)[headingLevel];
  return (
    <TrendChart
      caption={<Heading className="chart__title">{name}</Heading>}
      name={t('charts:trend.name', { title: name })}
      summary={summary}
      points={points}
      target={target === null || targetText === null ? null : { value: target, label: t('charts:trend.target', { value: targetText }) }}
      formatTick={tickFormatter(indicator)}
      valueLegend={t(UNIT_KEYS[indicator.unit])}
      percent={indicator.unit === 'percent'}
      currentLegend={meaning === 'latest' ? t('charts:trend.legendLatest') : t('charts:trend.legendCurrent')}
    />
  );
}
