import { packSchema, type Pack, type PackInput } from '../../shared/pack';

/**
 * A small report written for these tests (not from any council paper): English passages for
 * stemming, phrases and codes; Welsh passages full of mutated words.
 */
export function searchPack(
  options: { key?: string; committee?: string; period?: string; date?: string; english?: string[]; welsh?: string[] } = {},
): Pack {
  const input: PackInput = {
    format: 'briffio-pack',
    version: 1,
    committee: {
      key: options.committee ?? 'test-committee',
      name: { en: `Committee ${options.committee ?? 'test'}`, cy: `Pwyllgor ${options.committee ?? 'prawf'}` },
      council: { en: 'Test Council', cy: 'Cyngor Prawf' },
    },
    meeting: { date: options.date ?? '2020-11-10' },
    report: {
      key: options.key ?? 'search-report',
      kind: 'cover',
      period: options.period ?? '2020-21.Q2',
      versions: [
        {
          lang: 'en',
          title: 'Search test report',
          sections: [
            {
              key: 'overview',
              kind: 'numbered',
              heading: 'Overview of performance',
              blocks: [
                {
                  type: 'list',
                  items: (
                    options.english ?? [
                      'The Council is worried about the shortage of placements for children.',
                      'One placement in Cardiff broke down; foster carers asked for more support.',
                      'Carers and foster families met in Swansea.',
                      'Statutory visits (SCC/025) fell to 93.8% this quarter.',
                      'Dentists registered 35% of children.',
                    ]
                  ).map((text) => ({ text })),
                },
              ],
            },
          ],
        },
        {
          lang: 'cy',
          title: 'Adroddiad prawf chwilio',
          sections: [
            {
              key: 'overview',
              kind: 'numbered',
              heading: 'Trosolwg o’r perfformiad',
              blocks: [
                {
                  type: 'list',
                  items: (
                    options.welsh ?? [
                      'Mae’r Cyngor yn pryderu ynglŷn â’r diffyg lleoliadau, ac mae angen mwy o ofal i blant lleol.',
                      'Roedd fy nhad yn darllen ei lyfr a’i raglen, a daeth ei fachgen â gwydraid o ddŵr i’w fam.',
                      'Rwy’n ymarfer fy Nghymraeg gyda fy mhlant.',
                      'Gofal plant yw’r flaenoriaeth, a chynhelir y drafodaeth yn Gymraeg.',
                    ]
                  ).map((text) => ({ text })),
                },
              ],
            },
          ],
        },
      ],
      keyStats: [],
    },
    indicators: [
      {
        key: 'visits',
        code: 'SCC/025',
        title: { en: 'Statutory visits held on time', cy: 'Ymweliadau statudol a gynhaliwyd mewn pryd' },
        unit: 'percent',
        polarity: 'higher_is_better',
      },
    ],
    measurements: [{ indicator: 'visits', period: options.period ?? '2020-21.Q2', value: 93.8, role: 'current' }],
  };
  return packSchema.parse(input);
}

