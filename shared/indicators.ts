import type { Arrow, Face, IndicatorView, MeasurementView, Polarity, ReportKind, Unit } from './domain';
import type { Bilingual, Language } from './languages';
import { comparePeriodKeys, parsePeriodKey } from './period';

/**
 * Pure indicator logic shared by the services and the screens: one value per period out of the
 * many measurements a library holds, which way a figure moved and whether that is good news for
 * this indicator (its polarity), how long it has been getting worse, and whether its face says it
 * is off target. Nothing here formats or translates.
 */

/** Which way a figure moved, before polarity says whether that is good news. */
export type Movement = 'up' | 'down' | 'level';

/** One period of an indicator's headline history, with the measurement chosen to represent it. */
export interface HistoryPoint {
  readonly period: string;
  readonly value: number | null;
  readonly measurement: MeasurementView;
}

/** A change between two figures: percentage points for percentages, else the plain difference. */
export interface Change {
  readonly delta: number;
  /** True when `delta` is in percentage points (the unit is a percentage). */
  readonly inPoints: boolean;
}

/** A report an indicator's figure came from, as the indicator screens show it. */
export interface SourceReport {
  readonly id: number;
  readonly key: string;
  readonly kind: ReportKind;
  readonly period: string;
  readonly title: Partial<Bilingual>;
  readonly languages: readonly Language[];
  /** ISO date of the meeting the report went to. */
  readonly meetingDate: string;
  readonly committeeId: number;
}

/** An indicator with what the Indicators screen lists and filters on. */
export interface IndicatorSummary {
  readonly indicator: IndicatorView;
  /** The figure of the latest period any report states as its own (headline before breakdowns). */
  readonly latest: MeasurementView | null;
  readonly latestReport: SourceReport | null;
  /** Headline value per period, oldest first. */
  readonly history: readonly { readonly period: string; readonly value: number | null }[];
  /** How many periods in a row, up to the latest figure, the indicator got worse. */
  readonly worseStreak: number;
  readonly offTarget: boolean;
  /** The latest figure's arrow: the report's own, or worked out from the figure before it. */
  readonly arrow: EffectiveArrow | null;
}

export interface IndicatorListView {
  readonly indicators: readonly IndicatorSummary[];
}

/** Where in a report a figure is stated, for links straight to that place. */
export interface MeasurementPlace {
  readonly sectionKey: string;
  /** The section's heading in each language version that has it. */
  readonly heading: Partial<Bilingual>;
  readonly blockNumber: string | null;
  /** 0-based index of the stated paragraph in each language version's section (deep links). */
  readonly blockIndex: Partial<Record<Language, number>>;
}

export interface SourcedMeasurement extends MeasurementView {
  readonly place: MeasurementPlace | null;
}

export interface IndicatorDetailView {
  readonly indicator: IndicatorView;
  /** Every measurement of the indicator in the library, in period order. */
  readonly measurements: readonly SourcedMeasurement[];
  /** The reports those measurements come from. */
  readonly reports: readonly SourceReport[];
}

export interface EffectiveArrow {
  readonly arrow: Arrow;
  /** 'report' when the report printed the arrow; 'computed' when Briffio worked it out. */
  readonly source: 'report' | 'computed';
}

const ROLE_RANK = { current: 0, comparison: 1, series: 2 } as const;

/**
 * Orders candidates for one period, best first: a known value over a gap (a later report may
 * give the figure an earlier one had pending), the period's own report over a quoted comparison
 * or a chart series, a confirmed figure over a provisional one, then the newest measurement.
 */
function betterFirst(a: MeasurementView, b: MeasurementView): number {
  const known = Number(a.value === null) - Number(b.value === null);
  if (known !== 0) return known;
  const role = ROLE_RANK[a.role] - ROLE_RANK[b.role];
  if (role !== 0) return role;
  const confirmed = Number(a.provisional) - Number(b.provisional);
  if (confirmed !== 0) return confirmed;
  return b.id - a.id;
}

function groupByPeriod(measurements: readonly MeasurementView[]): Map<string, MeasurementView[]> {
  const byPeriod = new Map<string, MeasurementView[]>();
  for (const measurement of measurements) {
    const group = byPeriod.get(measurement.period);
    if (group) group.push(measurement);
    else byPeriod.set(measurement.period, [measurement]);
  }
  return byPeriod;
}

/**
 * The headline (no breakdown) value of each period, oldest first. The same period is often
 * stated by several reports (its own, then quoted as a comparison, then in a chart series): one
 * point per period is kept, chosen by `betterFirst`.
 */
export function headlineHistory(measurements: readonly MeasurementView[]): HistoryPoint[] {
  const byPeriod = groupByPeriod(measurements.filter((m) => m.dimension === ''));
  return [...byPeriod.entries()]
    .sort(([a], [b]) => comparePeriodKeys(a, b))
    .map(([period, candidates]) => {
      const best = [...candidates].sort(betterFirst)[0]!;
      return { period, value: best.value, measurement: best };
    });
}

/**
 * Whether figures of two periods can be set against each other. Counts and money are often totals
 * over the period ("adoptions this year", "starts this quarter"), so a quarter's figure cannot be
 * compared with a whole year's; percentages, rates, days and ratios can be. Without knowing which
 * counts are snapshots, Briffio keeps counts to periods of the same kind.
 */
export function comparablePeriods(unit: Unit, a: string, b: string): boolean {
  if (unit !== 'count' && unit !== 'money') return true;
  return (parsePeriodKey(a)?.kind ?? a) === (parsePeriodKey(b)?.kind ?? b);
}

/** The points of a history that can be compared with `reference` (see `comparablePeriods`). */
export function comparableHistory<T extends { readonly period: string }>(unit: Unit, history: readonly T[], reference: string): T[] {
  return history.filter((point) => comparablePeriods(unit, point.period, reference));
}

/** Only the points with a value, for charts and trend arithmetic. */
export function valuedHistory(history: readonly HistoryPoint[]): (HistoryPoint & { readonly value: number })[] {
  return history.filter((point): point is HistoryPoint & { readonly value: number } => point.value !== null);
}

/**
 * The breakdowns (dimensions) of one period, one measurement per dimension, in the order the
 * library holds them. With `sourceReportId`, only what that report states.
 */
export function breakdownAt(measurements: readonly MeasurementView[], period: string, sourceReportId?: number): MeasurementView[] {
  const candidates = measurements.filter(
    (m) => m.dimension !== '' && m.period === period && (sourceReportId === undefined || m.sourceReportId === sourceReportId),
  );
  const byDimension = new Map<string, MeasurementView[]>();
  for (const m of candidates) {
    const group = byDimension.get(m.dimension);
    if (group) group.push(m);
    else byDimension.set(m.dimension, [m]);
  }
  return [...byDimension.values()].map((group) => [...group].sort(betterFirst)[0]!);
}

/**
 * Two figures count as level when they agree to two decimal places, the precision reports print;
 * anything else is a real movement, however small (the report's own arrow may still call a small
 * movement "sustained", and the report's word wins where it gives one).
 */
export function movementBetween(from: number, to: number): Movement {
  const difference = Math.round(to * 100) - Math.round(from * 100);
  if (difference === 0) return 'level';
  return difference > 0 ? 'up' : 'down';
}

/** Whether a movement is good news: null for indicators with no better direction (neutral). */
export function arrowFor(polarity: Polarity, movement: Movement): Arrow | null {
  if (polarity === 'neutral') return null;
  if (movement === 'level') return 'sustained';
  const better = polarity === 'higher_is_better' ? 'up' : 'down';
  return movement === better ? 'improved' : 'declined';
}

/** The change from one figure to another; for percentages, in percentage points. */
export function changeBetween(from: number, to: number, unit: Unit): Change {
  // Rounded to the two decimals reports print, so 61.9 − 62.9 is −1, not −1.0000000000000071.
  return { delta: Math.round((to - from) * 100) / 100, inPoints: unit === 'percent' };
}

/**
 * How big a change is, comparable across units: the change relative to the earlier figure.
 * Used only to rank movements ("moved most"), never shown.
 */
export function changeMagnitude(from: number, to: number): number {
  const base = Math.abs(from);
  if (base === 0) return to === 0 ? 0 : Number.POSITIVE_INFINITY;
  return Math.abs(to - from) / base;
}

/**
 * How many periods in a row, ending at the latest known figure, the indicator got worse (by its
 * polarity). Gaps (pending or unavailable periods) are skipped, not counted as breaking the run:
 * the question is whether each figure we have is worse than the one before it. Neutral
 * indicators never get worse.
 */
export function worseStreak(polarity: Polarity, history: readonly HistoryPoint[]): number {
  if (polarity === 'neutral') return 0;
  const values = valuedHistory(history).map((point) => point.value);
  let streak = 0;
  for (let index = values.length - 1; index > 0; index -= 1) {
    if (arrowFor(polarity, movementBetween(values[index - 1]!, values[index]!)) !== 'declined') break;
    streak += 1;
  }
  return streak;
}

/** The quick filter's threshold: "worse for two or more periods in a row". */
export const WORSE_STREAK_THRESHOLD = 2;

/**
 * Off target means the report's face does not expect the target to be met this year: "may meet"
 * (amber: the figure is behind and could recover) or "will not meet" (red). Decided by the face
 * alone, so the filter shows exactly what the reports said rather than Briffio's own reading.
 */
export function isOffTarget(face: Face | null): boolean {
  return face === 'may' || face === 'will_not';
}

/**
 * The figure a report states as its own for the latest period any report does (role "current"),
 * the headline before any breakdown. Null when the library only quotes the indicator.
 */
export function latestStated(measurements: readonly MeasurementView[]): MeasurementView | null {
  const stated = measurements.filter((m) => m.role === 'current');
  if (stated.length === 0) return null;
  const latestPeriod = stated.map((m) => m.period).sort(comparePeriodKeys).at(-1)!;
  const atLatest = stated.filter((m) => m.period === latestPeriod);
  const headline = atLatest.filter((m) => m.dimension === '');
  return [...(headline.length > 0 ? headline : atLatest)].sort(betterFirst)[0]!;
}

/** The figure a measurement is compared with, and whether the report itself quoted it. */
export interface Comparison {
  readonly measurement: MeasurementView;
  readonly source: 'report' | 'history';
}

/**
 * What to compare a stated figure with: the comparison its own report quotes (same breakdown),
 * else the latest earlier headline figure the library holds for the indicator (of a comparable
 * period: see `comparablePeriods`).
 */
export function comparisonFor(measurements: readonly MeasurementView[], current: MeasurementView, unit: Unit): Comparison | null {
  const quoted = measurements
    .filter(
      (m) =>
        m.role === 'comparison' &&
        m.sourceReportId === current.sourceReportId &&
        m.dimension === current.dimension &&
        m.value !== null &&
        comparePeriodKeys(m.period, current.period) < 0,
    )
    .sort((a, b) => comparePeriodKeys(b.period, a.period));
  if (quoted[0]) return { measurement: quoted[0], source: 'report' };
  if (current.dimension !== '') return null;
  const earlier = comparableHistory(unit, valuedHistory(headlineHistory(measurements)), current.period).filter(
    (point) => comparePeriodKeys(point.period, current.period) < 0,
  );
  const previous = earlier.at(-1);
  return previous ? { measurement: previous.measurement, source: 'history' } : null;
}

/**
 * The arrow to show for a stated figure: the report's own when it printed one; otherwise worked
 * out from the comparison (never for neutral indicators, which have no better direction).
 */
export function effectiveArrow(polarity: Polarity, current: MeasurementView, comparison: Comparison | null): EffectiveArrow | null {
  if (current.arrow) return { arrow: current.arrow, source: 'report' };
  if (current.value === null || !comparison || comparison.measurement.value === null) return null;
  const arrow = arrowFor(polarity, movementBetween(comparison.measurement.value, current.value));
  return arrow ? { arrow, source: 'computed' } : null;
}

/** Everything the Indicators screen needs about one indicator, from all its measurements. */
export function summariseIndicator(
  indicator: IndicatorView,
  measurements: readonly MeasurementView[],
  reportOf: (reportId: number) => SourceReport | null,
): IndicatorSummary {
  const history = headlineHistory(measurements);
  const latest = latestStated(measurements);
  const trend = latest ? comparableHistory(indicator.unit, history, latest.period) : history;
  return {
    indicator,
    latest,
    latestReport: latest ? reportOf(latest.sourceReportId) : null,
    history: history.map(({ period, value }) => ({ period, value })),
    worseStreak: worseStreak(indicator.polarity, trend),
    offTarget: isOffTarget(latest?.face ?? null),
    arrow: latest ? effectiveArrow(indicator.polarity, latest, comparisonFor(measurements, latest, indicator.unit)) : null,
  };
}

/**
 * Where a period sits on a chart's time axis, in quarters: Quarter 1 2017/18 is 8068, Quarter 2
 * 8069, and so on, so gaps between reports show as gaps. A whole year sits just after its fourth
 * quarter (annual figures are reported once the year has ended), never on top of it.
 */
export function periodPosition(key: string): number | null {
  const period = parsePeriodKey(key);
  if (!period) return null;
  return period.startYear * 4 + (period.kind === 'year' ? 3.5 : period.quarter! - 1);
}

/** Indicators in a stable reading order: by code (numbers compared as numbers), uncoded last by title. */
export function compareIndicators(a: IndicatorView, b: IndicatorView): number {
  if (a.code && b.code) return a.code.localeCompare(b.code, 'en', { numeric: true, sensitivity: 'base' });
  if (a.code) return -1;
  if (b.code) return 1;
  return a.title.en.localeCompare(b.title.en, 'en', { sensitivity: 'base' });
}
