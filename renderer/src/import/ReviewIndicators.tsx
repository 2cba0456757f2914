import type { DraftIndicator, DraftMeasurement, ImportDraft } from '../../../shared/import';
import { formatFractionOf } from '../../../shared/format';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatValueWithUnit } from '../text/formatMeasurement';
import { formatPeriod } from '../text/formatPeriod';
import type { Translate } from '../text/useText';
import { useText } from '../text/useText';

const ROLE_ORDER = { current: 0, comparison: 1, series: 2 } as const;

function describeMeasurement(measurement: DraftMeasurement, indicator: DraftIndicator, t: Translate): string {
  const period = formatPeriod(measurement.period, t);
  const fraction = formatFractionOf({ numerator: measurement.numerator ?? null, denominator: measurement.denominator ?? null });
  const base =
    measurement.value === null
      ? t('import:review.indicators.noValue', { period })
      : t('import:review.indicators.value', { period, value: [formatValueWithUnit(measurement.value, indicator.unit, t), fraction].filter(Boolean).join(' ') });
  const notes = [
    measurement.role === 'comparison' ? t('import:review.indicators.role.comparison') : null,
    measurement.role === 'series' ? t('import:review.indicators.role.series') : null,
    measurement.provisional ? t('import:review.indicators.flag.provisional') : null,
    measurement.pending ? t('import:review.indicators.flag.pending') : null,
    measurement.unavailable ? t('import:review.indicators.flag.unavailable') : null,
    measurement.page ? t('import:review.indicators.page', { page: String(measurement.page) }) : null,
  ].filter(Boolean);
  return notes.length > 0 ? `${base} (${notes.join(', ')})` : base;
}

/**
 * Every indicator found, with its figures and whether it joins one the library already follows.
 * Unticking one leaves it, and its figures, out of what is saved.
 */
export function ReviewIndicators({
  draft,
  dropped,
  onToggle,
}: Readonly<{ draft: ImportDraft; dropped: ReadonlySet<string>; onToggle: (key: string, keep: boolean) => void }>) {
  const { t, language } = useText();
  return (
    <section className="import-section" aria-labelledby="import-indicators-heading">
      <h2 id="import-indicators-heading">{t('import:review.indicators.heading')}</h2>
      <p className="muted">{t('import:review.indicators.count', { count: draft.indicators.length })}</p>
      {draft.indicators.length === 0 ? (
        <p>{t('import:review.indicators.none')}</p>
      ) : (
        <table className="import-table import-table--indicators">
          <thead>
            <tr>
              <th scope="col">{t('import:review.indicators.column.keep')}</th>
              <th scope="col">{t('import:review.indicators.column.code')}</th>
              <th scope="col">{t('import:review.indicators.column.title')}</th>
              <th scope="col">{t('import:review.indicators.column.values')}</th>
              <th scope="col">{t('import:review.indicators.column.library')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.indicators.map((indicator) => {
              const title = pickText(indicator.title, draft.language) ?? { text: indicator.code ?? indicator.key, lang: draft.language };
              const kept = !dropped.has(indicator.key);
              const joins = indicator.match ? pickText(indicator.match.title, language) : null;
              const measurements = [...indicator.measurements].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || b.period.localeCompare(a.period));
              return (
                <tr key={indicator.key} className={kept ? undefined : 'import-table__dropped'}>
                  <td>
                    <input
                      type="checkbox"
                      className="import-keep"
                      checked={kept}
                      aria-label={t('import:review.indicators.keep', { title: indicator.code ? `${indicator.code} ${title.text}` : title.text })}
                      onChange={(event) => onToggle(indicator.key, event.target.checked)}
                    />
                  </td>
                  <td className="import-table__code">{indicator.code ?? <span className="muted">{t('import:review.indicators.noCode')}</span>}</td>
                  <th scope="row" className="import-table__title" lang={langIfDifferent(title.lang, language)}>
                    {title.text}
                  </th>
                  <td>
                    <ul className="import-values">
                      {measurements.map((measurement) => (
                        <li key={`${measurement.period} ${measurement.dimension ?? ''} ${measurement.role}`}>{describeMeasurement(measurement, indicator, t)}</li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {joins ? (
                      <span lang={langIfDifferent(joins.lang, language)}>{t('import:review.indicators.joins', { title: joins.text })}</span>
                    ) : (
                      t('import:review.indicators.new')
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
