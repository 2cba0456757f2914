import { describe, expect, it } from 'vitest';
import type { IndicatorView } from './domain';
import {
  arrowFor,
  breakdownAt,
  changeBetween,
  comparablePeriods,
  compareIndicators,
  comparisonFor,
  effectiveArrow,
  headlineHistory,
  isOffTarget,
  latestStated,
  movementBetween,
  periodPosition,
  summariseIndicator,
  worseStreak,
} from './indicators';
import { measurement } from './testing/measurement';

const m = measurement;

const placedInCardiff: IndicatorView = {
  id: 1,
  key: 'cs-lac-58',
  code: 'CS LAC 58',
  title: { en: 'Placed in Cardiff', cy: 'Wedi’u lleoli yng Nghaerdydd' },
  unit: 'percent',
  polarity: 'higher_is_better',
  plan: 'corporate_plan',
  area: null,
};

describe('headlineHistory', () => {
  it('keeps one value per period, in period order, with quarters of a year before the whole year', () => {
    const history = headlineHistory([
      m({ period: '2018-19.FY', value: 56.6 }),
      m({ period: '2017-18.Q2', value: 61.9 }),
      m({ period: '2017-18.Q1', value: 62.9 }),
      m({ period: '2018-19.Q4', value: 55 }),
    ]);
    expect(history.map((point) => [point.period, point.value])).toEqual([
      ['2017-18.Q1', 62.9],
      ['2017-18.Q2', 61.9],
      ['2018-19.Q4', 55],
      ['2018-19.FY', 56.6],
    ]);
  });

  it("prefers the period's own report over a quoted comparison or a chart series", () => {
    const own = m({ period: '2017-18.Q1', value: 62.9, role: 'current', sourceReportId: 1 });
    const quoted = m({ period: '2017-18.Q1', value: 62.9, role: 'comparison', sourceReportId: 2 });
    const series = m({ period: '2017-18.Q1', value: 63, role: 'series', sourceReportId: 3 });
    expect(headlineHistory([series, quoted, own])[0]!.measurement).toBe(own);
  });

  it('prefers a known value to a gap, and a confirmed figure to a provisional one', () => {
    const pending = m({ period: '2019-20.Q1', value: null, pending: true, role: 'current' });
    const later = m({ period: '2019-20.Q1', value: 94, role: 'comparison' });
    expect(headlineHistory([pending, later])[0]!.value).toBe(94);
    const provisional = m({ period: '2018-19.Q4', value: 93.8, provisional: true, role: 'series' });
    const confirmed = m({ period: '2018-19.Q4', value: 93.9, role: 'series' });
    expect(headlineHistory([provisional, confirmed])[0]!.measurement).toBe(confirmed);
  });

  it('leaves breakdowns out of the headline', () => {
    expect(headlineHistory([m({ dimension: 'looked-after', value: 91.4 })])).toEqual([]);
  });
});

describe('breakdownAt', () => {
  it('gives one figure per breakdown in a period', () => {
    const lookedAfter = m({ period: '2018-19.FY', dimension: 'looked-after', value: 91.4 });
    const all = m({ period: '2018-19.FY', dimension: 'all', value: 56.8 });
    expect(breakdownAt([lookedAfter, all, m({ period: '2018-19.FY' })], '2018-19.FY')).toEqual([lookedAfter, all]);
  });
});

describe('direction of change', () => {
  it('calls a fall good news when lower is better, and has no better direction for neutral indicators', () => {
    expect(arrowFor('lower_is_better', movementBetween(26, 20))).toBe('improved');
    expect(arrowFor('lower_is_better', movementBetween(14, 21))).toBe('declined');
    expect(arrowFor('higher_is_better', movementBetween(62.9, 61.9))).toBe('declined');
    expect(arrowFor('higher_is_better', movementBetween(93.8, 93.8))).toBe('sustained');
    expect(arrowFor('neutral', movementBetween(756, 784))).toBeNull();
  });

  it('measures percentages in percentage points and rounds away floating-point noise', () => {
    expect(changeBetween(62.9, 61.9, 'percent')).toEqual({ delta: -1, inPoints: true });
    expect(changeBetween(756, 784, 'count')).toEqual({ delta: 28, inPoints: false });
  });
});

describe('worseStreak', () => {
  const history = (values: (number | null)[]) =>
    headlineHistory(values.map((value, index) => m({ period: `${2010 + index}-${String((11 + index) % 100).padStart(2, '0')}.FY`, value })));

  it('counts the periods in a row, up to the latest, that got worse', () => {
    expect(worseStreak('higher_is_better', history([58.5, 49.4, 40]))).toBe(2);
    expect(worseStreak('higher_is_better', history([40, 49.4, 45]))).toBe(1);
    expect(worseStreak('higher_is_better', history([58.5, 49.4, 40, 41]))).toBe(0);
  });

  it('follows polarity: rising figures are worse when lower is better', () => {
    expect(worseStreak('lower_is_better', history([10, 12, 15]))).toBe(2);
    expect(worseStreak('neutral', history([10, 12, 15]))).toBe(0);
  });

  it('skips periods without a figure rather than breaking the run', () => {
    expect(worseStreak('higher_is_better', history([96, 93.8, null, 90]))).toBe(2);
  });

  it('does not count a level period as worse', () => {
    expect(worseStreak('higher_is_better', history([96, 93.8, 93.8]))).toBe(0);
  });
});

describe('isOffTarget', () => {
  it('follows the face: "may" and "will not" meet the target are off target', () => {
    expect(isOffTarget('will_not')).toBe(true);
    expect(isOffTarget('may')).toBe(true);
    expect(isOffTarget('will')).toBe(false);
    expect(isOffTarget(null)).toBe(false);
  });
});

describe('latestStated and comparisonFor', () => {
  it("takes the latest period a report states as its own, headline first", () => {
    const q1 = m({ period: '2017-18.Q1', value: 62.9 });
    const q2 = m({ period: '2017-18.Q2', value: 61.9 });
    const q2Breakdown = m({ period: '2017-18.Q2', value: 70, dimension: 'x' });
    const laterSeries = m({ period: '2018-19.Q4', value: 55, role: 'series' });
    expect(latestStated([q1, q2Breakdown, q2, laterSeries])).toBe(q2);
    expect(latestStated([laterSeries])).toBeNull();
  });

  it("compares with the report's own quoted comparison when there is one, else the previous figure", () => {
    const q1 = m({ period: '2017-18.Q1', value: 62.9, sourceReportId: 1 });
    const q2 = m({ period: '2017-18.Q2', value: 61.9, sourceReportId: 2 });
    const quoted = m({ period: '2016-17.Q2', value: 60, role: 'comparison', sourceReportId: 2 });
    expect(comparisonFor([q1, q2, quoted], q2, 'percent')).toEqual({ measurement: quoted, source: 'report' });
    expect(comparisonFor([q1, q2], q2, 'percent')).toEqual({ measurement: q1, source: 'history' });
    expect(comparisonFor([q2], q2, 'percent')).toBeNull();
  });

  it("does not set a quarter's count against a whole year's total, but does compare percentages across them", () => {
    const year = m({ period: '2018-19.FY', value: 42, sourceReportId: 1 });
    const quarter = m({ period: '2019-20.Q1', value: 7, sourceReportId: 2 });
    expect(comparisonFor([year, quarter], quarter, 'count')).toBeNull();
    expect(comparisonFor([year, quarter], quarter, 'percent')).toEqual({ measurement: year, source: 'history' });
    expect(comparablePeriods('count', '2018-19.Q4', '2019-20.Q1')).toBe(true);
    expect(comparablePeriods('money', '2018-19.FY', '2019-20.Q1')).toBe(false);
  });

  it("uses the report's arrow when printed, else works one out from the comparison", () => {
    const previous = m({ period: '2017-18.Q1', value: 26 });
    const printed = m({ period: '2017-18.Q2', value: 20, arrow: 'improved' });
    expect(effectiveArrow('lower_is_better', printed, { measurement: previous, source: 'history' })).toEqual({ arrow: 'improved', source: 'report' });
    const unprinted = m({ period: '2017-18.Q2', value: 20 });
    expect(effectiveArrow('lower_is_better', unprinted, { measurement: previous, source: 'history' })).toEqual({
      arrow: 'improved',
      source: 'computed',
    });
    expect(effectiveArrow('neutral', unprinted, { measurement: previous, source: 'history' })).toBeNull();
  });
});

describe('summariseIndicator', () => {
  it('gives the Indicators screen the latest figure, its report, history, streak and off-target state', () => {
    const source = { id: 2, key: 'q2', kind: 'cover', period: '2017-18.Q2', title: { en: 'Q2' }, languages: ['en'], meetingDate: '2018-01-16', committeeId: 1 } as const;
    const summary = summariseIndicator(
      placedInCardiff,
      [
        m({ period: '2017-18.Q1', value: 62.9, sourceReportId: 1, face: 'will', target: 60 }),
        m({ period: '2017-18.Q2', value: 61.9, sourceReportId: 2, face: 'may', target: 60 }),
      ],
      (id) => (id === 2 ? source : null),
    );
    expect(summary.latest?.value).toBe(61.9);
    expect(summary.latestReport).toBe(source);
    expect(summary.history).toEqual([
      { period: '2017-18.Q1', value: 62.9 },
      { period: '2017-18.Q2', value: 61.9 },
    ]);
    expect(summary.worseStreak).toBe(1);
    expect(summary.offTarget).toBe(true);
    expect(summary.arrow).toEqual({ arrow: 'declined', source: 'computed' });
  });
});

describe('compareIndicators', () => {
  it('orders by code with numbers compared as numbers, uncoded indicators last', () => {
    const make = (code: string | null, title: string): IndicatorView => ({ ...placedInCardiff, code, title: { en: title, cy: title } });
    const sorted = [make(null, 'B'), make('SCC/025', 'x'), make('CS LAC 58', 'x'), make('CS LAC 3e', 'x'), make(null, 'A')].sort(compareIndicators);
    expect(sorted.map((i) => i.code ?? i.title.en)).toEqual(['CS LAC 3e', 'CS LAC 58', 'SCC/025', 'A', 'B']);
  });
});

describe('periodPosition', () => {
  it('spaces periods by quarters, keeping gaps, with a whole year just after its fourth quarter', () => {
    const q1 = periodPosition('2017-18.Q1')!;
    expect(periodPosition('2017-18.Q2')! - q1).toBe(1);
    expect(periodPosition('2018-19.Q4')! - q1).toBe(7);
    expect(periodPosition('2018-19.FY')! - q1).toBe(7.5);
    expect(periodPosition('2019-20.Q1')! - q1).toBe(8);
    expect(periodPosition('not a period')).toBeNull();
  });
});
