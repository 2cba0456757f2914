import type { ReportVersionView, ReportView } from '../../../shared/domain';
import { isOffTarget } from '../../../shared/indicators';
import type { ReportPlace } from '../routing/route';
import { useText } from '../text/useText';
import { IndicatorCard } from './IndicatorCard';
import { indicatorCards } from './indicatorCards';

/** The indicators the report mentions, one card each, in the report's order. */
export function IndicatorCards({
  id,
  report,
  version,
  onJump,
}: Readonly<{ id: string; report: ReportView; version: ReportVersionView; onJump: (place: ReportPlace) => void }>) {
  const { t } = useText();
  const cards = indicatorCards(report);
  const offTarget = cards.filter((card) => card.stated && isOffTarget(card.figure?.face ?? null)).length;
  return (
    <section id={id} className="briefing-panel indicator-cards" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('report:indicators.heading')}</h2>
      {cards.length === 0 ? (
        <p>{t('report:indicators.none')}</p>
      ) : (
        <>
          <p className="indicator-cards__summary">
            <span>{t('report:indicators.count', { count: cards.length })}</span>
            <span>{t('report:indicators.offTarget', { number: offTarget })}</span>
          </p>
          <div className="indicator-cards__grid">
            {cards.map((card) => (
              <IndicatorCard key={card.indicator.id} card={card} reportId={report.id} version={version} onJump={onJump} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
