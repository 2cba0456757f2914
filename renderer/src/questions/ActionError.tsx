import type { AppError } from '../../../shared/result';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';

/** A move, delete, export… that failed: what happened, in words chosen by error code. */
export function ActionError({ error, onDismiss }: Readonly<{ error: AppError; onDismiss: () => void }>) {
  const { t } = useText();
  return (
    <div role="alert" className="action-error">
      <p>
        <strong>{t('questions:ui.actionFailed')}</strong> {t(errorMessageKey(error.code))}
      </p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('questions:ui.dismiss')}
      </button>
    </div>
  );
}
