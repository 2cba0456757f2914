import { financialYearLabel, parsePeriodKey } from '../../../shared/period';
import type { Translate } from './useText';

/**
 * "Quarter 2 2017/18" / "Chwarter 2 2017/18" for a quarter key (2017-18.Q2), "Year 2018/19" /
 * "Blwyddyn 2018/19" for a whole year (2018-19.FY). An unknown key is shown as stored.
 */
export function formatPeriod(key: string, t: Translate): string {
  const period = parsePeriodKey(key);
  if (!period) return key;
  const year = financialYearLabel(period.startYear);
  if (period.kind === 'year') return t('dates:period.year', { year });
  return t('dates:period.quarter', { quarter: String(period.quarter), year });
}
