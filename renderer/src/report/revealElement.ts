/**
 * Brings a deep-link target into view: scrolls to it, gives it focus (tabIndex -1, so it is
 * focusable by script without joining the tab order, and a screen reader starts reading there),
 * and marks it. The `deep-link-arrival` class plays a short highlight and is removed when the
 * animation ends; `data-deep-link-target` stays, so the place stays identifiable (and gently
 * marked) after the highlight has faded. Only one element carries the mark at a time.
 */
export const ARRIVAL_CLASS = 'deep-link-arrival';
export const TARGET_ATTRIBUTE = 'data-deep-link-target';

export function revealElement(element: HTMLElement, position: 'start' | 'center'): void {
  for (const previous of document.querySelectorAll(`[${TARGET_ATTRIBUTE}]`)) {
    if (previous !== element) {
      previous.removeAttribute(TARGET_ATTRIBUTE);
      previous.classList.remove(ARRIVAL_CLASS);
    }
  }
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.setAttribute(TARGET_ATTRIBUTE, 'true');
  element.scrollIntoView({ block: position });
  element.focus({ preventScroll: true });
  // Restart the highlight when the same place is visited twice in a row.
  element.classList.remove(ARRIVAL_CLASS);
  void element.offsetWidth;
  element.classList.add(ARRIVAL_CLASS);
  const finish = (): void => {
    element.classList.remove(ARRIVAL_CLASS);
    element.removeEventListener('animationend', finish);
    element.removeEventListener('animationcancel', finish);
  };
  element.addEventListener('animationend', finish);
  element.addEventListener('animationcancel', finish);
}
