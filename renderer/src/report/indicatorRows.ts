import type { IndicatorView, MeasurementView, ReportView } from '../../../shared/domain';

export interface IndicatorRowData {
  readonly indicator: IndicatorView;
  /** The figure this report gives for the indicator; null when it only mentions it. */
  readonly measurement: MeasurementView | null;
}

/**
 * One row per figure this report gives (its "current" measurements; the headline value before any
 * breakdown such as "KS2 - looked after"), or one empty row for an indicator it only mentions.
 * Measurements from other reports (the library holds them all) belong to the trend views.
 */
export function indicatorRows(report: Pick<ReportView, 'id' | 'indicators'>): IndicatorRowData[] {
  return report.indicators.flatMap<IndicatorRowData>(({ indicator, measurements }) => {
    const own = measurements.filter((m) => m.sourceReportId === report.id && m.role === 'current');
    if (own.length === 0) return [{ indicator, measurement: null }];
    const ordered = [...own.filter((m) => m.dimension === ''), ...own.filter((m) => m.dimension !== '')];
    return ordered.map((measurement) => ({ indicator, measurement }));
  });
}
