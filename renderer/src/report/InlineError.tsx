import type { AppError } from '../../../shared/result';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';

/** A failed call inside a panel: the translated message for its code and a Retry button. */
export function InlineError({ error, onRetry }: Readonly<{ error: AppError; onRetry: () => void }>) {
  const { t } = useText();
  return (
    <div className="inline-error">
      <p role="alert">{t(errorMessageKey(error.code))}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('common:retry')}
      </button>
    </div>
  );
}
