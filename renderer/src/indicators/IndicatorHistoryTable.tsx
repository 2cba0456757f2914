import { useId } from 'react';
import type { IndicatorView } from '../../../shared/domain';
import { formatFractionOf } from '../../../shared/format';
import type { SourceReport, SourcedMeasurement } from '../../../shared/indicators';
import { useText } from '../text/useText';
import { formatPeriod } from '../text/formatPeriod';
import { formatValueWithUnit } from '../text/formatMeasurement';
import { langIfDifferent, pickText } from '../text/bilingual';
import { FaceBadge } from './FaceBadge';
import { FlagList } from './FlagList';
import { formatFigure } from './format';
import { ArrowBadge } from './ArrowBadge';
import { SourceLink } from './SourceLink';
import { ROLE_KEYS } from './labels';

/**
 * Every figure the library holds for an indicator, newest period first, each with the report and
 * place it came from (a deep link to the paragraph) and how the report used it.
 */
export function IndicatorHistoryTable({
  indicator,
  measurements,
  reports,
}: Readonly<{ indicator: IndicatorView; measurements: readonly SourcedMeasurement[]; reports: ReadonlyMap<number, SourceReport> }>) {
  const { t, language } = useText();
  const captionId = useId();
  const rows = [...measurements].reverse();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table history-table">
        <caption id={captionId}>{t('indicators:detail.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators:detail.history.period')}</th>
            <th scope="col">{t('indicators:detail.history.breakdown')}</th>
            <th scope="col">{t('indicators:detail.history.value')}</th>
            <th scope="col">{t('indicators:detail.history.target')}</th>
            <th scope="col">{t('indicators:detail.history.status')}</th>
            <th scope="col">{t('indicators:detail.history.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((measurement) => {
            const breakdown = measurement.dimensionLabel ? pickText(measurement.dimensionLabel, language) : null;
            const fraction = formatFractionOf(measurement);
            const report = reports.get(measurement.sourceReportId) ?? null;
            return (
              <tr key={measurement.id}>
                <th scope="row" className="nowrap">
                  {formatPeriod(measurement.period, t)}
                </th>
                <td lang={breakdown ? langIfDifferent(breakdown.lang, language) : undefined}>
                  {breakdown?.text ?? (measurement.dimension || t('indicators:detail.history.headline'))}
                </td>
                <td>
                  <span className="history-table__value">{formatFigure(measurement, indicator.unit, t)}</span>
                  {fraction ? <span className="history-table__fraction"> {fraction}</span> : null}
                </td>
                <td className="nowrap">{measurement.target !== null ? formatValueWithUnit(measurement.target, indicator.unit, t) : '–'}</td>
                <td>
                  {measurement.role === 'current' ? (
                    <ul className="history-table__status">
                      {measurement.face ? (
                        <li>
                          <FaceBadge face={measurement.face} />
                        </li>
                      ) : null}
                      {measurement.arrow ? (
                        <li>
                          <ArrowBadge arrow={{ arrow: measurement.arrow, source: 'report' }} />
                        </li>
                      ) : null}
                    </ul>
                  ) : null}
                  <FlagList measurement={measurement} />
                </td>
                <td>
                  <SourceLink measurement={measurement} report={report} />
                  <span className="history-table__role">{t(ROLE_KEYS[measurement.role])}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
