import type { AppError } from '../../../shared/result';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';

/** A part of a screen that could not load: why (by error code), and Try again. */
export function InlineRetry({ error, onRetry }: Readonly<{ error: AppError; onRetry: () => void }>) {
  const { t } = useText();
  return (
    <div className="inline-retry">
      <p role="alert">{t(errorMessageKey(error.code))}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('common:retry')}
      </button>
    </div>
  );
}
