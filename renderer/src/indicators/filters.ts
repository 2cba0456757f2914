import { ARROWS, FACES, PLANS, type Arrow, type Face, type Plan } from '../../../shared/domain';
import { WORSE_STREAK_THRESHOLD, type IndicatorSummary } from '../../../shared/indicators';
import type { Bilingual } from '../../../shared/languages';

/**
 * The Indicators screen's filters, kept in the page address (#/indicators?face=may&offTarget=1)
 * so Back from an indicator returns to the same list. '' means "any"; 'none' means "not given".
 */
export interface IndicatorFilters {
  readonly plan: Plan | 'none' | '';
  /** An area's English name (its stable key), 'none', or ''. */
  readonly area: string;
  readonly face: Face | 'none' | '';
  readonly arrow: Arrow | 'none' | '';
  readonly offTarget: boolean;
  readonly worse: boolean;
}

export const NO_FILTERS: IndicatorFilters = { plan: '', area: '', face: '', arrow: '', offTarget: false, worse: false };

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | 'none' | '' {
  if (value === 'none') return 'none';
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export function filtersFromQuery(query: Readonly<Record<string, string>>): IndicatorFilters {
  return {
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

export function applyFilters(indicators: readonly IndicatorSummary[], filters: IndicatorFilters): IndicatorSummary[] {
  return indicators.filter(
    (summary) =>
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
