import type { ImportDraft } from '../../../shared/import';
import { formatValue } from '../../../shared/format';
import { useText } from '../text/useText';

/** Runs of chart numbers Briffio could not tie to an indicator: shown so nothing is silently lost. */
export function ReviewSeries({ draft }: Readonly<{ draft: ImportDraft }>) {
  const { t } = useText();
  if (draft.unmatchedSeries.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby="import-series-heading">
      <h2 id="import-series-heading">{t('import:review.series.heading')}</h2>
      <p>{t('import:review.series.body')}</p>
      <ul>
        {draft.unmatchedSeries.map((run, index) => (
          <li key={index}>{run.values.map((value) => formatValue(value, run.unit)).join(', ')}</li>
        ))}
      </ul>
    </section>
  );
}
