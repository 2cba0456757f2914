import { describe, expect, it } from 'vitest';
import { dateLine, findDates, findMonths } from './dates';
import { findPeriods, mentionKey, resolveQuarter } from './periods';
import { parsePeriodKey } from '../../../shared/period';

const keys = (text: string): (string | null)[] => findPeriods(text).map((found) => found.key);

describe('reporting periods in every spelling the papers use', () => {
  it.each([
    ['Quarter 2 2017/18', '2017-18.Q2'],
    ['Quarter 1 2019-20', '2019-20.Q1'],
    ['Q2 2023/24', '2023-24.Q2'],
    ['Qtr 3, 2020/21', '2020-21.Q3'],
    ['2017/18 Quarter 2', '2017-18.Q2'],
    ['Chwarter 2 2017/18', '2017-18.Q2'],
    ['Ch4 2018/19', '2018-19.Q4'],
    ['Quarter 4 2019/2020', '2019-20.Q4'],
    ['2018-19', '2018-19.FY'],
    ['2018/2019', '2018-19.FY'],
    ['April to June 2019', '2019-20.Q1'],
    ['January – March 2019', '2018-19.Q4'],
    ['1st July 2017 to 30th September 2017', '2017-18.Q2'],
  ])('reads "%s" as %s', (text, key) => {
    expect(keys(`The figures for ${text} are below.`)).toEqual([key]);
  });

  it('reads "as at 30th September 2017" as the quarter that date closes', () => {
    const [found] = findPeriods('The number of children looked after as at 30th September 2017 was 784.');
    expect(found).toMatchObject({ key: '2017-18.Q2', snapshot: true });
  });

  it('reads Welsh quarter-end snapshots with ordinals and mutated months', () => {
    expect(keys('Nifer y plant ar 31ain Rhagfyr 2017 oedd 802.')).toEqual(['2017-18.Q3']);
    expect(keys('o 1af Gorffennaf 2017 hyd at 30ain Medi 2017')).toEqual(['2017-18.Q2']);
  });

  it('does not take two years that do not follow each other for a financial year', () => {
    expect(keys('between 2016-2019 and 2017-19')).toEqual([]);
  });

  it('places a quarter printed without its year relative to the report period', () => {
    const q1 = parsePeriodKey('2019-20.Q1');
    expect(resolveQuarter(4, q1)).toBe('2018-19.Q4');
    expect(resolveQuarter(1, parsePeriodKey('2017-18.Q2'))).toBe('2017-18.Q1');
    const [found] = findPeriods('compared with 53.0% in Quarter 1');
    expect(found!.key).toBeNull();
    expect(mentionKey(found!, parsePeriodKey('2017-18.Q2'))).toBe('2017-18.Q1');
  });
});

describe('dates in English and Welsh', () => {
  it.each([
    ['16 January 2018', '2018-01-16'],
    ['17th November 2017', '2017-11-17'],
    ['30ain Medi 2017', '2017-09-30'],
    ['1af Gorffennaf 2019', '2019-07-01'],
    ['2il Chwefror 2020', '2020-02-02'],
    ['13eg Mawrth 2018', '2018-03-13'],
    ['9fed o Fedi 2018', '2018-09-09'],
    ['21ain o Dachwedd 2019', '2019-11-21'],
    ['5 Sept 2017', '2017-09-05'],
    ['September 30, 2017', '2017-09-30'],
    ['30/09/2017', '2017-09-30'],
  ])('reads "%s"', (text, iso) => {
    expect(findDates(`Dyddiad: ${text}.`).map((date) => date.iso)).toEqual([iso]);
  });

  it('reads a month and year in running Welsh text, mutated or after "ym mis"', () => {
    expect(findMonths('Dechreuodd y gwaith o Fedi 2017 a daeth i ben ym mis Rhagfyr 2018, ac yng Ngorffennaf 2019.').map((m) => [m.month, m.year])).toEqual([
      [9, 2017],
      [12, 2018],
      [7, 2019],
    ]);
  });

  it('rejects dates that do not exist', () => {
    expect(findDates('30 February 2018 and 31/04/2019')).toEqual([]);
  });

  it('recognises a cover page line that is only a meeting date, with or without a weekday', () => {
    expect(dateLine('16 January 2018')).toBe('2018-01-16');
    expect(dateLine('Tuesday 16 January 2018')).toBe('2018-01-16');
    expect(dateLine('Dydd Mawrth 16 Ionawr 2018')).toBe('2018-01-16');
    expect(dateLine('Date of meeting: 14 March 2018')).toBe('2018-03-14');
    expect(dateLine('The meeting on 16 January 2018 was cancelled')).toBeNull();
  });
});
