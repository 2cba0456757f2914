import type { ReportSearchHit } from '../../../shared/search';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatPeriod } from '../text/formatPeriod';
import { PART_MARKER } from '../text/sentencePart';
import { SentenceWithPart } from '../text/SentenceWithPart';
import { useText } from '../text/useText';
import { HighlightedText } from './HighlightedText';
import { IN_LANGUAGE_KEYS } from './searchLabels';

/** A passage, heading or title from a report, with the section, report and period it is in. */
export function ReportHitContent({ hit }: Readonly<{ hit: ReportSearchHit }>) {
  const { t, language } = useText();
  const title = pickText(hit.report.title, language);
  const textLang = langIfDifferent(hit.lang, language);
  return (
    <>
      <HighlightedText className="search-hit__text" value={hit.text} lang={textLang} />
      <span className="search-hit__meta">
        {hit.kind === 'passage' && hit.section ? (
          <span>
            <SentenceWithPart sentence={t('search:hit.section', { heading: PART_MARKER })} part={hit.section.heading} lang={textLang} />
          </span>
        ) : (
          <span>{t(hit.kind === 'title' ? 'search:hit.title' : 'search:hit.heading')}</span>
        )}
        {textLang ? <span className="search-hit__language">{t(IN_LANGUAGE_KEYS[hit.lang])}</span> : null}
      </span>
      <span className="search-hit__meta">
        {hit.kind !== 'title' && title ? <span lang={langIfDifferent(title.lang, language)}>{title.text}</span> : null}
        <span>{formatPeriod(hit.report.period, t)}</span>
      </span>
    </>
  );
}
