import { useId } from 'react';
import type { ImportProgress } from '../../../shared/import';
import { PageHeading } from '../common/PageHeading';
import { useText } from '../text/useText';

/** A file being read: pages read out of the total (a PDF), and a way to stop. */
export function ImportReading({ progress, onCancel }: Readonly<{ progress: ImportProgress; onCancel: () => void }>) {
  const { t } = useText();
  const labelId = useId();
  const total = progress.pagesTotal;
  const label = total ? t('import:reading.pages', { done: String(progress.pagesDone), total: String(total) }) : t('import:reading.noPages');
  return (
    <div className="narrow">
      <PageHeading>{t('import:reading.heading', { fileName: progress.fileName })}</PageHeading>
      <div className="import-progress">
        <p id={labelId} className="import-progress__label">
          {label}
        </p>
        {/* Without a total the bar is indeterminate: it shows work under way, not a made-up share. */}
        <progress
          className="import-progress__bar"
          aria-labelledby={labelId}
          {...(total ? { max: total, value: progress.pagesDone } : {})}
        />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('import:cancel')}
        </button>
      </div>
    </div>
  );
}
