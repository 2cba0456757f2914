import type { Unit } from './domain';

/**
 * Pure formatting of indicator values, used by the renderer (and by exports later).
 *
 * English and Welsh write numbers the same way — a point for decimals and a comma for thousands,
 * `56.6% (378 / 668)` in both (WELSH.md) — so nothing here takes a language. We do not use
 * `Intl.NumberFormat`: Chromium ships reduced ICU data while Node ships full data, and a formatter
 * whose output depends on the runtime would pass unit tests and differ in the app.
 *
 * Words that do need translating (days, "per 1,000") are left to the caller's translation files:
 * see `unitNeedsWords`.
 */

/** Groups the whole part in threes with commas: 1607 → "1,607". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A number with comma thousands separators and between `minimumFractionDigits` and
 * `maximumFractionDigits` decimals (trailing zeros beyond the minimum are dropped).
 */
export function formatNumber(value: number, minimumFractionDigits = 0, maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return '';
  const maximum = Math.max(minimumFractionDigits, maximumFractionDigits);
  const fixed = Math.abs(value).toFixed(maximum);
  const [whole = '0', fraction = ''] = fixed.split('.');
  let decimals = fraction.replace(/0+$/, '');
  if (decimals.length < minimumFractionDigits) decimals = decimals.padEnd(minimumFractionDigits, '0');
  const magnitude = decimals ? `${groupThousands(whole)}.${decimals}` : groupThousands(whole);
  // "-0" after rounding a tiny negative number would look like a real negative value.
  const isZero = /^[0.,]+$/.test(magnitude);
  return value < 0 && !isZero ? `-${magnitude}` : magnitude;
}

/** Units whose value the caller must wrap in translated words ("12 days", "12 diwrnod"). */
export function unitNeedsWords(unit: Unit): boolean {
  return unit === 'days' || unit === 'rate_per_1000';
}

/**
 * An indicator value as reports print it: percent "56.6%", count "1,607", money "£3,511",
 * days "23.5" and rate per 1,000 "63.5" (the caller adds the translated unit words for those two,
 * see `unitNeedsWords`), ratio "1.25".
 */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'percent':
      return `${formatNumber(value, 1, 2)}%`;
    case 'count':
      return formatNumber(value, 0, 2);
    case 'days':
      return formatNumber(value, 0, 1);
    case 'rate_per_1000':
      return formatNumber(value, 0, 2);
    case 'money': {
      const pounds = formatNumber(Math.abs(value), Number.isInteger(value) ? 0 : 2, 2);
      return value < 0 ? `-£${pounds}` : `£${pounds}`;
    }
    case 'ratio':
      return formatNumber(value, 0, 2);
  }
}

/** Numerator and denominator as reports print them after a value: "(378 / 668)". */
export function formatFraction(numerator: number, denominator: number): string {
  return `(${formatNumber(numerator)} / ${formatNumber(denominator)})`;
}

/** The fraction when both parts are known, otherwise null. */
export function formatFractionOf(
  measurement: Readonly<{ numerator: number | null; denominator: number | null }>,
): string | null {
  const { numerator, denominator } = measurement;
  return numerator === null || denominator === null ? null : formatFraction(numerator, denominator);
}

export interface DateParts {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/** Splits an ISO date (YYYY-MM-DD, optionally followed by a time) into parts; null if invalid. */
export function parseIsoDate(iso: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { year, month, day };
}
