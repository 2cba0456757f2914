import { useText } from '../text/useText';

/** True on Apple systems, where the shortcut is ⌘K rather than Ctrl+K. */
function isApple(): boolean {
  return /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);
}

/**
 * The header's way into search. The shortcut is shown for sighted keyboard users and given to
 * assistive technology by aria-keyshortcuts (the visible hint is hidden from the accessible name
 * so the button is simply "Search").
 */
export function SearchButton({ onOpen }: Readonly<{ onOpen: () => void }>) {
  const { t } = useText();
  const apple = isApple();
  return (
    <button type="button" className="search-button" aria-haspopup="dialog" aria-keyshortcuts={apple ? 'Meta+K /' : 'Control+K /'} onClick={onOpen}>
      <svg className="search-button__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <line x1="12.6" y1="12.6" x2="17.5" y2="17.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span>{t('search:open')}</span>
      <kbd className="search-button__shortcut" aria-hidden="true">
        {t(apple ? 'search:shortcutMac' : 'search:shortcut')}
      </kbd>
    </button>
  );
}
