import { formatPeriodWords } from '../../../shared/locale-format';
import { textLookup } from './textLookup';
import type { Translate } from './useText';

/**
 * "Quarter 2 2017/18" / "Chwarter 2 2017/18" for a quarter key (2017-18.Q2), "Year 2018/19" /
 * "Blwyddyn 2018/19" for a whole year (2018-19.FY), worded as the exports word them
 * (shared/locale-format.ts). An unknown key is shown as stored.
 */
export function formatPeriod(key: string, t: Translate): string {
  return formatPeriodWords(key, textLookup(t));
}
