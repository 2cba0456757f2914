import { useEffect, useRef, type ReactNode } from 'react';
import type { Language } from '../../../shared/languages';
import { usePageFocus } from '../app/PageFocus';
import { useText } from '../text/useText';

/**
 * The page's one h1. After a navigation it takes focus (tabIndex -1 makes it focusable without
 * adding it to the tab order) and is announced, so keyboard and screen-reader users start reading
 * the new page from its title.
 */
export function PageHeading({ children, lang }: Readonly<{ children: ReactNode; lang?: Language | undefined }>) {
  const ref = useRef<HTMLHeadingElement>(null);
  const focus = usePageFocus();
  const { t } = useText();

  // On mount only (so `t` is left out of the dependencies): a later re-render, such as a language
  // switch, must not pull focus back here.
  useEffect(() => {
    const heading = ref.current;
    if (!heading || !focus.claim()) return;
    heading.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    focus.announce(t('common:route.announce', { title: heading.textContent ?? '' }));
  }, [focus]);

  return (
    <h1 ref={ref} tabIndex={-1} lang={lang} className="page-heading">
      {children}
    </h1>
  );
}
