import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/languages';
import { textToDocument } from '../readers/text-reader';
import { findFigures, type FoundFigures, type FoundIndicator } from './indicators';
import { parseStructure } from './structure';

function figures(text: string, period = '2017-18.Q2', language: Language = 'en'): FoundFigures {
  return findFigures(parseStructure(textToDocument(text), language).sections, period, language);
}

function byCode(found: FoundFigures, code: string): FoundIndicator {
  const indicator = found.indicators.find((candidate) => candidate.code === code);
  if (!indicator) throw new Error(`no ${code} in ${found.indicators.map((i) => i.code ?? i.title).join(', ')}`);
  return indicator;
}

const values = (indicator: FoundIndicator) =>
  indicator.measurements.map((m) => ({ period: m.period, value: m.value, role: m.role, numerator: m.numerator, denominator: m.denominator }));

describe('coded indicators', () => {
  it('reads a KPI statement: code, title, "=", value and fraction', () => {
    const found = figures('Key Performance Indicators\n\nCS LAC 58 % of children in regulated placements who are placed in Cardiff = 56.6% (378 / 668) Only placements inside the county count.\n', '2018-19.FY');
    const indicator = byCode(found, 'CS LAC 58');
    expect(indicator.title).toBe('Percentage of children in regulated placements who are placed in Cardiff');
    expect(indicator.unit).toBe('percent');
    expect(values(indicator)).toEqual([{ period: '2018-19.FY', value: 56.6, role: 'current', numerator: 378, denominator: 668 }]);
  });

  it('reads "(SSWB 25) was X compared with Y in Quarter 1", with thousands separators', () => {
    const text = 'Detailed Commentary\n\n22. The percentage of children helped to stay with their family (SSWB 25) was 51.2% (823 / 1,607) compared with 53.0% (856 / 1,612) in Quarter 1.\n';
    const indicator = byCode(figures(text), 'SSWB 25');
    expect(indicator.title).toBe('Percentage of children helped to stay with their family');
    expect(values(indicator)).toEqual([
      { period: '2017-18.Q2', value: 51.2, role: 'current', numerator: 823, denominator: 1607 },
      { period: '2017-18.Q1', value: 53, role: 'comparison', numerator: 856, denominator: 1612 },
    ]);
    expect(indicator.measurements[0]).toMatchObject({ blockNumber: '22', sectionKey: 'detailed-commentary' });
  });

  it('reads a value-first sentence with the code at its end and "decreasing from" as the comparison', () => {
    const text = 'Detailed Commentary\n\n25. 72.4% (439 / 606) of looked after children were placed with agency providers at the end of Quarter 2 (CS LAC 44), decreasing from 73.7% (431 / 585) in Quarter 1.\n';
    const indicator = byCode(figures(text), 'CS LAC 44');
    expect(indicator.title).toBe('Percentage of looked after children placed with agency providers');
    expect(indicator.polarity).toBe('lower_is_better');
    expect(values(indicator).map((m) => [m.period, m.value, m.role])).toEqual([
      ['2017-18.Q2', 72.4, 'current'],
      ['2017-18.Q1', 73.7, 'comparison'],
    ]);
  });

  it.each([
    ['stable from', '96.2% (577 / 600) of reviews were held on time in Quarter 2, stable from 95.8% (544 / 568) in Quarter 1 (SCC/021).'],
    ['showing a decrease from', '93.8% (563 / 600) of visits were on time in Quarter 2 showing a decrease from 96.0% (545 / 568) in Quarter 1 (SCC/021).'],
    ['compared with … at the end of', '61.9% (375 / 606) of children were placed locally at the end of Quarter 2 compared with 62.9% (368 / 585) at the end of Quarter 1 (SCC/021).'],
    ['up from', 'Reviews on time reached 96.2% (577 / 600) in Quarter 2, up from 95.8% (544 / 568) in Quarter 1 (SCC/021).'],
  ])('reads the comparison phrase "%s"', (_phrase, sentence) => {
    const indicator = byCode(figures(`Detailed Commentary\n\n1. ${sentence}\n`), 'SCC/021');
    expect(indicator.measurements.map((m) => [m.period, m.role])).toEqual([
      ['2017-18.Q2', 'current'],
      ['2017-18.Q1', 'comparison'],
    ]);
  });

  it('places a comparison with "Quarter 2 2016/17" in that year, and a count "at 30th June" in its quarter', () => {
    const text = [
      'Detailed Commentary',
      '',
      '23. The percentage of looked after children returned home during the year (SSWB 26) was 4.5% compared with 6.2% in Quarter 2 2016/17.',
      '',
      '21. The number of children looked after at 30th September 2017 was 784 compared with 756 at 30th June 2017 (CS LAC 3e).',
    ].join('\n');
    const found = figures(text);
    expect(values(byCode(found, 'SSWB 26')).map((m) => [m.period, m.value])).toEqual([
      ['2017-18.Q2', 4.5],
      ['2016-17.Q2', 6.2],
    ]);
    const count = byCode(found, 'CS LAC 3e');
    expect(count.unit).toBe('count');
    expect(count.title).toBe('Number of children looked after');
    expect(values(count).map((m) => [m.period, m.value])).toEqual([
      ['2017-18.Q2', 784],
      ['2017-18.Q1', 756],
    ]);
  });

  it('reads a coded count with thousands separators ("FAM KPI 01 … = 1,754")', () => {
    const indicator = byCode(figures('Key Performance Indicators\n\nFAM KPI 01 Families supported through the Family Gateway = 1,754\n'), 'FAM KPI 01');
    expect(indicator).toMatchObject({ unit: 'count', title: 'Families supported through the Family Gateway' });
    expect(indicator.measurements[0]!.value).toBe(1754);
  });

  it('takes the plan from the heading line and a chart run below it as the quarters up to the report period', () => {
    const text = [
      'Key Performance Indicators',
      '',
      'SCC/025 The percentage of statutory visits held on time (Directorate Delivery Plan)',
      '',
      '87.7% 88.9% 86.6% 95.1%',
      '',
      'N.B. Quarter 4 2018/19 data is provisional, Quarter 1 2019/20 is pending',
    ].join('\n');
    const indicator = byCode(figures(text, '2018-19.FY'), 'SCC/025');
    expect(indicator).toMatchObject({ plan: 'directorate_delivery_plan', unit: 'percent' });
    expect(indicator.measurements.map((m) => [m.period, m.value, m.role, m.provisional ?? false, m.pending ?? false])).toEqual([
      ['2018-19.Q4', 95.1, 'series', true, false],
      ['2018-19.Q3', 86.6, 'series', false, false],
      ['2018-19.Q2', 88.9, 'series', false, false],
      ['2018-19.Q1', 87.7, 'series', false, false],
      ['2019-20.Q1', null, 'current', false, true],
    ]);
  });

  it('marks a value printed as provisional', () => {
    const indicator = byCode(figures('Detailed Commentary\n\n1. Visits on time (SCC/025) were 93.8% (563 / 600) (provisional).\n'), 'SCC/025');
    expect(indicator.measurements[0]).toMatchObject({ value: 93.8, provisional: true });
  });
});

describe('uncoded headline figures', () => {
  const text = [
    'Key Stats',
    '',
    '934 children looked after.',
    '',
    '71 starts of being looked after this quarter.',
    '',
    '385/676 (57.0%) children looked after in regulated placements are placed within Cardiff, rising to 78.1% with neighbouring areas.',
    '',
    '97.7% of children looked after allocated to a social worker.',
    '',
    'Permanence secured for 7 children through adoption since 1st April 2019.',
    '',
    'Number of children looked after',
    '',
    '866 869 885 900 934',
  ].join('\n');

  it('reads each key stat with its label, value and unit', () => {
    expect(figures(text, '2019-20.Q1').keyStats.map((stat) => [stat.label, stat.value, stat.unit])).toEqual([
      ['Children looked after', 934, 'count'],
      ['Starts of being looked after', 71, 'count'],
      ['Children looked after in regulated placements placed within Cardiff', 57, 'percent'],
      ['Children looked after allocated to a social worker', 97.7, 'percent'],
      ['Permanence secured for children through adoption', 7, 'count'],
    ]);
  });

  it('makes each key stat an indicator, and hangs a chart run ending in its value on it', () => {
    const found = figures(text, '2019-20.Q1');
    const count = found.indicators.find((indicator) => indicator.title === 'Children looked after')!;
    expect(count.measurements.map((m) => [m.period, m.value, m.role])).toEqual([
      ['2019-20.Q1', 934, 'current'],
      ['2018-19.Q4', 900, 'series'],
      ['2018-19.Q3', 885, 'series'],
      ['2018-19.Q2', 869, 'series'],
      ['2018-19.Q1', 866, 'series'],
    ]);
    expect(found.unmatchedSeries).toEqual([]);
  });

  it('lists "unavailable this quarter" items as indicators with no value, flagged', () => {
    const found = figures(
      "Children Looked After\n\nWhat are we worried about?\n\uF0B7 The following are unavailable this quarter:\n\uF0B7 % of parents engaged in their child's review\n\uF0B7 Delays in minutes.\n",
      '2019-20.Q1',
    );
    expect(found.indicators.map((indicator) => [indicator.title, indicator.measurements[0]!.unavailable, indicator.measurements[0]!.value])).toEqual([
      ["Percentage of parents engaged in their child's review", true, null],
    ]);
  });

  it('reads uncoded figures with a fraction in prose, but not every number', () => {
    const found = figures(
      'Overview of Performance\n\n8. Performance in relation to initial child protection conferences improved to 94% (109 / 116), which is on target.\n\n9. There were 21 referrals and 6 starts.\n',
    );
    expect(found.indicators.map((indicator) => [indicator.title, indicator.measurements[0]!.value])).toEqual([['Percentage of initial child protection conferences', 94]]);
  });
});

describe('Welsh text', () => {
  it('reads Welsh comparison phrases, verbs and dates', () => {
    const text = [
      'Sylwebaeth Fanwl',
      '',
      "7. Nifer y plant sy'n derbyn gofal ar 31ain Rhagfyr 2017 oedd 802 o'i gymharu â 784 ar 30ain Medi 2017 (CS LAC 3e).",
      '',
      "9. Roedd 70.9% (441 / 622) o blant wedi'u lleoli gyda darparwyr asiantaeth (CS LAC 44), i lawr o 72.4% (439 / 606) yn Chwarter 2.",
    ].join('\n');
    const found = figures(text, '2017-18.Q3', 'cy');
    expect(byCode(found, 'CS LAC 3e').title).toBe("Nifer y plant sy'n derbyn gofal");
    expect(values(byCode(found, 'CS LAC 3e')).map((m) => [m.period, m.value])).toEqual([
      ['2017-18.Q3', 802],
      ['2017-18.Q2', 784],
    ]);
    expect(byCode(found, 'CS LAC 44').title).toBe("Canran o blant wedi'u lleoli gyda darparwyr asiantaeth");
    expect(values(byCode(found, 'CS LAC 44')).map((m) => [m.period, m.value, m.role])).toEqual([
      ['2017-18.Q3', 70.9, 'current'],
      ['2017-18.Q2', 72.4, 'comparison'],
    ]);
  });
});
