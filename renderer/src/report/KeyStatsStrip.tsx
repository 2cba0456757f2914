import type { KeyStatView } from '../../../shared/domain';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatValueWithUnit } from '../text/formatMeasurement';
import { useText } from '../text/useText';

/** The report's headline figures as a strip of large numbers, each with its label. */
export function KeyStatsStrip({ id, stats }: Readonly<{ id: string; stats: readonly KeyStatView[] }>) {
  const { t, language } = useText();
  return (
    <section id={id} className="briefing-panel key-stats" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('report:keyStats.heading')}</h2>
      <ul className="key-stats__list">
        {stats.map((stat, index) => {
          const label = pickText(stat.label, language);
          return (
            <li key={index} className="key-stats__item">
              <span className="key-stats__value">{formatValueWithUnit(stat.value, stat.unit, t)}</span>
              <span className="key-stats__label" lang={label ? langIfDifferent(label.lang, language) : undefined}>
                {label?.text}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
