import { describe, expect, it } from 'vitest';
import type { Block, IndicatorView, LibraryView, ReportVersionView, SectionView } from './domain';
import { committeeReports, indicatorMovements, itemsUnder, previousReport, worryChanges } from './indicators-changes';
import { measurement } from './testing/measurement';

function indicator(key: string, polarity: IndicatorView['polarity'], unit: IndicatorView['unit'] = 'percent'): IndicatorView {
  return { id: key.length, key, code: null, title: { en: key, cy: key }, unit, polarity, plan: null, area: null };
}

const m = measurement;

const library: LibraryView = {
  committees: [
    {
      id: 1,
      key: 'cpac',
      name: { en: 'CPAC', cy: 'PYRhC' },
      council: { en: 'Cardiff', cy: 'Caerdydd' },
      meetings: [
        { id: 3, date: '2018-01-16', reports: [{ id: 2, key: 'q2', kind: 'cover', period: '2017-18.Q2', title: { en: 'Q2' }, languages: ['en'] }] },
        {
          id: 2,
          date: '2017-10-17',
          reports: [
            { id: 1, key: 'q1', kind: 'cover', period: '2017-18.Q1', title: { en: 'Q1' }, languages: ['en'] },
            { id: 4, key: 'q1-perf', kind: 'performance', period: '2017-18.Q1', title: { en: 'Q1 perf' }, languages: ['en'] },
          ],
        },
      ],
    },
    {
      id: 2,
      key: 'scrutiny',
      name: { en: 'Scrutiny', cy: 'Craffu' },
      council: { en: 'Cardiff', cy: 'Caerdydd' },
      meetings: [{ id: 9, date: '2017-12-01', reports: [{ id: 9, key: 's', kind: 'cover', period: '2017-18.Q1', title: { en: 'S' }, languages: ['en'] }] }],
    },
  ],
};

describe('committeeReports and previousReport', () => {
  it('lists a committee’s reports oldest period first', () => {
    expect(committeeReports(library, 1).map((r) => r.id)).toEqual([1, 4, 2]);
  });

  it('finds the previous report of the same committee, preferring the same kind', () => {
    expect(previousReport(library, { id: 2, period: '2017-18.Q2', kind: 'cover', committee: { id: 1 } })?.id).toBe(1);
    expect(previousReport(library, { id: 2, period: '2017-18.Q2', kind: 'performance', committee: { id: 1 } })?.id).toBe(4);
    expect(previousReport(library, { id: 1, period: '2017-18.Q1', kind: 'cover', committee: { id: 1 } })).toBeNull();
  });
});

describe('indicatorMovements', () => {
  it('groups the report’s figures by polarity-aware direction against the previous figure, biggest first', () => {
    const vacancies = indicator('vacancies', 'lower_is_better');
    const placed = indicator('placed', 'higher_is_better');
    const reviews = indicator('reviews', 'higher_is_better');
    const looked = indicator('looked-after', 'neutral', 'count');
    const visits = indicator('visits', 'higher_is_better');
    const movements = indicatorMovements({
      id: 2,
      indicators: [
        { indicator: vacancies, measurements: [m({ value: 26, sourceReportId: 1 }), m({ period: '2017-18.Q2', value: 20, sourceReportId: 2 })] },
        { indicator: placed, measurements: [m({ value: 62.9, sourceReportId: 1 }), m({ period: '2017-18.Q2', value: 61.9, sourceReportId: 2 })] },
        { indicator: reviews, measurements: [m({ value: 80, sourceReportId: 1 }), m({ period: '2017-18.Q2', value: 60, sourceReportId: 2 })] },
        { indicator: looked, measurements: [m({ value: 756, sourceReportId: 1 }), m({ period: '2017-18.Q2', value: 784, sourceReportId: 2 })] },
        { indicator: visits, measurements: [m({ value: 96, sourceReportId: 1 }), m({ period: '2017-18.Q2', value: 96, sourceReportId: 2 })] },
      ],
    }, '2017-18.Q1');
    expect(movements.improved.map((x) => x.indicator.key)).toEqual(['vacancies']);
    expect(movements.declined.map((x) => x.indicator.key)).toEqual(['reviews', 'placed']);
    expect(movements.changed.map((x) => x.indicator.key)).toEqual(['looked-after']);
    expect(movements.sustained.map((x) => x.indicator.key)).toEqual(['visits']);
    expect(movements.improved[0]).toMatchObject({ previous: { value: 26 }, current: { value: 20 }, change: { delta: -6, inPoints: true } });
  });

  it('leaves out figures with nothing earlier to compare with, and gaps', () => {
    const movements = indicatorMovements({
      id: 2,
      indicators: [
        { indicator: indicator('new', 'higher_is_better'), measurements: [m({ period: '2017-18.Q2', value: 5, sourceReportId: 2 })] },
        { indicator: indicator('pending', 'higher_is_better'), measurements: [m({ value: 5 }), m({ period: '2017-18.Q2', value: null, pending: true, sourceReportId: 2 })] },
      ],
    }, '2017-18.Q1');
    expect([...movements.improved, ...movements.declined, ...movements.changed, ...movements.sustained]).toEqual([]);
  });

  it('does not reach back before the previous report, but counts its year’s quarters as since it', () => {
    const old = indicator('old', 'lower_is_better');
    const q4 = indicator('q4', 'neutral', 'count');
    const movements = indicatorMovements(
      {
        id: 9,
        indicators: [
          { indicator: old, measurements: [m({ period: '2017-18.Q2', value: 20 }), m({ period: '2019-20.Q1', value: 31.6, sourceReportId: 9 })] },
          { indicator: q4, measurements: [m({ period: '2018-19.Q4', value: 900 }), m({ period: '2019-20.Q1', value: 934, sourceReportId: 9 })] },
        ],
      },
      '2018-19.FY',
    );
    expect(movements.declined).toEqual([]);
    expect(movements.changed.map((x) => x.indicator.key)).toEqual(['q4']);
  });
});

function block(text: string, changes: Partial<Block> = {}): Block {
  return { kind: 'list_item', number: null, level: 0, listIndex: 0, ordered: false, group: 'worried', text, page: null, ...changes };
}

function version(sections: { key: string; area?: string; blocks: Block[] }[]): ReportVersionView {
  return {
    lang: 'en',
    revision: 1,
    title: 'Report',
    author: null,
    authorRole: null,
    signedOn: null,
    sections: sections.map(
      (s, index): SectionView => ({ id: index + 1, key: s.key, kind: 'signs_of_safety', heading: s.key, area: s.area ?? null, page: null, blocks: s.blocks }),
    ),
  };
}

describe('itemsUnder', () => {
  it('collects a question’s items across sections with their section key and block index', () => {
    const items = itemsUnder(
      version([
        { key: 'summary', blocks: [block('Good news', { group: 'working_well' }), block('Placements are scarce.')] },
        { key: 'cla', area: 'Children Looked After', blocks: [block('Adoption waits are long.')] },
      ]),
      'worried',
    );
    expect(items.map((item) => [item.sectionKey, item.blockIndex, item.text, item.area])).toEqual([
      ['summary', 1, 'Placements are scarce.', null],
      ['cla', 0, 'Adoption waits are long.', 'Children Looked After'],
    ]);
  });

  it('joins a lead-in ending with a colon to each of its sub-items', () => {
    const items = itemsUnder(
      version([{ key: 'cla', blocks: [block('These results are unavailable this quarter:'), block('parent engagement;', { level: 1 }), block('child engagement.', { level: 1 }), block('Next worry.')] }]),
      'worried',
    );
    expect(items.map((item) => [item.blockIndex, item.text])).toEqual([
      [1, 'These results are unavailable this quarter: parent engagement;'],
      [2, 'These results are unavailable this quarter: child engagement.'],
      [3, 'Next worry.'],
    ]);
  });
});

describe('worryChanges', () => {
  it('finds worries new to this report and those that left it, by similar wording, counting repeats once', () => {
    const previous = version([
      {
        key: 'summary',
        blocks: [
          block('56 children were still waiting for adoption 12 months after a Placement Order.'),
          block('Dental registration within 3 months fell to 35%.'),
        ],
      },
    ]);
    const current = version([
      { key: 'summary', blocks: [block('51 children were waiting for adoption 12 months after a Placement Order.'), block('Social worker vacancies stood at 31.6%.')] },
      { key: 'cla', blocks: [block('51 children were waiting for adoption 12 months after a Placement Order.')] },
    ]);
    const changes = worryChanges(current, previous);
    expect(changes.added.map((item) => item.text)).toEqual(['Social worker vacancies stood at 31.6%.']);
    expect(changes.removed.map((item) => item.text)).toEqual(['Dental registration within 3 months fell to 35%.']);
    expect(changes.carried).toBe(1);
  });
});
