import { useMemo } from 'react';
import type { IndicatorView, MeasurementView } from '../../../shared/domain';
import { BreakdownChart } from '../charts/BreakdownChart';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { breakdownPoints, tickFormatter } from './chartPoints';
import { UNIT_KEYS } from './labels';
import { useIndicatorName } from './useIndicatorName';

/** A bar chart of an indicator's breakdowns within one period, or nothing for fewer than two. */
export function IndicatorBreakdown({
  indicator,
  breakdown,
  period,
  headingLevel,
}: Readonly<{ indicator: IndicatorView; breakdown: readonly MeasurementView[]; period: string; headingLevel: 2 | 3 | 4 }>) {
  const { t, language } = useText();
  const name = useIndicatorName(indicator);
  const points = useMemo(() => breakdownPoints(indicator, breakdown, language, t), [indicator, breakdown, language, t]);
  if (points.length < 2) return null;
  const periodText = formatPeriod(period, t);
  const Heading = ({ 2: 'h2', 3: 'h3', 4: 'h4' } as const)[headingLevel];
  return (
    <BreakdownChart
      caption={
        <Heading className="chart__title">
          {name} <span className="chart__subtitle">{periodText}</span>
        </Heading>
      }
      name={t('charts:breakdown.name', { title: name, period: periodText })}
      summary={t('charts:breakdown.summary', { title: name, period: periodText })}
      points={points}
      formatTick={tickFormatter(indicator)}
      valueLegend={t(UNIT_KEYS[indicator.unit])}
      percent={indicator.unit === 'percent'}
    />
  );
}
