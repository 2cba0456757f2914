import { useId, type MouseEvent } from 'react';
import type { Language } from '../../../shared/languages';
import { useText } from '../text/useText';
import { useCurrentSection } from './useCurrentSection';

export interface TocEntry {
  /** The id of the element the entry leads to. */
  readonly id: string;
  readonly label: string;
  /** Set when the label is in another language than the interface (a report heading). */
  readonly lang?: Language | undefined;
  readonly href: string;
  /** A second line, such as a section's service area. */
  readonly detail?: string | undefined;
}

/**
 * The report's table of contents. It follows the reader: the entry for the section in view is
 * marked aria-current="location" (and drawn as current). Following an entry moves focus to that
 * section without reloading the report.
 */
export function ReportToc({ entries, onJump }: Readonly<{ entries: readonly TocEntry[]; onJump: (id: string) => void }>) {
  const { t } = useText();
  const headingId = useId();
  const { current, pin } = useCurrentSection(entries.map((entry) => entry.id));

  function follow(event: MouseEvent<HTMLAnchorElement>, id: string): void {
    // Modified clicks keep their usual meaning (new tab or window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    pin(id);
    onJump(id);
  }

  return (
    <nav className="report-toc" aria-labelledby={headingId}>
      <h2 id={headingId} className="report-toc__heading">
        {t('report:toc.heading')}
      </h2>
      <ol className="report-toc__list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={entry.href} aria-current={current === entry.id ? 'location' : undefined} onClick={(event) => follow(event, entry.id)}>
              <span lang={entry.lang}>{entry.label}</span>
              {entry.detail ? (
                <span className="report-toc__detail" lang={entry.lang}>
                  {entry.detail}
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
