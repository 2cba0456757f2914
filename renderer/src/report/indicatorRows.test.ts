import { describe, expect, it } from 'vitest';
import type { IndicatorView, MeasurementView } from '../../../shared/domain';
import { indicatorRows } from './indicatorRows';

const indicator: IndicatorView = {
  id: 1,
  key: 'cs-lac-58',
  code: 'CS LAC 58',
  title: { en: 'Children looked after', cy: "Plant sy'n derbyn gofal" },
  unit: 'count',
  polarity: 'neutral',
  plan: null,
  area: null,
};

function measurement(id: number, changes: Partial<MeasurementView>): MeasurementView {
  return {
    id,
    indicatorId: 1,
    period: '2017-18.Q2',
    dimension: '',
    value: 900,
    numerator: null,
    denominator: null,
    target: null,
    face: null,
    arrow: null,
    provisional: false,
    pending: false,
    unavailable: false,
    role: 'current',
    sourceReportId: 5,
    sectionKey: null,
    blockNumber: null,
    ...changes,
  };
}

describe('indicatorRows', () => {
  it("shows this report's own figures, headline first", () => {
    const rows = indicatorRows({
      id: 5,
      indicators: [
        {
          indicator,
          measurements: [
            measurement(1, { dimension: 'KS2' }),
            measurement(2, {}),
            measurement(3, { sourceReportId: 4 }),
            measurement(4, { role: 'comparison', period: '2017-18.Q1' }),
          ],
        },
      ],
    });
    expect(rows.map((row) => row.measurement?.id)).toEqual([2, 1]);
  });

  it('keeps an indicator the report only mentions, without a figure', () => {
    const rows = indicatorRows({ id: 5, indicators: [{ indicator, measurements: [measurement(3, { sourceReportId: 4 })] }] });
    expect(rows).toEqual([{ indicator, measurement: null }]);
  });
});
