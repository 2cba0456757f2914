import { describe, expect, it } from 'vitest';
import type { IndicatorView, MeasurementView } from '../../../shared/domain';
import type { IndicatorSummary } from '../../../shared/indicators';
import { applyFilters, areasOf, filtersFromQuery, filtersToQuery, hasFilters, NO_FILTERS } from './filters';

function summary(key: string, changes: Partial<IndicatorSummary> & { indicator?: Partial<IndicatorView>; face?: MeasurementView['face'] } = {}): IndicatorSummary {
  const { indicator, face = null, ...rest } = changes;
  return {
    indicator: { id: key.length, key, code: null, title: { en: key, cy: key }, unit: 'percent', polarity: 'higher_is_better', plan: null, area: null, ...indicator },
    latest: { face } as MeasurementView,
    latestReport: null,
    history: [],
    worseStreak: 0,
    offTarget: face === 'may' || face === 'will_not',
    arrow: null,
    ...rest,
  };
}

const cla = { en: 'Children Looked After', cy: 'Plant sy’n Derbyn Gofal' };
const list = [
  summary('placed', { face: 'may', indicator: { plan: 'corporate_plan', area: cla }, arrow: { arrow: 'improved', source: 'report' } }),
  summary('visits', { face: 'will', indicator: { plan: 'directorate_delivery_plan', area: cla }, worseStreak: 2 }),
  summary('leavers', { face: 'will_not', worseStreak: 3, arrow: { arrow: 'declined', source: 'computed' } }),
  summary('count', { indicator: { polarity: 'neutral' } }),
];
const keys = (items: readonly IndicatorSummary[]) => items.map((item) => item.indicator.key);

describe('indicator filters', () => {
  it('reads filters from the address and writes them back', () => {
    const filters = filtersFromQuery({ plan: 'corporate_plan', face: 'may', offTarget: '1', arrow: 'sideways' });
    expect(filters).toEqual({ ...NO_FILTERS, plan: 'corporate_plan', face: 'may', offTarget: true });
    expect(filtersFromQuery(filtersToQuery(filters))).toEqual(filters);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters(filters)).toBe(true);
  });

  it('"off target" keeps exactly the indicators whose latest face says may or will not meet the target', () => {
    expect(keys(applyFilters(list, { ...NO_FILTERS, offTarget: true }, 'en'))).toEqual(['placed', 'leavers']);
  });

  it('"worse for two or more periods in a row" keeps streaks of two or more', () => {
    expect(keys(applyFilters(list, { ...NO_FILTERS, worse: true }, 'en'))).toEqual(['visits', 'leavers']);
  });

  it('filters by plan, area, face and arrow, including "not given"', () => {
    expect(keys(applyFilters(list, { ...NO_FILTERS, plan: 'corporate_plan' }, 'en'))).toEqual(['placed']);
    expect(keys(applyFilters(list, { ...NO_FILTERS, plan: 'none' }, 'en'))).toEqual(['leavers', 'count']);
    expect(keys(applyFilters(list, { ...NO_FILTERS, area: cla.en }, 'en'))).toEqual(['placed', 'visits']);
    expect(keys(applyFilters(list, { ...NO_FILTERS, face: 'none' }, 'en'))).toEqual(['count']);
    expect(keys(applyFilters(list, { ...NO_FILTERS, arrow: 'declined' }, 'en'))).toEqual(['leavers']);
    expect(keys(applyFilters(list, { ...NO_FILTERS, offTarget: true, worse: true }, 'en'))).toEqual(['leavers']);
  });

  it('finds words in the code or in the title shown, whatever the accents, case or Welsh mutation', () => {
    const titled = [
      summary('in-cardiff', { indicator: { code: 'CS LAC 58', title: { en: 'Children placed in Cardiff', cy: 'Plant wedi’u lleoli yng Nghaerdydd' } } }),
      summary('visits', { indicator: { code: 'SCC/025', title: { en: 'Statutory visits', cy: 'Ymweliadau statudol â phlant' } } }),
      summary('water', { indicator: { title: { en: 'Water', cy: 'Dŵr ynglŷn â’r ysgol' } } }),
    ];
    const find = (text: string, language: 'en' | 'cy') => keys(applyFilters(titled, { ...NO_FILTERS, text }, language));
    expect(find('scc/025', 'en')).toEqual(['visits']);
    expect(find('lac 58', 'cy')).toEqual(['in-cardiff']);
    expect(find('STATUTORY', 'en')).toEqual(['visits']);
    expect(find('dwr', 'cy')).toEqual(['water']);
    expect(find('ynglyn', 'cy')).toEqual(['water']);
    expect(find('Caerdydd', 'cy')).toEqual(['in-cardiff']);
    expect(find('plant', 'cy')).toEqual(['in-cardiff', 'visits']);
    // Only the title the table shows: the English interface does not find Welsh words.
    expect(find('plant', 'en')).toEqual([]);
    expect(find('', 'en')).toEqual(['in-cardiff', 'visits', 'water']);
  });

  it('keeps the typed words in the address, and leaves blank ones out', () => {
    expect(filtersToQuery({ ...NO_FILTERS, text: 'dŵr' }).q).toBe('dŵr');
    expect(filtersFromQuery({ q: 'dŵr' }).text).toBe('dŵr');
    expect(filtersToQuery({ ...NO_FILTERS, text: '  ' }).q).toBe('');
    expect(hasFilters({ ...NO_FILTERS, text: 'x' })).toBe(true);
  });

  it('lists each service area once', () => {
    expect(areasOf(list)).toEqual([cla]);
  });
});
