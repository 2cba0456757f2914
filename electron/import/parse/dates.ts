/**
 * Dates as councils print them, in English and Welsh: "16 January 2018", "17th November 2017",
 * "30ain Medi 2017", "1af Gorffennaf 2019", "o Fedi 2017", "ym mis Rhagfyr 2018". Welsh mutates
 * month names in running text (Medi → o Fedi, Tachwedd → o Dachwedd, Gorffennaf → yng
 * Ngorffennaf) and writes ordinals with its own endings (1af, 2il, 3ydd, 5ed, 7fed, 11eg, 21ain),
 * so every form seen in council papers maps back to a month number here.
 */

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
  // Welsh: radical forms, then soft (after o, i, ar…), nasal (after yn/ym/yng) and aspirate forms.
  ionawr: 1, chwefror: 2, mawrth: 3, fawrth: 3, ebrill: 4, mai: 5, fai: 5, mehefin: 6, fehefin: 6,
  gorffennaf: 7, orffennaf: 7, ngorffennaf: 7, awst: 8, medi: 9, fedi: 9, hydref: 10,
  tachwedd: 11, dachwedd: 11, nhachwedd: 11, thachwedd: 11, rhagfyr: 12,
};

const MONTH_ALTERNATION = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// English ordinals (st nd rd th) and Welsh ones (af il ydd ed fed eg ain).
const ORDINAL = '(?:st|nd|rd|th|af|il|ydd|fed|ed|eg|ain)?';
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+|o\\s+|mis\\s+)?(${MONTH_ALTERNATION})\\b\\.?,?\\s+(\\d{4})\\b`,
  'giu',
);
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_ALTERNATION})\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'giu');
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const MONTH_YEAR = new RegExp(`\\b(?:(?:ym|yn|yng)\\s+mis\\s+|mis\\s+)?(${MONTH_ALTERNATION})\\s+(\\d{4})\\b`, 'giu');

export interface FoundDate {
  /** ISO date, YYYY-MM-DD. */
  readonly iso: string;
  readonly index: number;
  readonly text: string;
}

export interface FoundMonth {
  readonly year: number;
  readonly month: number;
  readonly index: number;
  readonly text: string;
}

export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase()] ?? null;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// The indicator finder asks about the same sentence several times (values, periods, comparisons).
const recent = new Map<string, readonly FoundDate[]>();

/** Every full date in `text`, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const cached = recent.get(text);
  if (cached) return [...cached];
  const found = scanDates(text);
  if (recent.size >= 256) recent.delete(recent.keys().next().value!);
  recent.set(text, found);
  return [...found];
}

function scanDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(DAY_MONTH_YEAR)) {
    const date = iso(Number(match[3]), monthNumber(match[2]!)!, Number(match[1]));
    if (date) found.push({ iso: date, index: match.index, text: match[0] });
  }
  for (const match of text.matchAll(MONTH_DAY_YEAR)) {
    const date = iso(Number(match[3]), monthNumber(match[1]!)!, Number(match[2]));
    if (date && !found.some((f) => overlaps(f, match.index, match[0].length))) found.push({ iso: date, index: match.index, text: match[0] });
  }
  for (const match of text.matchAll(NUMERIC)) {
    // UK order: day/month/year.
    const date = iso(Number(match[3]), Number(match[2]), Number(match[1]));
    if (date) found.push({ iso: date, index: match.index, text: match[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Month and year without a day ("September 2017", "o Fedi 2017", "ym mis Rhagfyr 2018"). */
export function findMonths(text: string): FoundMonth[] {
  const dates = findDates(text);
  const found: FoundMonth[] = [];
  for (const match of text.matchAll(MONTH_YEAR)) {
    if (dates.some((d) => overlaps(d, match.index, match[0].length))) continue;
    found.push({ year: Number(match[2]), month: monthNumber(match[1]!)!, index: match.index, text: match[0] });
  }
  return found;
}

/** The single date a short line consists of (a meeting date on a cover page), or null. */
export function dateLine(line: string): string | null {
  const trimmed = line.trim().replace(/^(?:date(?: of meeting)?|meeting date|dyddiad(?: y cyfarfod)?)\s*[:\-–]?\s*/i, '');
  const dates = findDates(trimmed);
  if (dates.length !== 1) return null;
  const date = dates[0]!;
  const rest = (trimmed.slice(0, date.index) + trimmed.slice(date.index + date.text.length)).replace(/[\s,.;:()–-]/g, '');
  // Allow a weekday before the date ("Tuesday 16 January 2018", "Dydd Mawrth 16 Ionawr 2018").
  return rest === '' || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|dydd(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul))$/i.test(rest)
    ? date.iso
    : null;
}

function overlaps(found: { index: number; text: string }, index: number, length: number): boolean {
  return index < found.index + found.text.length && found.index < index + length;
}
