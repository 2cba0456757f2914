import type { ImportDraft } from '../../../shared/import';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatValueWithUnit } from '../text/formatMeasurement';
import { useText } from '../text/useText';

/** The headline figures found; one whose indicator is unticked is left out with it. */
export function ReviewKeyStats({ draft, dropped }: Readonly<{ draft: ImportDraft; dropped: ReadonlySet<string> }>) {
  const { t, language } = useText();
  if (draft.keyStats.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby="import-keystats-heading">
      <h2 id="import-keystats-heading">{t('import:review.keyStats.heading')}</h2>
      <ul className="import-keystats">
        {draft.keyStats.map((stat, index) => {
          const label = pickText(stat.label, language) ?? { text: '', lang: language };
          const text = t('import:review.keyStats.item', { label: label.text, value: formatValueWithUnit(stat.value, stat.unit, t) });
          const kept = !(stat.indicatorKey && dropped.has(stat.indicatorKey));
          return (
            <li key={index} lang={langIfDifferent(label.lang, language)} className={kept ? undefined : 'import-table__dropped'}>
              {kept ? text : t('import:review.indicators.dropped', { title: text })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
