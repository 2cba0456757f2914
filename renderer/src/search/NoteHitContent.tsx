import type { NoteSearchHit } from '../../../shared/search';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { HighlightedText } from './HighlightedText';

/** One of the councillor's notes, the passage it is on, its tags, and the report it belongs to. */
export function NoteHitContent({ hit }: Readonly<{ hit: NoteSearchHit }>) {
  const { t, language } = useText();
  const title = pickText(hit.report.title, language);
  // The quoted passage is in the language of the version the note was made on.
  const quoteLang = hit.target.kind === 'passage' ? langIfDifferent(hit.target.lang, language) : undefined;
  return (
    <>
      {hit.body.text !== '' ? <HighlightedText className="search-hit__text" value={hit.body} /> : null}
      {hit.quote ? (
        <span className="search-hit__quote">
          <span className="search-hit__label">{t('search:hit.onPassage')}</span> <HighlightedText value={hit.quote} lang={quoteLang} />
        </span>
      ) : null}
      {hit.tags && hit.tags.ranges.length > 0 ? (
        <span className="search-hit__meta">
          <span>{t('search:hit.tags', { tags: hit.tags.text })}</span>
        </span>
      ) : null}
      <span className="search-hit__meta">
        {title ? <span lang={langIfDifferent(title.lang, language)}>{title.text}</span> : null}
        <span>{formatPeriod(hit.report.period, t)}</span>
      </span>
    </>
  );
}
