import type { Arrow, IndicatorView, MeasurementView, ReportView } from './domain';
import { arrowFor, changeBetween, compareIndicators, movementBetween, type Change, type Movement } from './indicators';
import { normaliseIndicatorCode } from './indicator-code';

/**
 * Two reports side by side, indicator by indicator. Rows are aligned by indicator code (however
 * it is printed: "SCC/025" and "SCC 025" meet), or by the indicator's key when it has no code.
 * Each side shows only what that report states as its own figure.
 */

export interface CompareRow {
  /** The alignment key: the normalised code, or "key:<indicator key>" for uncoded indicators. */
  readonly key: string;
  readonly indicator: IndicatorView;
  readonly left: MeasurementView | null;
  readonly right: MeasurementView | null;
  /** Right minus left, when both have a value. */
  readonly change: Change | null;
  readonly movement: Movement | null;
  /** Good or bad news by polarity (null for neutral indicators or when a side has no value). */
  readonly arrow: Arrow | null;
  readonly faceChanged: boolean;
  /** True when the reader should look: a value moved, a face changed, or only one side has it. */
  readonly differs: boolean;
}

export function alignmentKey(indicator: Pick<IndicatorView, 'code' | 'key'>): string {
  const code = indicator.code ? normaliseIndicatorCode(indicator.code) : '';
  return code ? code : `key:${indicator.key}`;
}

/** The headline figure a report states as its own for an indicator (breakdowns are not compared). */
export function statedFigure(reportId: number, measurements: readonly MeasurementView[]): MeasurementView | null {
  return measurements.find((m) => m.sourceReportId === reportId && m.role === 'current' && m.dimension === '') ?? null;
}

export function alignReports(left: Pick<ReportView, 'id' | 'indicators'>, right: Pick<ReportView, 'id' | 'indicators'>): CompareRow[] {
  const rows = new Map<string, { indicator: IndicatorView; left: MeasurementView | null; right: MeasurementView | null }>();
  for (const [side, report] of [
    ['left', left],
    ['right', right],
  ] as const) {
    for (const { indicator, measurements } of report.indicators) {
      const key = alignmentKey(indicator);
      const row = rows.get(key) ?? { indicator, left: null, right: null };
      row[side] = statedFigure(report.id, measurements);
      rows.set(key, row);
    }
  }
  return [...rows.entries()]
    .filter(([, row]) => row.left !== null || row.right !== null)
    .map(([key, row]) => toCompareRow(key, row.indicator, row.left, row.right))
    .sort((a, b) => compareIndicators(a.indicator, b.indicator));
}

function toCompareRow(key: string, indicator: IndicatorView, left: MeasurementView | null, right: MeasurementView | null): CompareRow {
  const both = left?.value != null && right?.value != null ? ([left.value, right.value] as const) : null;
  const movement = both ? movementBetween(both[0], both[1]) : null;
  const faceChanged = left !== null && right !== null && (left.face ?? null) !== (right.face ?? null) && left.face !== null && right.face !== null;
  return {
    key,
    indicator,
    left,
    right,
    change: both ? changeBetween(both[0], both[1], indicator.unit) : null,
    movement,
    arrow: movement ? arrowFor(indicator.polarity, movement) : null,
    faceChanged,
    differs: left === null || right === null || (movement !== null && movement !== 'level') || faceChanged || (left.value === null) !== (right.value === null),
  };
}
