import { periodKey, type Period } from '../../../shared/period';
import { findDates, monthNumber } from './dates';

/**
 * Reporting periods in every spelling the councils' papers use, in English and Welsh:
 *   "Quarter 2 2017/18", "Quarter 1 2019-20", "Q2 2023/24", "Qtr 3, 2020/21", "2017/18 Quarter 2",
 *   "Chwarter 2 2017/18", "Ch2 2023/24", "2018-19" / "2018/2019" (a whole year),
 *   "as at 30th September 2017" / "ar 30 Medi 2017" (a quarter-end snapshot),
 *   "1st July 2017 to 30th September 2017", "April to June 2019" (a quarter by its months).
 * A quarter printed without its year ("compared with 53.0% in Quarter 1") is returned with
 * `startYear: null`, for the caller to place relative to the report's own period.
 */

export interface PeriodMention {
  /** Period key when the year is known ("2017-18.Q2"), else null. */
  readonly key: string | null;
  readonly kind: 'quarter' | 'year';
  readonly quarter: 1 | 2 | 3 | 4 | null;
  readonly startYear: number | null;
  /** True when found from a snapshot date ("as at 30th September 2017"). */
  readonly snapshot: boolean;
  readonly index: number;
  readonly text: string;
}

const YEAR_PAIR = String.raw`((?:19|20)\d{2})\s*[/–-]\s*((?:19|20)?\d{2})`;
const QUARTER_WORD = String.raw`(?:quarter|qtr\.?|chwarter|q|ch)\s?([1-4])`;
const QUARTER_THEN_YEAR = new RegExp(String.raw`\b${QUARTER_WORD}(?:\s*(?:,|of|–|-|\()?\s*(?:the\s+)?(?:financial\s+year\s+|blwyddyn\s+ariannol\s+)?${YEAR_PAIR})?`, 'giu');
const YEAR_THEN_QUARTER = new RegExp(String.raw`\b${YEAR_PAIR}\s*(?:,|–|-)?\s*${QUARTER_WORD}\b`, 'giu');
const YEAR_ONLY = new RegExp(String.raw`\b${YEAR_PAIR}\b`, 'gu');
const MONTH_RANGE = /\b(april|july|october|january|ebrill|gorffennaf|hydref|ionawr)\s*(?:to|until|–|-|i|hyd at)\s*(june|september|december|march|mehefin|fehefin|medi|fedi|rhagfyr|mawrth|fawrth)\s+((?:19|20)\d{2})\b/giu;
const SNAPSHOT_CUE = /\b(?:as\s+at|as\s+of|at(?:\s+the\s+end\s+of)?|ar|hyd\s+at|ar\s+ddiwedd)\s*$/i;

/** Start year of a financial year written "2017/18", "2017-18", "2017/2018" or "2017–18"; null if the years do not follow. */
export function financialYearStart(first: string, second: string): number | null {
  const start = Number(first);
  const endDigits = Number(second);
  const end = second.length === 4 ? endDigits : Math.floor(start / 100) * 100 + endDigits + (endDigits < start % 100 ? 100 : 0);
  return end === start + 1 ? start : null;
}

/** The financial quarter a calendar month falls in, with the financial year's start year. */
export function quarterOfMonth(year: number, month: number): { startYear: number; quarter: 1 | 2 | 3 | 4 } {
  if (month >= 4 && month <= 6) return { startYear: year, quarter: 1 };
  if (month >= 7 && month <= 9) return { startYear: year, quarter: 2 };
  if (month >= 10) return { startYear: year, quarter: 3 };
  return { startYear: year - 1, quarter: 4 };
}

const QUARTER_END = new Set(['06-30', '09-30', '12-31', '03-31']);

/** The quarter a quarter-end date closes ("30th September 2017" → 2017-18.Q2); null for other dates. */
export function quarterEndingOn(isoDate: string): Period | null {
  if (!QUARTER_END.has(isoDate.slice(5))) return null;
  const { startYear, quarter } = quarterOfMonth(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)));
  return { startYear, kind: 'quarter', quarter };
}

function mention(partial: Omit<PeriodMention, 'key'>): PeriodMention {
  const key =
    partial.startYear === null
      ? null
      : periodKey(
          partial.kind === 'year'
            ? { startYear: partial.startYear, kind: 'year' }
            : { startYear: partial.startYear, kind: 'quarter', quarter: partial.quarter! },
        );
  return { ...partial, key };
}

const recent = new Map<string, readonly PeriodMention[]>();

/** Every period mentioned in `text`, in order; overlapping spellings are reported once. */
export function findPeriods(text: string): PeriodMention[] {
  const cached = recent.get(text);
  if (cached) return [...cached];
  const found = scanPeriods(text);
  if (recent.size >= 256) recent.delete(recent.keys().next().value!);
  recent.set(text, found);
  return [...found];
}

function scanPeriods(text: string): PeriodMention[] {
  const found: PeriodMention[] = [];
  const taken: [number, number][] = [];
  const free = (index: number, length: number): boolean => taken.every(([start, end]) => index + length <= start || index >= end);
  const add = (item: PeriodMention): void => {
    if (!free(item.index, item.text.length)) return;
    taken.push([item.index, item.index + item.text.length]);
    found.push(item);
  };

  for (const match of text.matchAll(YEAR_THEN_QUARTER)) {
    const startYear = financialYearStart(match[1]!, match[2]!);
    if (startYear === null) continue;
    add(mention({ kind: 'quarter', quarter: Number(match[3]) as 1 | 2 | 3 | 4, startYear, snapshot: false, index: match.index, text: match[0] }));
  }
  for (const match of text.matchAll(QUARTER_THEN_YEAR)) {
    // "Q" and "Ch" alone are too common as letters: require them to touch the digit ("Q2", "Ch2").
    if (/^(?:q|ch)\s/i.test(match[0])) continue;
    const startYear = match[2] && match[3] ? financialYearStart(match[2], match[3]) : null;
    const text0 = match[2] && startYear === null ? match[0].slice(0, match[0].search(/\s*(?:,|of|–|-|\()?\s*(?:19|20)\d{2}/)) : match[0];
    add(mention({ kind: 'quarter', quarter: Number(match[1]) as 1 | 2 | 3 | 4, startYear, snapshot: false, index: match.index, text: text0.trimEnd() }));
  }
  for (const match of text.matchAll(MONTH_RANGE)) {
    const from = monthNumber(match[1]!)!;
    const to = monthNumber(match[2]!)!;
    const year = Number(match[3]);
    const quarter = quarterOfMonth(year, to);
    if (quarterOfMonth(year, from).quarter !== quarter.quarter) continue;
    add(mention({ kind: 'quarter', quarter: quarter.quarter, startYear: quarter.startYear, snapshot: false, index: match.index, text: match[0] }));
  }
  // "1st July 2017 to 30th September 2017": a range whose end closes a quarter and whose start opens it.
  const dates = findDates(text);
  for (let i = 0; i + 1 < dates.length; i++) {
    const start = dates[i]!;
    const end = dates[i + 1]!;
    const between = text.slice(start.index + start.text.length, end.index);
    const period = quarterEndingOn(end.iso);
    if (!period || !/^\s*(?:to|until|–|-|i|hyd at|tan)\s*$/i.test(between)) continue;
    const opening = quarterOfMonth(Number(start.iso.slice(0, 4)), Number(start.iso.slice(5, 7)));
    if (opening.quarter !== period.quarter || start.iso.slice(8) !== '01') continue;
    add(mention({ kind: 'quarter', quarter: period.quarter!, startYear: period.startYear, snapshot: false, index: start.index, text: text.slice(start.index, end.index + end.text.length) }));
  }
  for (const date of dates) {
    const period = quarterEndingOn(date.iso);
    if (!period) continue;
    const before = text.slice(Math.max(0, date.index - 24), date.index);
    if (!SNAPSHOT_CUE.test(before)) continue;
    add(mention({ kind: 'quarter', quarter: period.quarter!, startYear: period.startYear, snapshot: true, index: date.index, text: date.text }));
  }
  for (const match of text.matchAll(YEAR_ONLY)) {
    const startYear = financialYearStart(match[1]!, match[2]!);
    if (startYear === null) continue;
    add(mention({ kind: 'year', quarter: null, startYear, snapshot: false, index: match.index, text: match[0] }));
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A quarter printed without its year, placed relative to the report's period: "Quarter 1" in a
 * Quarter 2 2017/18 report is 2017/18's, while "Quarter 4" in a Quarter 1 2019/20 report is the
 * year before's (the comparison is always with an earlier period).
 */
export function resolveQuarter(quarter: 1 | 2 | 3 | 4, context: Period | null): string | null {
  if (!context) return null;
  if (context.kind === 'year') return periodKey({ startYear: context.startYear, kind: 'quarter', quarter });
  const startYear = quarter <= context.quarter! ? context.startYear : context.startYear - 1;
  return periodKey({ startYear, kind: 'quarter', quarter });
}

/** The key of a mention, placing a year-less quarter relative to `context`. */
export function mentionKey(found: PeriodMention, context: Period | null): string | null {
  if (found.key) return found.key;
  return found.quarter ? resolveQuarter(found.quarter, context) : null;
}
