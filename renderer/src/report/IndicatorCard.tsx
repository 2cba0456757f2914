import { useId, type MouseEvent } from 'react';
import type { ReportVersionView } from '../../../shared/domain';
import { formatFractionOf } from '../../../shared/format';
import { isOffTarget } from '../../../shared/indicators';
import { ArrowBadge } from '../indicators/ArrowBadge';
import { FaceBadge } from '../indicators/FaceBadge';
import { FlagList } from '../indicators/FlagList';
import { formatChange, formatFigure } from '../indicators/format';
import { POLARITY_KEYS } from '../indicators/labels';
import { AnnotateTargetButton } from '../annotations/AnnotateTargetButton';
import { AddToQuestionsButton } from '../questions/AddToQuestionsButton';
import { indicatorHref, reportHref, type ReportPlace } from '../routing/route';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatValueWithUnit } from '../text/formatMeasurement';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { placeOf, type CardData } from './indicatorCards';

/**
 * One indicator as the report states it: code and title, the figure (with numerator and
 * denominator), the period, what it is compared with and the change, the target and which
 * direction is better, the face and the arrow (icon and words), and any flags. Links lead to the
 * paragraph that states it and to the indicator's full history.
 */
export function IndicatorCard({
  card,
  reportId,
  version,
  onJump,
}: Readonly<{ card: CardData; reportId: number; version: ReportVersionView; onJump: (place: ReportPlace) => void }>) {
  const { t, language } = useText();
  const titleId = useId();
  const { indicator, figure, comparison, change } = card;
  const title = pickText(indicator.title, language);
  const fraction = figure ? formatFractionOf(figure) : null;
  const place = figure ? placeOf(figure, version) : null;
  const offTarget = card.stated && isOffTarget(figure?.face ?? null);

  function jump(event: MouseEvent<HTMLAnchorElement>): void {
    if (!place || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onJump(place);
  }

  return (
    <article className={offTarget ? 'indicator-card indicator-card--off-target' : 'indicator-card'} aria-labelledby={titleId}>
      <p className="indicator-card__code">{indicator.code ?? t('indicators:code.none')}</p>
      <h3 id={titleId} className="indicator-card__title" lang={title ? langIfDifferent(title.lang, language) : undefined}>
        {title?.text ?? indicator.key}
      </h3>

      {figure ? (
        <p className="indicator-card__figure">
          <span className="indicator-card__value">{formatFigure(figure, indicator.unit, t)}</span>
          {fraction ? <span className="indicator-card__fraction"> {fraction}</span> : null}
        </p>
      ) : card.breakdown.length === 0 ? (
        <p className="indicator-card__none">{t('indicators:card.noFigure')}</p>
      ) : null}
      {figure && !card.stated ? <p className="indicator-card__note">{t('indicators:card.seriesOnly')}</p> : null}

      {card.breakdown.length > 0 ? <p className="indicator-card__subhead">{t('indicators:card.breakdown')}</p> : null}
      {card.breakdown.length > 0 ? (
        <dl className="indicator-card__breakdown">
          {card.breakdown.map((part) => {
            const label = part.dimensionLabel ? pickText(part.dimensionLabel, language) : null;
            const partFraction = formatFractionOf(part);
            return (
              <div key={part.dimension}>
                <dt lang={label ? langIfDifferent(label.lang, language) : undefined}>{label?.text ?? part.dimension}</dt>
                <dd>
                  <span className="indicator-card__part-value">{formatFigure(part, indicator.unit, t)}</span>
                  {partFraction ? ` ${partFraction}` : null}
                </dd>
              </div>
            );
          })}
        </dl>
      ) : null}

      <dl className="indicator-card__facts">
        {figure ? (
          <div>
            <dt>{t('indicators:card.period')}</dt>
            <dd>{formatPeriod(figure.period, t)}</dd>
          </div>
        ) : null}
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
        {change ? (
          <div>
            <dt>{t('indicators:card.change')}</dt>
            <dd>{formatChange(change, indicator.unit, t)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('indicators:card.target')}</dt>
          <dd>{figure?.target != null ? formatValueWithUnit(figure.target, indicator.unit, t) : t('indicators:card.noTarget')}</dd>
        </div>
        <div>
          <dt>{t('indicators:card.direction')}</dt>
          <dd>{t(POLARITY_KEYS[indicator.polarity])}</dd>
        </div>
      </dl>

      {figure && card.stated ? (
        <ul className="indicator-card__status">
          <li>
            <FaceBadge face={figure.face} />
          </li>
          <li>
            <ArrowBadge arrow={card.arrow} />
          </li>
        </ul>
      ) : null}
      {figure ? <FlagList measurement={figure} /> : null}

      <p className="indicator-card__links">
        {place ? (
          <a href={reportHref(reportId, place)} onClick={jump} aria-describedby={titleId}>
            {figure?.page != null ? t('indicators:card.whereOnPage', { page: figure.page }) : t('indicators:card.where')}
          </a>
        ) : null}
        <a href={indicatorHref(indicator.id)} aria-describedby={titleId}>
          {t('indicators:card.history')}
        </a>
        <AddToQuestionsButton
          evidence={{ kind: 'indicator', reportId, indicatorId: indicator.id, ...(figure ? { period: figure.period } : {}) }}
          summary={[indicator.code, title?.text ?? indicator.key].filter(Boolean).join(' ')}
          describedBy={titleId}
        />
        <AnnotateTargetButton target={{ kind: 'indicator', indicatorId: indicator.id }} describedBy={titleId} />
      </p>
    </article>
  );
}
