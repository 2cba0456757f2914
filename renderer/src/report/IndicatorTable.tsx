import { useId } from 'react';
import type { ReportView } from '../../../shared/domain';
import { useText } from '../text/useText';
import { IndicatorRow } from './IndicatorRow';
import { indicatorRows } from './indicatorRows';

/** The indicators the report mentions, with the figure it gives for each. */
export function IndicatorTable({ report }: Readonly<{ report: ReportView }>) {
  const { t } = useText();
  const headingId = useId();
  const rows = indicatorRows(report);
  return (
    <section className="indicators">
      <h2 id={headingId}>{t('report:indicators.heading')}</h2>
      {report.indicators.length === 0 ? (
        <p>{t('report:indicators.none')}</p>
      ) : (
        <>
          <p className="indicators__count">{t('report:indicators.count', { count: report.indicators.length })}</p>
          <table className="indicators__table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('report:indicators.column.code')}</th>
                <th scope="col">{t('report:indicators.column.title')}</th>
                <th scope="col">{t('report:indicators.column.value')}</th>
                <th scope="col">{t('report:indicators.column.period')}</th>
                <th scope="col">{t('report:indicators.column.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <IndicatorRow key={`${row.indicator.id}-${row.measurement?.id ?? index}`} row={row} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
