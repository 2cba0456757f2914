import { packSchema, type Pack, type PackInput } from '../../shared/pack';

/**
 * A bilingual report for the question-list tests, written for them (not taken from any council
 * paper): numbered commentary paragraphs citing an indicator with a code, an indicator without a
 * code measured in days, a breakdown, and a "What are we worried about?" list.
 */
export interface QuestionPackOptions {
  readonly committee?: string;
  readonly key?: string;
  readonly period?: string;
  readonly previousPeriod?: string;
  readonly date?: string;
  readonly title?: string;
  /** The headline figure of NC 58 and its fraction. */
  readonly value?: number;
  readonly numerator?: number;
  readonly denominator?: number;
  /** The earlier figure of NC 58 the report quotes for comparison. */
  readonly previous?: { readonly value: number; readonly numerator: number; readonly denominator: number };
  /** Replaces the commentary paragraphs (number → text), e.g. for a revised report. */
  readonly paragraphs?: readonly (readonly [string, string])[];
  readonly worries?: readonly string[];
  /** Leave the worries section out (a revision that dropped it). */
  readonly withoutWorries?: boolean;
}

export const DEFAULT_PARAGRAPHS: readonly (readonly [string, string])[] = [
  ['25', 'Visits to children in care were mostly on time this quarter.'],
  ['26', 'The share of plans reviewed on time fell to 56.6% (378 / 668), below the 60% target.'],
  ['27', 'Assessments took 23.5 days on average.'],
];

const WELSH_PARAGRAPHS: Record<string, string> = {
  '25': 'Roedd y rhan fwyaf o ymweliadau â phlant mewn gofal yn brydlon y chwarter hwn.',
  '26': 'Gostyngodd cyfran y cynlluniau a adolygwyd mewn pryd i 56.6% (378 / 668), islaw’r targed o 60%.',
  '27': 'Cymerodd asesiadau 23.5 diwrnod ar gyfartaledd.',
};

export function questionPack(options: QuestionPackOptions = {}): Pack {
  const period = options.period ?? '2018-19.Q4';
  const previousPeriod = options.previousPeriod ?? '2018-19.Q3';
  const committee = options.committee ?? 'north-committee';
  const paragraphs = options.paragraphs ?? DEFAULT_PARAGRAPHS;
  const worries = options.worries ?? ['Too many children wait a long time for a permanent home.', 'Staff turnover remains high.'];
  const input: PackInput = {
    format: 'briffio-pack',
    version: 1,
    committee: {
      key: committee,
      name: { en: `Corporate Parenting Committee (${committee})`, cy: `Pwyllgor Rhianta Corfforaethol (${committee})` },
      council: { en: 'Northshire Council', cy: 'Cyngor Gogleddsir' },
    },
    meeting: { date: options.date ?? '2019-07-09' },
    report: {
      key: options.key ?? 'north-2018-19-q4',
      kind: 'cover',
      period,
      versions: (['en', 'cy'] as const).map((lang) => ({
        lang,
        title: lang === 'en' ? (options.title ?? 'Quarter 4 performance') : 'Perfformiad chwarter 4',
        sections: [
          {
            key: 'commentary',
            kind: 'numbered' as const,
            heading: lang === 'en' ? 'Detailed commentary' : 'Sylwebaeth fanwl',
            blocks: paragraphs.map(([number, text]) => ({
              type: 'paragraph' as const,
              number,
              text: lang === 'en' ? text : (WELSH_PARAGRAPHS[number] ?? text),
            })),
          },
          ...(options.withoutWorries
            ? []
            : [
                {
                  key: 'worries',
                  kind: 'signs_of_safety' as const,
                  heading: lang === 'en' ? 'Summary' : 'Crynodeb',
                  blocks: [{ type: 'list' as const, group: 'worried' as const, items: worries.map((text) => ({ text })) }],
                },
              ]),
        ],
      })),
      keyStats: [],
    },
    indicators: [
      {
        key: 'plans-reviewed',
        code: 'NC 58',
        title: { en: 'Plans reviewed on time', cy: 'Cynlluniau a adolygwyd mewn pryd' },
        unit: 'percent',
        polarity: 'higher_is_better',
      },
      {
        key: 'assessment-days',
        title: { en: 'Average days to complete an assessment', cy: 'Nifer cyfartalog y diwrnodau i gwblhau asesiad' },
        unit: 'days',
        polarity: 'lower_is_better',
      },
    ],
    dimensions: [{ key: 'under-fives', label: { en: 'children under five', cy: 'plant dan bump oed' } }],
    measurements: [
      {
        indicator: 'plans-reviewed',
        period,
        value: options.value ?? 56.6,
        numerator: options.numerator ?? 378,
        denominator: options.denominator ?? 668,
        target: 60,
        role: 'current',
        sectionKey: 'commentary',
        blockNumber: '26',
      },
      { indicator: 'plans-reviewed', period, dimension: 'under-fives', value: 61, role: 'current', provisional: true },
      { indicator: 'plans-reviewed', period: previousPeriod, ...(options.previous ?? { value: 53, numerator: 856, denominator: 1612 }), role: 'comparison' },
      { indicator: 'assessment-days', period, value: 23.5, role: 'current', sectionKey: 'commentary', blockNumber: '27' },
    ],
  };
  return packSchema.parse(input);
}
