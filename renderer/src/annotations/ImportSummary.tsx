import type { AnnotationImportSummary, SkippedItem } from '../../../shared/annotation-model';
import { useText } from '../text/useText';

/** What an import did, in counts ("12 imported, 3 already here"), and why any were skipped. */
export function ImportSummary({ summary }: Readonly<{ summary: Pick<AnnotationImportSummary, 'imported' | 'updated' | 'unchanged' | 'unplaced'> & { skipped: readonly SkippedItem[] } }>) {
  const { t } = useText();
  return (
    <div className="import-summary">
      <ul>
        <li>{t('annotations:ui.import.imported', { count: summary.imported })}</li>
        <li>{t('annotations:ui.import.unchanged', { count: summary.unchanged })}</li>
        {summary.updated > 0 ? <li>{t('annotations:ui.import.updated', { count: summary.updated })}</li> : null}
        {summary.unplaced > 0 ? <li>{t('annotations:ui.import.unplaced', { count: summary.unplaced })}</li> : null}
      </ul>
      {summary.skipped.length > 0 ? (
        <ul>
          {summary.skipped.map((item) => (
            <li key={`${item.id}-${item.reason}`}>{t(`annotations:import.skipped.${item.reason}`, { detail: item.detail })}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
