import type { MouseEvent } from 'react';
import { useText } from '../text/useText';

/**
 * First focusable element on every page. It moves focus by script instead of following its href:
 * the hash is the router's, and "#main" would be read as an unknown page.
 */
export function SkipLink({ targetId }: Readonly<{ targetId: string }>) {
  const { t } = useText();
  function skip(event: MouseEvent<HTMLAnchorElement>): void {
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  }
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      {t('common:skipLink')}
    </a>
  );
}
