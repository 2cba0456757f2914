import type { Unit } from '../../../shared/domain';
import { findDates, findMonths } from './dates';
import { findPeriods } from './periods';

/**
 * Figures in running text: "56.6% (378 / 668)", "378 / 668 (56.6%)", "1,607", "£3,511",
 * "10.6 per 1,000", "23.5 days". Numbers that belong to something else — dates, periods,
 * indicator codes, ordinals, ages, key stages, distances — are left out, because a councillor
 * would be misled by "2017" or "20 miles" shown as an indicator value.
 */

export interface FoundValue {
  readonly value: number;
  readonly unit: Unit;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly index: number;
  readonly end: number;
  readonly text: string;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const FRACTION_FIRST = new RegExp(String.raw`(${NUMBER})\s*\/\s*(${NUMBER})\s*\(\s*(${NUMBER})\s?%\s*\)`, 'gu');
const VALUE = new RegExp(String.raw`(£\s?)?(${NUMBER})(\s?%|\s?y\s+cant\b|\s?per\s?cent\b)?(?:\s*\(\s*(${NUMBER})\s*\/\s*(${NUMBER})\s*\))?`, 'giu');
const NOT_A_FIGURE_AFTER = /^\s*(?:st|nd|rd|th|af|il|ydd|fed|ed|eg|ain)\b|^[A-Za-z]|^\+|^\s*(?:miles?|km|kilometres?|weeks?|months?|years?|yrs|hours?|hrs|minutes?|mins|o\s+filltiroedd|milltir|wythnos(?:au)?|mis|blynedd(?:oedd)?|oed|awr|munud)\b/iu;
const NOT_A_FIGURE_BEFORE = /(?:[A-Za-z/.]|\b(?:aged?|stage|level|cyfnod\s+allweddol|lefel|page|tudalen|paragraph|paragraff|appendix|atodiad|section|adran|chapter|phase|cam|version|fersiwn|no\.?|rhif|per|fesul|mesul|over|under|dros|dan)\s)$/iu;

export function parseNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** Spans of `text` that are dates, periods or codes: numbers inside them are not figures. */
function excludedSpans(text: string, codeSpans: readonly (readonly [number, number])[]): [number, number][] {
  const spans: [number, number][] = codeSpans.map(([start, end]) => [start, end]);
  for (const date of findDates(text)) spans.push([date.index, date.index + date.text.length]);
  for (const month of findMonths(text)) spans.push([month.index, month.index + month.text.length]);
  for (const period of findPeriods(text)) spans.push([period.index, period.index + period.text.length]);
  return spans;
}

function inside(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  return spans.some(([from, to]) => start < to && from < end);
}

/** Every figure in `text`, in order. `codeSpans` are indicator codes already found there. */
export function findValues(text: string, codeSpans: readonly (readonly [number, number])[] = []): FoundValue[] {
  const spans = excludedSpans(text, codeSpans);
  const found: FoundValue[] = [];
  const taken: [number, number][] = [];

  for (const match of text.matchAll(FRACTION_FIRST)) {
    const start = match.index;
    const end = start + match[0].length;
    if (inside(spans, start, end) || NOT_A_FIGURE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    found.push({
      value: parseNumber(match[3]!),
      unit: 'percent',
      numerator: parseNumber(match[1]!),
      denominator: parseNumber(match[2]!),
      index: start,
      end,
      text: match[0],
    });
    taken.push([start, end]);
  }

  for (const match of text.matchAll(VALUE)) {
    const start = match.index;
    const end = start + match[0].length;
    const numberStart = start + (match[1]?.length ?? 0);
    if (inside(taken, start, end)) continue;
    if (inside(spans, numberStart, numberStart + match[2]!.length)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end);
    if (NOT_A_FIGURE_BEFORE.test(before)) continue;
    const percent = match[3] !== undefined;
    const hasFraction = match[4] !== undefined;
    const raw = match[2]!;
    if (!percent && !hasFraction && NOT_A_FIGURE_AFTER.test(after)) continue;
    const value = parseNumber(raw);
    // A bare four-digit number between 1900 and 2100 with no comma is a year, not a figure.
    if (!percent && !hasFraction && !match[1] && /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) continue;
    let unit: Unit = percent ? 'percent' : match[1] ? 'money' : 'count';
    if (unit === 'count' && /^\s*(?:per|fesul)\s+1,?000\b/i.test(after)) unit = 'rate_per_1000';
    else if (unit === 'count' && /^\s*(?:days?|diwrnod|niwrnod|ddiwrnod)\b/i.test(after)) unit = 'days';
    else if (unit === 'count' && hasFraction) unit = 'ratio';
    found.push({
      value,
      unit,
      ...(hasFraction ? { numerator: parseNumber(match[4]!), denominator: parseNumber(match[5]!) } : {}),
      index: start,
      end,
      text: match[0],
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A line made only of figures — a chart's data labels run together by the PDF's text layer
 * ("731 756 784 802 830", "87.7% 88.9% 86.6%"). Returns the numbers, or null for any other line.
 */
export function numberRun(line: string): { values: number[]; unit: Unit } | null {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length === 0 || tokens[0] === '') return null;
  const values: number[] = [];
  let percents = 0;
  for (const token of tokens) {
    const match = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(%?)$/.exec(token);
    if (!match) return null;
    values.push(parseNumber(match[1]!));
    if (match[2]) percents++;
  }
  return { values, unit: percents > 0 && percents >= values.length / 2 ? 'percent' : 'count' };
}
