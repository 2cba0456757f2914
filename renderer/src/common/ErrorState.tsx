import { useRef } from 'react';
import type { AppError } from '../../../shared/result';
import { usePageFocus } from '../app/PageFocus';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';
import { PageHeading } from './PageHeading';

/**
 * A failed call: a heading, the translated message for the error's code (never the English
 * developer detail) and a Retry button. `level` 1 when the error is the whole page, 2 when the
 * page keeps its own h1 above it.
 */
export function ErrorState({
  heading,
  error,
  onRetry,
  level,
}: Readonly<{ heading: string; error: AppError; onRetry: () => void; level: 1 | 2 }>) {
  const { t } = useText();
  const focus = usePageFocus();
  const container = useRef<HTMLDivElement>(null);

  function retry(): void {
    // The Retry button disappears while loading, which would drop focus to the document. Keep it on
    // the page: on the h1 that stays, or on the h1 the next state shows.
    const pageHeading = container.current?.closest('main')?.querySelector<HTMLElement>('h1');
    if (pageHeading && !container.current?.contains(pageHeading)) pageHeading.focus();
    else focus.request();
    onRetry();
  }

  return (
    <div className="error-state" ref={container}>
      {level === 1 ? <PageHeading>{heading}</PageHeading> : <h2>{heading}</h2>}
      <p role="alert">{t(errorMessageKey(error.code))}</p>
      <button type="button" className="button" onClick={retry}>
        {t('common:retry')}
      </button>
    </div>
  );
}
