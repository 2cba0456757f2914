import type { AutosaveSnapshot } from './autosaveQueue';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';

/**
 * Whether what was typed is saved: "Saving…" while a change waits or is written, "Saved" after.
 * A polite status, so a screen reader hears it between keystrokes rather than over them; a
 * failure is an alert with the reason (by error code) and a button to save again.
 */
export function SaveStatus({ save, onRetry }: Readonly<{ save: AutosaveSnapshot; onRetry: () => void }>) {
  const { t } = useText();
  const label = save.state === 'saving' ? t('questions:ui.saving') : save.state === 'saved' ? t('questions:ui.saved') : save.state === 'failed' ? t('questions:ui.notSaved') : '';
  return (
    <div className={`save-status save-status--${save.state}`}>
      <p role="status" className="save-status__state">
        {save.state === 'saved' ? <span aria-hidden="true" className="save-status__tick" /> : null}
        {label}
      </p>
      {save.state === 'failed' && save.error ? (
        <div role="alert" className="save-status__failure">
          <p>{t('questions:ui.saveFailed')}</p>
          <p>{t(errorMessageKey(save.error.code))}</p>
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('questions:ui.saveRetry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
