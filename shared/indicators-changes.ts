import type { Arrow, IndicatorView, LibraryView, MeasurementView, ReportSummary, ReportVersionView, ReportView, SignsOfSafetyGroup } from './domain';
import {
  arrowFor,
  changeBetween,
  changeMagnitude,
  comparableHistory,
  headlineHistory,
  movementBetween,
  valuedHistory,
  type Change,
  type Movement,
} from './indicators';
import { matchItems, withoutRepeats } from './indicators-text';
import { comparePeriodKeys, parsePeriodKey } from './period';

/**
 * "What changed since the last report": the indicators that moved most (good news and bad, by
 * each indicator's polarity) and the worries that are new to, or gone from, "What are we worried
 * about?". Pure, so the rules are tested under Node and the screen only lays them out.
 */

/** A report as the library lists it, with where it sits. */
export interface ReportInLibrary extends ReportSummary {
  readonly committeeId: number;
  readonly meetingId: number;
  readonly meetingDate: string;
}

/** Every report of a committee, oldest period first (then by meeting date). */
export function committeeReports(library: LibraryView, committeeId: number): ReportInLibrary[] {
  const committee = library.committees.find((c) => c.id === committeeId);
  if (!committee) return [];
  return committee.meetings
    .flatMap((meeting) =>
      meeting.reports.map((report) => ({ ...report, committeeId, meetingId: meeting.id, meetingDate: meeting.date })),
    )
    .sort((a, b) => comparePeriodKeys(a.period, b.period) || a.meetingDate.localeCompare(b.meetingDate) || a.id - b.id);
}

/**
 * The report this one follows: same committee, the latest earlier period. Where a period has
 * several reports (a cover report and its performance appendix), one of the same kind is
 * preferred, then the later meeting.
 */
export function previousReport(
  library: LibraryView,
  report: Pick<ReportView, 'id' | 'period' | 'kind'> & { readonly committee: { readonly id: number } },
): ReportInLibrary | null {
  const earlier = committeeReports(library, report.committee.id).filter((r) => comparePeriodKeys(r.period, report.period) < 0);
  if (earlier.length === 0) return null;
  const latestPeriod = earlier.at(-1)!.period;
  const candidates = earlier.filter((r) => r.period === latestPeriod);
  return (
    [...candidates].sort(
      (a, b) => Number(b.kind === report.kind) - Number(a.kind === report.kind) || b.meetingDate.localeCompare(a.meetingDate) || b.id - a.id,
    )[0] ?? null
  );
}

export interface IndicatorMovement {
  readonly indicator: IndicatorView;
  /** The report's own headline figure. */
  readonly current: MeasurementView & { readonly value: number };
  /** The latest earlier figure the library holds for the indicator. */
  readonly previous: MeasurementView & { readonly value: number };
  readonly movement: Movement;
  /** Good or bad news by polarity; null for indicators with no better direction. */
  readonly arrow: Arrow | null;
  readonly change: Change;
  /** Relative size of the change, for ranking only. */
  readonly magnitude: number;
}

export interface MovementSummary {
  readonly improved: readonly IndicatorMovement[];
  readonly declined: readonly IndicatorMovement[];
  /** Indicators with no better direction (e.g. the number of children looked after) that moved. */
  readonly changed: readonly IndicatorMovement[];
  readonly sustained: readonly IndicatorMovement[];
}

/**
 * True when period `a` starts no earlier than period `b` starts: a quarter of a year counts as
 * within that year, so Quarter 4 2018/19 is "since" the annual report for 2018/19.
 */
function startsNoEarlier(a: string, b: string): boolean {
  const pa = parsePeriodKey(a);
  const pb = parsePeriodKey(b);
  if (!pa || !pb) return comparePeriodKeys(a, b) >= 0;
  const start = (p: NonNullable<typeof pa>) => p.startYear * 10 + (p.kind === 'year' ? 1 : p.quarter!);
  return start(pa) >= start(pb);
}

/**
 * Each headline figure the report states, against the latest earlier figure in the library from
 * `since` (the previous report's period) onwards, and of a comparable period (a quarter's total is
 * not set against a year's), grouped by polarity-aware direction, biggest movers first. Figures
 * with nothing that recent to compare with are left out: "since the last report" must not reach
 * back years.
 * Directions are worked out from the figures, not taken from the report's arrows, because a
 * report's arrow may compare with another period (such as the same quarter last year).
 */
export function indicatorMovements(report: Pick<ReportView, 'id' | 'indicators'>, since: string): MovementSummary {
  const movements: IndicatorMovement[] = [];
  for (const { indicator, measurements } of report.indicators) {
    const current = measurements.find(
      (m): m is MeasurementView & { value: number } =>
        m.sourceReportId === report.id && m.role === 'current' && m.dimension === '' && m.value !== null,
    );
    if (!current) continue;
    const previous = comparableHistory(indicator.unit, valuedHistory(headlineHistory(measurements)), current.period)
      .filter((point) => comparePeriodKeys(point.period, current.period) < 0 && startsNoEarlier(point.period, since))
      .at(-1);
    if (!previous) continue;
    const previousMeasurement = { ...previous.measurement, value: previous.value };
    const movement = movementBetween(previous.value, current.value);
    movements.push({
      indicator,
      current,
      previous: previousMeasurement,
      movement,
      arrow: arrowFor(indicator.polarity, movement),
      change: changeBetween(previous.value, current.value, indicator.unit),
      magnitude: changeMagnitude(previous.value, current.value),
    });
  }
  const biggestFirst = (a: IndicatorMovement, b: IndicatorMovement) => b.magnitude - a.magnitude;
  return {
    improved: movements.filter((m) => m.arrow === 'improved').sort(biggestFirst),
    declined: movements.filter((m) => m.arrow === 'declined').sort(biggestFirst),
    changed: movements.filter((m) => m.arrow === null && m.movement !== 'level').sort(biggestFirst),
    sustained: movements.filter((m) => m.arrow === 'sustained' || (m.arrow === null && m.movement === 'level')),
  };
}

/** One item under a Signs of Safety question, with where it is (for links to it). */
export interface ListedItem {
  readonly sectionKey: string;
  /** 0-based index of the block within its section (deep links). */
  readonly blockIndex: number;
  /** The item as the reader should see it: a lead-in ("These are unavailable:") joined to its sub-item. */
  readonly text: string;
  readonly heading: string;
  readonly area: string | null;
}

/**
 * Every item a report version lists under one Signs of Safety question, across all its sections
 * (the summary and each service area). A lead-in item that ends with a colon and introduces
 * deeper items is joined to each of them, since the sub-items mean little alone.
 */
export function itemsUnder(version: ReportVersionView, group: SignsOfSafetyGroup): ListedItem[] {
  const items: ListedItem[] = [];
  for (const section of version.sections) {
    let leadIn: { readonly level: number; readonly text: string } | null = null;
    section.blocks.forEach((block, blockIndex) => {
      if (block.group !== group) return;
      if (leadIn && block.level <= leadIn.level) leadIn = null;
      const next = section.blocks[blockIndex + 1];
      const introduces = /:\s*$/.test(block.text) && next !== undefined && next.group === group && next.level > block.level;
      if (introduces) {
        leadIn = { level: block.level, text: block.text.trim() };
        return;
      }
      items.push({
        sectionKey: section.key,
        blockIndex,
        text: leadIn ? `${leadIn.text} ${block.text.trim()}` : block.text.trim(),
        heading: section.heading,
        area: section.area,
      });
    });
  }
  return items;
}

export interface WorryChanges {
  /** Worries this report lists that the previous one did not. */
  readonly added: readonly ListedItem[];
  /** Worries the previous report listed that this one no longer does. */
  readonly removed: readonly ListedItem[];
  /** How many worries appear in both. */
  readonly carried: number;
}

/**
 * Compares "What are we worried about?" between two versions (in the same language), matching
 * items by the similarity of their words rather than by exact text. Repeats within one report
 * (a worry stated in the summary and again under a service area) count once.
 */
export function worryChanges(current: ReportVersionView, previous: ReportVersionView): WorryChanges {
  const textOf = (item: ListedItem) => item.text;
  const language = current.lang;
  const now = withoutRepeats(itemsUnder(current, 'worried'), textOf, language);
  const before = withoutRepeats(itemsUnder(previous, 'worried'), textOf, language);
  const { added, removed, kept } = matchItems(now, before, textOf, language);
  return { added, removed, carried: kept.length };
}
