import type { ImportError } from '../../../shared/import';
import { PageHeading } from '../common/PageHeading';
import { importHref } from '../routing/route';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';
import { PROBLEM_KEYS } from './importLabels';

/**
 * A file that cannot be imported: one translated reason (never the English detail), the pack
 * fields at fault when the file is a pack that fails the schema, and a way to try another file.
 */
export function ImportFailed({ error }: Readonly<{ error: ImportError }>) {
  const { t } = useText();
  const problems = error.problems ?? [];
  return (
    <div className="narrow">
      <PageHeading>{t('import:failed.heading')}</PageHeading>
      <div className="error-state">
        <p role="alert">{t(errorMessageKey(error.code))}</p>
        {problems.length > 0 ? (
          <>
            <h2>{t('import:failed.fields')}</h2>
            <ul className="import-problems">
              {problems.map((problem) => (
                <li key={`${problem.path} ${problem.kind}`}>
                  {t(PROBLEM_KEYS[problem.kind], { field: problem.path })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p>{t('import:nothingSaved')}</p>
      </div>
      <p>
        <a href={importHref()}>{t('import:chooseAnother')}</a>
      </p>
    </div>
  );
}
