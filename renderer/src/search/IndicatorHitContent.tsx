import type { IndicatorSearchHit } from '../../../shared/search';
import { langIfDifferent } from '../text/bilingual';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';
import { HighlightedText } from './HighlightedText';

/**
 * An indicator: its code and its title in the interface language (the other language's title
 * when that is where the words matched and this one has none, or is missing).
 */
export function IndicatorHitContent({ hit }: Readonly<{ hit: IndicatorSearchHit }>) {
  const { t, language } = useText();
  const other = language === 'en' ? 'cy' : 'en';
  const own = hit.title[language];
  const shown = own.text.trim() !== '' && (own.ranges.length > 0 || hit.title[other].ranges.length === 0) ? language : other;
  return (
    <>
      <span className="search-hit__text">
        {hit.code ? <HighlightedText className="search-hit__code" value={hit.code} /> : null}
        <HighlightedText value={hit.title[shown]} lang={langIfDifferent(shown, language)} />
      </span>
      <span className="search-hit__meta">
        <span>{hit.latestPeriod ? t('search:hit.latest', { period: formatPeriod(hit.latestPeriod, t) }) : t('search:hit.noFigures')}</span>
      </span>
    </>
  );
}
