/**
 * Reporting periods are UK financial years (April–March). A period key is a compact, sortable
 * string: `2017-18.Q2` for a quarter, `2018-19.FY` for a whole year (annual or year-to-date).
 * Keys sort chronologically by (start year, then quarter), with the whole year placed after Q4
 * because annual figures are reported once the year has ended.
 */
export type PeriodKind = 'quarter' | 'year';

export interface Period {
  /** Calendar year in which the financial year starts (2017 for 2017/18). */
  readonly startYear: number;
  readonly kind: PeriodKind;
  /** 1–4 for quarters; absent for a whole year. */
  readonly quarter?: 1 | 2 | 3 | 4;
}

const KEY_PATTERN = /^(\d{4})-(\d{2})\.(Q[1-4]|FY)$/;

export function isPeriodKey(value: string): boolean {
  return parsePeriodKey(value) !== null;
}

export function parsePeriodKey(key: string): Period | null {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const startYear = Number(match[1]);
  const endTwoDigits = Number(match[2]);
  if ((startYear + 1) % 100 !== endTwoDigits) return null;
  if (match[3] === 'FY') return { startYear, kind: 'year' };
  return { startYear, kind: 'quarter', quarter: Number(match[3]!.slice(1)) as 1 | 2 | 3 | 4 };
}

export function periodKey(period: Period): string {
  const end = String((period.startYear + 1) % 100).padStart(2, '0');
  const suffix = period.kind === 'year' ? 'FY' : `Q${period.quarter}`;
  return `${period.startYear}-${end}.${suffix}`;
}

/** "2017/18": the way councils and the Welsh Government write a financial year. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

function ordinal(period: Period): number {
  return period.startYear * 10 + (period.kind === 'year' ? 5 : period.quarter!);
}

/** Chronological comparison of two period keys; unparseable keys sort last. */
export function comparePeriodKeys(a: string, b: string): number {
  const pa = parsePeriodKey(a);
  const pb = parsePeriodKey(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b);
  return ordinal(pa) - ordinal(pb);
}

/** The quarter before, e.g. Q1 2019/20 → Q4 2018/19; for a year, the year before. */
export function previousPeriod(period: Period): Period {
  if (period.kind === 'year') return { startYear: period.startYear - 1, kind: 'year' };
  if (period.quarter === 1) return { startYear: period.startYear - 1, kind: 'quarter', quarter: 4 };
  return { startYear: period.startYear, kind: 'quarter', quarter: (period.quarter! - 1) as 1 | 2 | 3 };
}

/** Last day of the period as an ISO date: the "as at" date of snapshot figures. */
export function periodEndDate(period: Period): string {
  if (period.kind === 'year' || period.quarter === 4) return `${period.startYear + 1}-03-31`;
  const ends = { 1: '06-30', 2: '09-30', 3: '12-31' } as const;
  return `${period.startYear}-${ends[period.quarter as 1 | 2 | 3]}`;
}
