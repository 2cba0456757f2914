import { useId, useState, type MouseEvent } from 'react';
import type { ListedItem } from '../../../shared/indicators-changes';
import type { Language } from '../../../shared/languages';
import type { ListChange } from '../../../shared/question-model';
import { AddToQuestionsButton } from '../questions/AddToQuestionsButton';
import { reportHref, type ReportPlace } from '../routing/route';
import { langIfDifferent } from '../text/bilingual';
import { useText } from '../text/useText';

const SHOWN_AT_FIRST = 5;

/**
 * Worries new to a report, or gone from it, each linking to where it is written (in this report,
 * a jump within the page; in the previous report, a deep link that opens it there). The first few
 * are shown; the rest behind a Show all button.
 */
export function WorryList({
  heading,
  empty,
  items,
  reportId,
  contentLanguage,
  onJump,
  change,
}: Readonly<{
  heading: string;
  empty: string;
  items: readonly ListedItem[];
  reportId: number;
  contentLanguage: Language;
  onJump?: ((place: ReportPlace) => void) | undefined;
  /** For "Add to my questions": whether the items are new or gone, and the report they are compared with. */
  change: { readonly listChange: ListChange; readonly comparedReportId: number };
}>) {
  const { t, language } = useText();
  const listId = useId();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const lang = langIfDifferent(contentLanguage, language);
  const shown = all ? items : items.slice(0, SHOWN_AT_FIRST);

  function follow(event: MouseEvent<HTMLAnchorElement>, place: ReportPlace): void {
    if (!onJump || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onJump(place);
  }

  return (
    <div className="worries">
      <h4 id={headingId}>{heading}</h4>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul id={listId} className="worries__list" aria-labelledby={headingId}>
          {shown.map((item) => {
            const place = { sectionKey: item.sectionKey, blockIndex: item.blockIndex };
            return (
              <li key={`${item.sectionKey}-${item.blockIndex}`}>
                <a id={`${listId}-${item.sectionKey}-${item.blockIndex}`} href={reportHref(reportId, place)} lang={lang} onClick={(event) => follow(event, place)}>
                  {item.text}
                </a>
                <span className="worries__where" lang={lang}>
                  {item.area ?? item.heading}
                </span>
                <AddToQuestionsButton
                  evidence={{ kind: 'change', ...change, reportId, sectionKey: item.sectionKey, blockIndex: item.blockIndex, lang: contentLanguage }}
                  summary={item.text}
                  describedBy={`${listId}-${item.sectionKey}-${item.blockIndex}`}
                />
              </li>
            );
          })}
        </ul>
      )}
      {items.length > SHOWN_AT_FIRST ? (
        <button type="button" className="link-button" aria-expanded={all} aria-controls={listId} onClick={() => setAll((value) => !value)}>
          {all ? t('report:whatChanged.showFewer') : t('report:whatChanged.showAll')}
        </button>
      ) : null}
    </div>
  );
}
