import { useMemo } from 'react';
import { formatFractionOf } from '../../../shared/format';
import { breakdownAt, comparisonFor, effectiveArrow, latestStated, type IndicatorDetailView } from '../../../shared/indicators';
import { MetaList, type MetaItem } from '../common/MetaList';
import { PageHeading } from '../common/PageHeading';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatValueWithUnit } from '../text/formatMeasurement';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { ArrowBadge } from './ArrowBadge';
import { FaceBadge } from './FaceBadge';
import { FlagList } from './FlagList';
import { formatFigure } from './format';
import { IndicatorBreakdown } from './IndicatorBreakdown';
import { IndicatorHistoryTable } from './IndicatorHistoryTable';
import { IndicatorTrend } from './IndicatorTrend';
import { PLAN_KEYS, POLARITY_KEYS, UNIT_KEYS } from './labels';
import { SourceLink } from './SourceLink';

/** One indicator: what it measures, its latest figure, its trend and its full history with sources. */
export function IndicatorDetail({ detail }: Readonly<{ detail: IndicatorDetailView }>) {
  const { t, language } = useText();
  const { indicator, measurements } = detail;
  const reports = useMemo(() => new Map(detail.reports.map((report) => [report.id, report])), [detail.reports]);
  const title = pickText(indicator.title, language);
  const area = indicator.area ? pickText(indicator.area, language) : null;
  const latest = latestStated(measurements);
  const latestSourced = latest ? (measurements.find((m) => m.id === latest.id) ?? null) : null;
  const comparison = latest ? comparisonFor(measurements, latest, indicator.unit) : null;
  const arrow = latest ? effectiveArrow(indicator.polarity, latest, comparison) : null;
  const breakdown = latest ? breakdownAt(measurements, latest.period) : [];
  const fraction = latest ? formatFractionOf(latest) : null;

  const about: MetaItem[] = [
    { term: t('indicators:detail.unit'), value: t(UNIT_KEYS[indicator.unit]) },
    { term: t('indicators:detail.polarity'), value: t(POLARITY_KEYS[indicator.polarity]) },
    { term: t('indicators:detail.plan'), value: indicator.plan ? t(PLAN_KEYS[indicator.plan]) : t('indicators:plan.none') },
    {
      term: t('indicators:detail.area'),
      value: area?.text ?? t('indicators:filters.noArea'),
      lang: area ? langIfDifferent(area.lang, language) : undefined,
    },
  ];

  return (
    <article className="indicator-detail">
      <PageHeading lang={title ? langIfDifferent(title.lang, language) : undefined}>
        {indicator.code ? <span className="indicator-detail__code">{indicator.code}</span> : null}
        {title?.text ?? indicator.key}
      </PageHeading>
      <MetaList className="meta-list--grid" items={about} />

      <section className="briefing-panel" aria-labelledby="indicator-latest">
        <h2 id="indicator-latest">{t('indicators:detail.latest')}</h2>
        {latest ? (
          <div className="indicator-detail__latest">
            <p className="indicator-card__figure">
              <span className="indicator-card__value">{formatFigure(latest, indicator.unit, t)}</span>
              {fraction ? <span className="indicator-card__fraction"> {fraction}</span> : null}
              <span className="indicator-detail__period">{formatPeriod(latest.period, t)}</span>
            </p>
            <dl className="indicator-card__facts">
              <div>
                <dt>{t('indicators:card.target')}</dt>
                <dd>{latest.target !== null ? formatValueWithUnit(latest.target, indicator.unit, t) : t('indicators:card.noTarget')}</dd>
              </div>
              {comparison && comparison.measurement.value !== null ? (
                <div>
                  <dt>{t('indicators:card.comparedWith')}</dt>
                  <dd>
                    {t('indicators:value.inPeriod', {
                      value: formatValueWithUnit(comparison.measurement.value, indicator.unit, t),
                      period: formatPeriod(comparison.measurement.period, t),
                    })}
                  </dd>
                </div>
              ) : null}
            </dl>
            <ul className="indicator-card__status">
              <li>
                <FaceBadge face={latest.face} />
              </li>
              <li>
                <ArrowBadge arrow={arrow} />
              </li>
            </ul>
            <FlagList measurement={latest} />
            {latestSourced ? (
              <p>
                <SourceLink measurement={latestSourced} report={reports.get(latest.sourceReportId) ?? null} />
              </p>
            ) : null}
          </div>
        ) : (
          <p>{t('indicators:detail.noLatest')}</p>
        )}
      </section>

      <IndicatorTrend indicator={indicator} measurements={measurements} reference={latest?.period ?? null} highlight={latest?.period ?? null} meaning="latest" headingLevel={2} />
      {latest ? <IndicatorBreakdown indicator={indicator} breakdown={breakdown} period={latest.period} headingLevel={2} /> : null}

      <section className="briefing-panel" aria-labelledby="indicator-history">
        <h2 id="indicator-history">{t('indicators:detail.history.heading')}</h2>
        <p>{t('indicators:detail.history.intro')}</p>
        <IndicatorHistoryTable indicator={indicator} measurements={measurements} reports={reports} />
      </section>
    </article>
  );
}
