import type { IndicatorView, MeasurementView, ReportVersionView, ReportView } from '../../../shared/domain';
import {
  breakdownAt,
  changeBetween,
  comparisonFor,
  effectiveArrow,
  type Change,
  type Comparison,
  type EffectiveArrow,
} from '../../../shared/indicators';
import { comparePeriodKeys } from '../../../shared/period';
import type { ReportPlace } from '../routing/route';

/** What one indicator card shows: the report's figure for it, compared, with its face and arrow. */
export interface CardData {
  readonly indicator: IndicatorView;
  /** The report's own headline figure; failing that, the latest headline figure it quotes. */
  readonly figure: MeasurementView | null;
  /** True when `figure` is the report's figure for its own period (role "current"). */
  readonly stated: boolean;
  readonly comparison: Comparison | null;
  readonly change: Change | null;
  readonly arrow: EffectiveArrow | null;
  /** The report's breakdowns of the figure's period (e.g. children looked after vs all children). */
  readonly breakdown: readonly MeasurementView[];
}

/**
 * One card per indicator the report mentions, in the report's order. Measurements from other
 * reports (the library holds them all) only feed the comparison when the report quotes none.
 */
export function indicatorCards(report: Pick<ReportView, 'id' | 'indicators'>): CardData[] {
  return report.indicators.map(({ indicator, measurements }) => {
    const own = measurements.filter((m) => m.sourceReportId === report.id);
    const stated = own.find((m) => m.role === 'current' && m.dimension === '') ?? null;
    const quoted =
      stated ??
      own
        .filter((m) => m.dimension === '' && m.value !== null)
        .sort((a, b) => comparePeriodKeys(b.period, a.period))[0] ??
      null;
    const comparison = stated ? comparisonFor(measurements, stated, indicator.unit) : null;
    const change =
      stated?.value != null && comparison?.measurement.value != null
        ? changeBetween(comparison.measurement.value, stated.value, indicator.unit)
        : null;
    const breakdownPeriod = quoted?.period ?? own.find((m) => m.role === 'current')?.period ?? null;
    return {
      indicator,
      figure: quoted,
      stated: stated !== null,
      comparison,
      change,
      arrow: stated ? effectiveArrow(indicator.polarity, stated, comparison) : null,
      breakdown: breakdownPeriod ? breakdownAt(own, breakdownPeriod, report.id) : [],
    };
  });
}

/**
 * Where in the shown version a figure is stated, as a deep-link place: the section, and the
 * paragraph printed with the figure's number when this version has it.
 */
export function placeOf(measurement: Pick<MeasurementView, 'sectionKey' | 'blockNumber'>, version: ReportVersionView): ReportPlace | null {
  if (!measurement.sectionKey) return null;
  const section = version.sections.find((s) => s.key === measurement.sectionKey);
  if (!section) return null;
  if (!measurement.blockNumber) return { sectionKey: section.key };
  const paragraph = section.blocks.findIndex((b) => b.number === measurement.blockNumber && b.kind === 'paragraph');
  const index = paragraph >= 0 ? paragraph : section.blocks.findIndex((b) => b.number === measurement.blockNumber);
  return index >= 0 ? { sectionKey: section.key, blockIndex: index } : { sectionKey: section.key };
}
