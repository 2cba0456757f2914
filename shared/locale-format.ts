import type { Unit } from './domain';
import { formatValue, parseIsoDate } from './format';
import { financialYearLabel, parsePeriodKey } from './period';

/**
 * Dates, periods and values in words, for any side that has a translation lookup: the main
 * process's exports use it with the main-side translator, and it gives the same words as the
 * renderer's formatDate / formatPeriod / formatValueWithUnit (renderer/src/text), from the same
 * locale files (dates.json, common.json). Month names come from those files, never from Intl:
 * Chromium, and so Electron, has no Welsh date data.
 */

/** Looks up a "namespace:key" translation, filling {{values}} (and choosing a plural by `count`). */
export type TextLookup = (key: string, values?: Readonly<Record<string, string | number>>) => string;

const MONTH_KEYS = [
  'dates:month.january',
  'dates:month.february',
  'dates:month.march',
  'dates:month.april',
  'dates:month.may',
  'dates:month.june',
  'dates:month.july',
  'dates:month.august',
  'dates:month.september',
  'dates:month.october',
  'dates:month.november',
  'dates:month.december',
] as const;

/** "16 January 2018" / "16 Ionawr 2018"; an unreadable date is shown as written. */
export function formatDateWords(iso: string, t: TextLookup): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  return t('dates:date', { day: String(parts.day), month: t(MONTH_KEYS[parts.month - 1]!), year: String(parts.year) });
}

/** "Quarter 2 2017/18" / "Chwarter 2 2017/18", "Year 2018/19" / "Blwyddyn 2018/19"; unknown keys as stored. */
export function formatPeriodWords(key: string, t: TextLookup): string {
  const period = parsePeriodKey(key);
  if (!period) return key;
  const year = financialYearLabel(period.startYear);
  if (period.kind === 'year') return t('dates:period.year', { year });
  return t('dates:period.quarter', { quarter: String(period.quarter), year });
}

/** "23.5 days" / "23.5 diwrnod", "63.5 per 1,000" / "63.5 fesul 1,000"; other units as printed. */
export function formatValueWords(value: number, unit: Unit, t: TextLookup): string {
  const formatted = formatValue(value, unit);
  if (unit === 'days') return t('common:unit.days', { count: value, value: formatted });
  if (unit === 'rate_per_1000') return t('common:unit.ratePer1000', { value: formatted });
  return formatted;
}
