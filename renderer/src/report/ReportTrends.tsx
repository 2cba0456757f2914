import type { ReportView } from '../../../shared/domain';
import { comparableHistory, headlineHistory, valuedHistory } from '../../../shared/indicators';
import { referencePeriod } from '../indicators/chartPoints';
import { IndicatorBreakdown } from '../indicators/IndicatorBreakdown';
import { IndicatorTrend } from '../indicators/IndicatorTrend';
import { useText } from '../text/useText';
import { indicatorCards } from './indicatorCards';

/**
 * A trend chart for every indicator of the report with figures for more than one period (from
 * any report in the library), the report's own point ringed; then a bar chart for each set of
 * breakdowns the report gives.
 */
export function ReportTrends({ id, report }: Readonly<{ id: string; report: ReportView }>) {
  const { t } = useText();
  const trends = report.indicators
    .map(({ indicator, measurements }) => ({ indicator, measurements, reference: referencePeriod(report.id, report.period, measurements) }))
    .filter(
      ({ indicator, measurements, reference }) => comparableHistory(indicator.unit, valuedHistory(headlineHistory(measurements)), reference).length > 1,
    );
  const breakdowns = indicatorCards(report).filter((card) => card.breakdown.filter((part) => part.value !== null).length > 1);
  return (
    <section id={id} className="briefing-panel report-trends" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('report:trends.heading')}</h2>
      {trends.length === 0 && breakdowns.length === 0 ? <p>{t('report:trends.none')}</p> : <p>{t('report:trends.intro')}</p>}
      <div className="report-trends__grid">
        {trends.map(({ indicator, measurements, reference }) => (
          <IndicatorTrend
            key={indicator.id}
            indicator={indicator}
            measurements={measurements}
            reference={reference}
            highlight={reference}
            meaning="this_report"
            headingLevel={3}
          />
        ))}
      </div>
      {breakdowns.length > 0 ? (
        <>
          <h3 className="report-trends__subheading">{t('report:trends.breakdownsHeading')}</h3>
          <div className="report-trends__grid">
            {breakdowns.map((card) => (
              <IndicatorBreakdown
                key={card.indicator.id}
                indicator={card.indicator}
                breakdown={card.breakdown}
                period={card.breakdown[0]!.period}
                headingLevel={4}
              />
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
