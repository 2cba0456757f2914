import { useLayoutEffect } from 'react';

/** True when a key press is typing into something, where "/" must stay a character. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'reset', 'submit', 'range', 'color', 'file', 'image'].includes(target.type);
  return false;
}

/**
 * The global search shortcuts: Ctrl+K (⌘K on a Mac) anywhere, and "/" when not typing in a field,
 * as in many web apps. Both are announced on the header button with aria-keyshortcuts.
 */
export function useSearchShortcuts(open: () => void): void {
  // A layout effect, not a passive one: it runs before the first paint, so the shortcut works the
  // moment anything is on screen. With useEffect a key pressed between the first paint and React
  // running passive effects was lost (seen in the e2e suite on a busy machine).
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing) return;
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!commandK && !slash) return;
      // Another modal dialog (the first-run language choice) keeps the keyboard to itself.
      const modal = document.querySelector('dialog:modal');
      if (modal && !modal.hasAttribute('data-search-dialog')) return;
      event.preventDefault();
      open();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
}
