import { parseIsoDate } from '../../../shared/format';
import type { Translate } from './useText';

// Literal keys, one per month, so tooling and the type checker can see each of them.
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

/**
 * "16 January 2018" / "16 Ionawr 2018". Month names come from locales/<language>/dates.json, never from
 * Intl: Chromium (and so Electron) has no Welsh date data and would print English months.
 * An unreadable date is shown as written rather than hidden.
 */
export function formatDate(iso: string, t: Translate): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  return t('dates:date', { day: String(parts.day), month: t(MONTH_KEYS[parts.month - 1]!), year: String(parts.year) });
}
