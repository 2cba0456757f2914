import type { IndicatorView } from '../../../shared/domain';
import { pickText } from '../text/bilingual';
import { useText } from '../text/useText';

/** "CS LAC 58 Percentage of children…" or just the title: how charts name an indicator. */
export function useIndicatorName(indicator: IndicatorView): string {
  const { language } = useText();
  const title = pickText(indicator.title, language)?.text ?? indicator.key;
  return indicator.code ? `${indicator.code} ${title}` : title;
}
