import { describe, expect, it } from 'vitest';
import type { Block, IndicatorView, MeasurementView, ReportVersionView } from '../../../shared/domain';
import { indicatorCards, placeOf } from './indicatorCards';
import { measurement } from '../../../shared/testing/measurement';

const indicator: IndicatorView = {
  id: 1,
  key: 'cs-lac-58',
  code: 'CS LAC 58',
  title: { en: 'Placed in Cardiff', cy: 'Wedi’u lleoli yng Nghaerdydd' },
  unit: 'percent',
  polarity: 'higher_is_better',
  plan: null,
  area: null,
};

/** This report's (id 5) Quarter 2 figure of 61.9, unless changed. */
function m(changes: Partial<MeasurementView>): MeasurementView {
  return measurement({ period: '2017-18.Q2', value: 61.9, sourceReportId: 5, ...changes });
}

describe('indicatorCards', () => {
  it("shows the report's own figure against the comparison it quotes, with the change in points", () => {
    const [card] = indicatorCards({
      id: 5,
      indicators: [
        {
          indicator,
          measurements: [
            m({ value: 61.9, arrow: 'declined', face: 'will', target: 60 }),
            m({ period: '2017-18.Q1', value: 62.9, role: 'comparison' }),
            m({ period: '2018-19.FY', value: 56.6, sourceReportId: 7 }),
          ],
        },
      ],
    });
    expect(card).toMatchObject({
      figure: { value: 61.9, face: 'will' },
      stated: true,
      comparison: { source: 'report', measurement: { value: 62.9 } },
      change: { delta: -1, inPoints: true },
      arrow: { arrow: 'declined', source: 'report' },
    });
  });

  it('falls back to the latest figure a report gives only in a chart, without comparing it', () => {
    const [card] = indicatorCards({
      id: 5,
      indicators: [{ indicator, measurements: [m({ period: '2018-19.Q3', value: 885, role: 'series' }), m({ period: '2018-19.Q4', value: 900, role: 'series' })] }],
    });
    expect(card).toMatchObject({ figure: { value: 900 }, stated: false, comparison: null, arrow: null });
  });

  it('keeps a stated gap (pending) as the figure, and the breakdowns of the period', () => {
    const [pending] = indicatorCards({ id: 5, indicators: [{ indicator, measurements: [m({ value: null, pending: true })] }] });
    expect(pending).toMatchObject({ figure: { value: null, pending: true }, stated: true, change: null });
    const [split] = indicatorCards({
      id: 5,
      indicators: [{ indicator, measurements: [m({ dimension: 'looked-after', value: 91.4 }), m({ dimension: 'all', value: 56.8 })] }],
    });
    expect(split!.figure).toBeNull();
    expect(split!.breakdown.map((b) => b.value)).toEqual([91.4, 56.8]);
  });
});

describe('placeOf', () => {
  const block = (number: string | null, kind: Block['kind'] = 'paragraph'): Block => ({ kind, number, level: 0, listIndex: null, ordered: false, group: null, text: 'x' });
  const version: ReportVersionView = {
    lang: 'en',
    revision: 1,
    title: 'T',
    author: null,
    authorRole: null,
    signedOn: null,
    sections: [{ id: 1, key: 'detailed-commentary', kind: 'numbered', heading: 'H', area: null, blocks: [block('25'), block('a', 'list_item'), block('26')] }],
  };

  it('finds the printed paragraph in the shown version, else just the section', () => {
    expect(placeOf({ sectionKey: 'detailed-commentary', blockNumber: '26' }, version)).toEqual({ sectionKey: 'detailed-commentary', blockIndex: 2 });
    expect(placeOf({ sectionKey: 'detailed-commentary', blockNumber: '99' }, version)).toEqual({ sectionKey: 'detailed-commentary' });
    expect(placeOf({ sectionKey: 'missing', blockNumber: '26' }, version)).toBeNull();
    expect(placeOf({ sectionKey: null, blockNumber: null }, version)).toBeNull();
  });
});
