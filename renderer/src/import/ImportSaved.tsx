import type { ImportSaveResult } from '../../../shared/import';
import { PageHeading } from '../common/PageHeading';
import { importHref, reportHref } from '../routing/route';
import { useText } from '../text/useText';

/** What was saved, and where to go next: the report, or another import. */
export function ImportSaved({ result, title }: Readonly<{ result: ImportSaveResult; title: string }>) {
  const { t } = useText();
  const message = result.created
    ? t('import:saved.created', { title })
    : result.revision > 1
      ? t('import:saved.revision', { title })
      : t('import:saved.translation', { title });
  return (
    <div className="narrow">
      <PageHeading>{t('import:saved.heading')}</PageHeading>
      <p>{message}</p>
      <ul className="import-next">
        <li>
          <a href={reportHref(result.reportId)}>{t('import:saved.open')}</a>
        </li>
        <li>
          <a href={importHref()}>{t('import:saved.another')}</a>
        </li>
      </ul>
    </div>
  );
}
