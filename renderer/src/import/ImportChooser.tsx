import { useId, type ChangeEvent } from 'react';
import { PageHeading } from '../common/PageHeading';
import { LoadingState } from '../common/LoadingState';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';
import { useStartImport } from './useStartImport';

/**
 * The start of an import: what Briffio can read, and a file picker (a native input, so it works
 * with the keyboard and with screen readers as every other file picker does). Dropping a file on
 * the window does the same (see DropImport).
 */
export function ImportChooser() {
  const { t } = useText();
  const { state, start } = useStartImport();
  const inputId = useId();
  const hintId = useId();

  function choose(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    // Cleared at once so choosing the same file again (after fixing it) still starts an import.
    event.target.value = '';
    if (file) void start(file);
  }

  return (
    <div className="narrow">
      <PageHeading>{t('import:heading')}</PageHeading>
      <p>{t('import:intro')}</p>
      <div className="import-chooser">
        <label htmlFor={inputId} className="import-chooser__label">
          {t('import:choose.label')}
        </label>
        <p id={hintId} className="muted import-chooser__hint">
          {t('import:choose.hint')}
        </p>
        <input
          id={inputId}
          type="file"
          className="import-chooser__input"
          accept=".pdf,.txt,.text,.json,.briffio,application/pdf,text/plain,application/json,application/x-briffio-pack"
          aria-describedby={hintId}
          onChange={choose}
          disabled={state.status === 'opening'}
        />
      </div>
      <p className="muted">{t('import:choose.drop')}</p>
      {state.status === 'opening' ? <LoadingState label={t('import:choose.opening', { fileName: state.fileName })} /> : null}
      {state.status === 'failed' ? (
        <div className="error-state">
          <p role="alert">{t(errorMessageKey(state.error.code))}</p>
          <p>{t('import:nothingSaved')}</p>
        </div>
      ) : null}
    </div>
  );
}
