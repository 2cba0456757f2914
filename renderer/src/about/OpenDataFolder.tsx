import { useRef, useState } from 'react';
import { fail, type ErrorCode, type Result } from '../../../shared/result';
import { useClient } from '../client/ClientProvider';
import { useText } from '../text/useText';

type Outcome =
  | { readonly status: 'idle' }
  | { readonly status: 'opening' }
  | { readonly status: 'opened'; readonly attempt: number }
  | { readonly status: 'failed'; readonly code: ErrorCode; readonly attempt: number };

/**
 * The "Open data folder" button and what came of pressing it. The host opens its own data folder
 * (the page never names a path), in the system's file manager.
 */
export function OpenDataFolder() {
  const { t } = useText();
  const client = useClient();
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const attempts = useRef(0);
  const pending = useRef(false);

  async function open(): Promise<void> {
    // The button stays enabled (a disabled button would drop keyboard focus); a second press
    // while the first is on its way is ignored instead.
    if (pending.current) return;
    pending.current = true;
    const attempt = ++attempts.current;
    setOutcome({ status: 'opening' });
    let result: Result<null>;
    try {
      result = await client['app.openDataFolder']({});
    } catch (error) {
      result = fail('internal', `app.openDataFolder: ${error instanceof Error ? error.message : String(error)}`);
    }
    pending.current = false;
    if (!result.ok) console.warn(`[briffio] app.openDataFolder failed: ${result.error.code}: ${result.error.message}`);
    setOutcome(result.ok ? { status: 'opened', attempt } : { status: 'failed', code: result.error.code, attempt });
  }

  return (
    <div className="open-folder">
      <button type="button" className="button" onClick={() => void open()}>
        {t('about:openFolder.button')}
      </button>
      {/* Always in the page, so a change of its text is announced. Keyed by attempt, so pressing
          again announces again even when the outcome is the same. */}
      <div role="status" className="open-folder__status">
        {outcome.status === 'opening' ? <p>{t('about:openFolder.opening')}</p> : null}
        {outcome.status === 'opened' ? <p key={outcome.attempt}>{t('about:openFolder.opened')}</p> : null}
      </div>
      {outcome.status === 'failed' ? (
        <p role="alert" key={outcome.attempt} className="open-folder__error">
          {t(outcome.code === 'not_found' ? 'about:openFolder.missing' : 'about:openFolder.failed')}
        </p>
      ) : null}
    </div>
  );
}
