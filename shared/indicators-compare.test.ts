import { describe, expect, it } from 'vitest';
import type { IndicatorView } from './domain';
import { alignReports, alignmentKey } from './indicators-compare';
import { measurement } from './testing/measurement';

function indicator(id: number, code: string | null, polarity: IndicatorView['polarity'] = 'higher_is_better'): IndicatorView {
  return { id, key: `indicator-${id}`, code, title: { en: `Indicator ${id}`, cy: `Dangosydd ${id}` }, unit: 'percent', polarity, plan: null, area: null };
}

const m = measurement;

describe('alignmentKey', () => {
  it('aligns however a code is printed, and falls back to the key', () => {
    expect(alignmentKey({ code: 'SCC/025', key: 'a' })).toBe(alignmentKey({ code: 'scc 025', key: 'b' }));
    expect(alignmentKey({ code: null, key: 'sw-vacancies' })).toBe('key:sw-vacancies');
  });
});

describe('alignReports', () => {
  it('puts each indicator on one row by code, with each report’s own figure and the difference', () => {
    const scc025left = indicator(1, 'SCC/025');
    const scc025right = { ...indicator(7, 'SCC 025') };
    const lac58 = indicator(2, 'CS LAC 58');
    const onlyLeft = indicator(3, 'SSWB 26');
    const onlyRight = indicator(4, null, 'lower_is_better');
    const rows = alignReports(
      {
        id: 1,
        indicators: [
          { indicator: scc025left, measurements: [m({ value: 96, face: 'will', sourceReportId: 1 })] },
          { indicator: lac58, measurements: [m({ value: 62.9, face: 'will', sourceReportId: 1 })] },
          { indicator: onlyLeft, measurements: [m({ value: 6.2, sourceReportId: 1 })] },
        ],
      },
      {
        id: 2,
        indicators: [
          { indicator: lac58, measurements: [m({ value: 62.9, sourceReportId: 1 }), m({ period: '2017-18.Q2', value: 61.9, face: 'will', sourceReportId: 2 })] },
          { indicator: scc025right, measurements: [m({ period: '2017-18.Q2', value: 93.8, face: 'may', sourceReportId: 2 })] },
          { indicator: onlyRight, measurements: [m({ period: '2017-18.Q2', value: 20, sourceReportId: 2 })] },
        ],
      },
    );
    expect(rows.map((row) => [row.indicator.code, row.left?.value ?? null, row.right?.value ?? null])).toEqual([
      ['CS LAC 58', 62.9, 61.9],
      ['SCC/025', 96, 93.8],
      ['SSWB 26', 6.2, null],
      [null, null, 20],
    ]);
    const [lac, scc, left, right] = rows;
    expect(lac).toMatchObject({ change: { delta: -1, inPoints: true }, arrow: 'declined', faceChanged: false, differs: true });
    expect(scc).toMatchObject({ arrow: 'declined', faceChanged: true, differs: true });
    expect(left?.differs).toBe(true);
    expect(right?.differs).toBe(true);
  });

  it('does not flag an indicator whose figure and face are the same in both reports', () => {
    const same = indicator(1, 'X 1');
    const rows = alignReports(
      { id: 1, indicators: [{ indicator: same, measurements: [m({ value: 5, sourceReportId: 1 })] }] },
      { id: 2, indicators: [{ indicator: same, measurements: [m({ value: 5, sourceReportId: 1 }), m({ period: '2017-18.Q2', value: 5, sourceReportId: 2 })] }] },
    );
    expect(rows[0]).toMatchObject({ movement: 'level', arrow: 'sustained', differs: false });
  });

  it('leaves out indicators neither report states a figure for', () => {
    const quotedOnly = indicator(1, 'X 1');
    const rows = alignReports(
      { id: 1, indicators: [{ indicator: quotedOnly, measurements: [m({ role: 'comparison', sourceReportId: 1 })] }] },
      { id: 2, indicators: [] },
    );
    expect(rows).toEqual([]);
  });
});
