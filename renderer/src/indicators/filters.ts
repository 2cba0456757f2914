import { ARROWS, FACES, PLANS, type Arrow, type Face, type Plan } from '../../../shared/domain';
import { WORSE_STREAK_THRESHOLD, type IndicatorSummary } from '../../../shared/indicators';
import type { Bilingual, Language } from '../../../shared/languages';
import { compileTextFilter, matchesTextFilter } from '../../../shared/text-filter';
import { pickText } from '../text/bilingual';

/**
 * The Indicators screen's filters, kept in the page address (#/indicators?face=may&offTarget=1)
 * so Back from an indicator returns to the same list. '' means "any"; 'none' means "not given".
 */
export interface IndicatorFilters {
  /** Words typed to find in the code or the title shown (Welsh-aware: shared/text-filter.ts). */
  readonly text: string;
  readonly plan: Plan | 'none' | '';
  /** An area's English name (its stable key), 'none', or ''. */
  readonly area: string;
  readonly face: Face | 'none' | '';
  readonly arrow: Arrow | 'none' | '';
  readonly offTarget: boolean;
  readonly worse: boolean;
}

export const NO_FILTERS: IndicatorFilters = { text: '', plan: '', area: '', face: '', arrow: '', offTarget: false, worse: false };

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | 'none' | '' {
  if (value === 'none') return 'none';
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export function filtersFromQuery(query: Readonly<Record<string, string>>): IndicatorFilters {
  return {
    text: query['q'] ?? '',
    plan: oneOf(query['plan'], PLANS),
    area: query['area'] ?? '',
    face: oneOf(query['face'], FACES),
    arrow: oneOf(query['arrow'], ARROWS),
    offTarget: query['offTarget'] === '1',
    worse: query['worse'] === '1',
  };
}

export function filtersToQuery(filters: IndicatorFilters): Record<string, string> {
  return {
    q: filters.text.trim() === '' ? '' : filters.text,
    plan: filters.plan,
    area: filters.area,
    face: filters.face,
    arrow: filters.arrow,
    offTarget: filters.offTarget ? '1' : '',
    worse: filters.worse ? '1' : '',
  };
}

export function hasFilters(filters: IndicatorFilters): boolean {
  return Object.values(filtersToQuery(filters)).some((value) => value !== '');
}

function matches<T extends string>(wanted: T | 'none' | '', actual: T | null): boolean {
  if (wanted === '') return true;
  if (wanted === 'none') return actual === null;
  return actual === wanted;
}

/**
 * The indicators every filter keeps. The text filter looks in the code and in the title as the
 * table shows it (in `language`, else the other language), so what is found is what is seen.
 */
export function applyFilters(indicators: readonly IndicatorSummary[], filters: IndicatorFilters, language: Language): IndicatorSummary[] {
  const text = compileTextFilter(filters.text);
  return indicators.filter(
    (summary) =>
      matchesTextFilter(text, [{ text: summary.indicator.code ?? '' }, { ...(pickText(summary.indicator.title, language) ?? { text: '' }) }]) &&
      matches(filters.plan, summary.indicator.plan) &&
      matches(filters.area, summary.indicator.area?.en ?? null) &&
      matches(filters.face, summary.latest?.face ?? null) &&
      matches(filters.arrow, summary.arrow?.arrow ?? null) &&
      (!filters.offTarget || summary.offTarget) &&
      (!filters.worse || summary.worseStreak >= WORSE_STREAK_THRESHOLD),
  );
}

/** The service areas the library's indicators belong to, each once, in English alphabetical order. */
export function areasOf(indicators: readonly IndicatorSummary[]): Bilingual[] {
  const byKey = new Map<string, Bilingual>();
  for (const { indicator } of indicators) if (indicator.area) byKey.set(indicator.area.en, indicator.area);
  return [...byKey.values()].sort((a, b) => a.en.localeCompare(b.en));
}
