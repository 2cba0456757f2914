import { pick } from '../../../shared/languages';
import type { QuestionSearchHit } from '../../../shared/search';
import { formatDate } from '../text/formatDate';
import { useText } from '../text/useText';
import { HighlightedText } from './HighlightedText';

/** One of the councillor's questions (and its answer notes when the words matched there). */
export function QuestionHitContent({ hit }: Readonly<{ hit: QuestionSearchHit }>) {
  const { t, language } = useText();
  return (
    <>
      <HighlightedText className="search-hit__text" value={hit.text} />
      {hit.answer ? <HighlightedText className="search-hit__quote" value={hit.answer} /> : null}
      <span className="search-hit__meta">
        <span>{t('search:hit.meeting', { date: formatDate(hit.meeting.date, t) })}</span>
        <span>{pick(hit.meeting.committee, language)}</span>
      </span>
    </>
  );
}
