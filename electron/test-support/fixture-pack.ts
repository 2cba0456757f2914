import { packSchema, type Pack, type PackInput } from '../../shared/pack';

/**
 * A small report written for the tests (not taken from any council paper), with a numbered
 * section, a Signs of Safety section and two indicators across two periods.
 */
export function fixturePack(overrides: { key?: string; period?: string; date?: string; title?: string; value?: number } = {}): Pack {
  const period = overrides.period ?? '2020-21.Q2';
  const input: PackInput = {
    format: 'briffio-pack',
    version: 1,
    committee: {
      key: 'test-committee',
      name: { en: 'Test Scrutiny Committee', cy: 'Pwyllgor Craffu Prawf' },
      council: { en: 'Test County Council', cy: 'Cyngor Sir Prawf' },
    },
    meeting: { date: overrides.date ?? '2020-11-10' },
    report: {
      key: overrides.key ?? 'test-report',
      kind: 'cover',
      period,
      versions: [
        {
          lang: 'en',
          title: overrides.title ?? 'Test performance summary',
          sections: [
            {
              key: 'overview',
              kind: 'numbered',
              heading: 'Overview',
              blocks: [
                { type: 'paragraph', number: '1', text: 'Visits held on time rose this quarter.' },
                { type: 'list', items: [{ number: 'a', text: 'More staff were recruited.' }, { number: 'b', text: 'Fewer visits were missed.' }] },
              ],
            },
            {
              key: 'summary',
              kind: 'signs_of_safety',
              heading: 'Summary',
              blocks: [
                { type: 'list', group: 'working_well', items: [{ text: 'Reviews happen on time.' }] },
                { type: 'list', group: 'worried', items: [{ text: 'Placements far from home.' }] },
                { type: 'list', group: 'to_do', items: [{ text: 'Recruit more local foster carers.' }] },
              ],
            },
          ],
        },
      ],
      keyStats: [{ label: { en: 'children looked after', cy: 'plant sy’n derbyn gofal' }, value: 512, unit: 'count' }],
    },
    indicators: [
      {
        key: 'test-visits',
        code: 'TST/001',
        title: { en: 'Visits held on time', cy: 'Ymweliadau a gynhaliwyd mewn pryd' },
        unit: 'percent',
        polarity: 'higher_is_better',
      },
    ],
    measurements: [
      { indicator: 'test-visits', period, value: overrides.value ?? 91.5, numerator: 183, denominator: 200, role: 'current', sectionKey: 'overview', blockNumber: '1' },
      { indicator: 'test-visits', period: '2020-21.Q1', value: 88, numerator: 176, denominator: 200, role: 'comparison' },
    ],
  };
  return packSchema.parse(input);
}
