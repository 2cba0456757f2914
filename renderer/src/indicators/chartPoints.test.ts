import { describe, expect, it } from 'vitest';
import type { IndicatorView } from '../../../shared/domain';
import type { Translate } from '../text/useText';
import { breakdownPoints, referencePeriod, trendData } from './chartPoints';
import { measurement } from '../../../shared/testing/measurement';

// Keys and values come back as written, so the test reads the structure, not the wording.
const t = ((key: string, values?: Record<string, unknown>) => (values && 'value' in values ? String(values['value']) : key)) as unknown as Translate;

const count: IndicatorView = {
  id: 1,
  key: 'adoptions',
  code: null,
  title: { en: 'Adoptions', cy: 'Mabwysiadau' },
  unit: 'count',
  polarity: 'higher_is_better',
  plan: null,
  area: null,
};
const percent: IndicatorView = { ...count, key: 'placed', unit: 'percent' };

const m = measurement;

describe('trendData', () => {
  it('draws a count only against periods of the same kind, and rings the highlighted period', () => {
    const measurements = [
      m({ period: '2017-18.FY', value: 30 }),
      m({ period: '2018-19.FY', value: 42 }),
      m({ period: '2018-19.Q4', value: 12, provisional: true }),
      m({ period: '2019-20.Q1', value: 7 }),
    ];
    const { points } = trendData(count, measurements, '2018-19.FY', '2018-19.FY', 'this_report', t);
    expect(points.map((point) => [point.key, point.value, point.current])).toEqual([
      ['2017-18.FY', 30, false],
      ['2018-19.FY', 42, true],
    ]);
    expect(points[1]!.notes).toEqual(['charts:trend.thisReport']);
    const quarters = trendData(count, measurements, '2019-20.Q1', '2019-20.Q1', 'latest', t).points;
    expect(quarters.map((point) => point.key)).toEqual(['2018-19.Q4', '2019-20.Q1']);
    expect(quarters[0]!.notes).toEqual(['indicators:flag.provisional']);
    expect(quarters[1]!.notes).toEqual(['charts:trend.latest']);
  });

  it('places points in time and takes the target of the highlighted figure, else the latest given', () => {
    const measurements = [m({ period: '2017-18.Q1', value: 62.9, target: 60 }), m({ period: '2018-19.FY', value: 56.6 }), m({ period: '2019-20.Q1', value: 57, target: 65 })];
    const { points, target } = trendData(percent, measurements, null, '2018-19.FY', 'this_report', t);
    expect(points.map((point) => point.position! - points[0]!.position!)).toEqual([0, 7.5, 8]);
    expect(target).toBe(65);
    expect(trendData(percent, measurements, null, '2017-18.Q1', 'this_report', t).target).toBe(60);
  });

  it('leaves out periods without a figure', () => {
    const { points } = trendData(percent, [m({ value: 50 }), m({ period: '2017-18.Q2', value: null, pending: true })], null, null, 'latest', t);
    expect(points).toHaveLength(1);
  });
});

describe('referencePeriod', () => {
  it("centres a report's charts on its own figure, else on the latest figure it quotes, else its period", () => {
    expect(referencePeriod(2, '2017-18.Q2', [m({ period: '2017-18.Q2', sourceReportId: 2 }), m({ period: '2017-18.Q1', role: 'comparison', sourceReportId: 2 })])).toBe('2017-18.Q2');
    expect(referencePeriod(3, '2018-19.FY', [m({ period: '2018-19.Q3', role: 'series', sourceReportId: 3 }), m({ period: '2018-19.Q4', role: 'series', sourceReportId: 3 })])).toBe('2018-19.Q4');
    expect(referencePeriod(4, '2019-20.Q1', [])).toBe('2019-20.Q1');
  });
});

describe('breakdownPoints', () => {
  it('names each bar in the interface language and skips breakdowns without a figure', () => {
    const points = breakdownPoints(
      percent,
      [
        m({ dimension: 'looked-after', dimensionLabel: { en: 'Children looked after', cy: 'Plant sy’n derbyn gofal' }, value: 91.4 }),
        m({ dimension: 'all', dimensionLabel: { en: 'All children', cy: 'Pob plentyn' }, value: null, unavailable: true }),
      ],
      'cy',
      t,
    );
    expect(points.map((point) => [point.label, point.value])).toEqual([['Plant sy’n derbyn gofal', 91.4]]);
  });
});
