import { useId } from 'react';
import type { IndicatorSummary } from '../../../shared/indicators';
import { indicatorHref } from '../routing/route';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatValueWithUnit } from '../text/formatMeasurement';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { ArrowBadge } from './ArrowBadge';
import { FaceBadge } from './FaceBadge';
import { FlagList } from './FlagList';
import { formatFigure } from './format';

/**
 * The filtered indicators as a table, one row each: code, title (a link to its history), area,
 * the latest figure with its period and flags, target, face, arrow and how long it has been
 * getting worse. Wide, so it scrolls sideways inside its own focusable box on a narrow window.
 */
export function IndicatorsTable({ indicators }: Readonly<{ indicators: readonly IndicatorSummary[] }>) {
  const { t, language } = useText();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table indicators-table">
        <caption id={captionId}>{t('indicators:table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators:table.code')}</th>
            <th scope="col">{t('indicators:table.title')}</th>
            <th scope="col">{t('indicators:table.area')}</th>
            <th scope="col">{t('indicators:table.latest')}</th>
            <th scope="col">{t('indicators:table.target')}</th>
            <th scope="col">{t('indicators:table.face')}</th>
            <th scope="col">{t('indicators:table.arrow')}</th>
            <th scope="col">{t('indicators:table.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((summary) => {
            const { indicator, latest } = summary;
            const title = pickText(indicator.title, language);
            const area = indicator.area ? pickText(indicator.area, language) : null;
            return (
              <tr key={indicator.id} className={summary.offTarget ? 'indicators-table__off-target' : undefined}>
                <td className="nowrap">{indicator.code ?? <span className="muted">{t('indicators:code.none')}</span>}</td>
                <th scope="row" className="indicators-table__title">
                  <a href={indicatorHref(indicator.id)} lang={title ? langIfDifferent(title.lang, language) : undefined}>
                    {title?.text ?? indicator.key}
                  </a>
                </th>
                <td lang={area ? langIfDifferent(area.lang, language) : undefined}>{area?.text ?? <span className="muted">–</span>}</td>
                <td>
                  {latest ? (
                    <>
                      <span className="indicators-table__value">{formatFigure(latest, indicator.unit, t)}</span>
                      <span className="indicators-table__period">{formatPeriod(latest.period, t)}</span>
                      <FlagList measurement={latest} />
                    </>
                  ) : (
                    <span className="muted">{t('indicators:value.none')}</span>
                  )}
                </td>
                <td className="nowrap">{latest?.target != null ? formatValueWithUnit(latest.target, indicator.unit, t) : <span className="muted">–</span>}</td>
                <td className="indicators-table__status">
                  <FaceBadge face={latest?.face ?? null} />
                </td>
                <td className="indicators-table__status">
                  <ArrowBadge arrow={summary.arrow} />
                </td>
                <td>
                  {summary.worseStreak > 0 ? (
                    t('indicators:streak.worse', { streak: summary.worseStreak })
                  ) : (
                    <span className="muted">{t('indicators:streak.none')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
