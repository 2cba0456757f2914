import { describe, expect, it } from 'vitest';
import { formatDateWords, formatPeriodWords, formatValueWords, type TextLookup } from './locale-format';
import {
  carriedStatus,
  EMPTY_SNAPSHOT,
  evidenceReference,
  evidenceState,
  figureParts,
  isUnanswered,
  QUESTION_STATUSES,
  SETTABLE_STATUSES,
  type EvidenceLink,
  type EvidenceSnapshot,
  type Figure,
} from './question-model';
import { addresseeText, evidenceText, figureText } from './question-text';

const LINK: EvidenceLink = {
  reportId: 1,
  sectionKey: null,
  blockIndex: null,
  blockNumber: null,
  lang: null,
  indicatorId: 7,
  period: null,
  comparePeriod: null,
  dimension: '',
  annotationId: null,
  comparedReportId: null,
  listChange: null,
};

const FIGURE: Figure = {
  period: '2018-19.Q4',
  dimension: '',
  dimensionLabel: null,
  value: 56.6,
  numerator: 378,
  denominator: 668,
  target: 60,
  provisional: false,
  pending: false,
  unavailable: false,
  sourceReportId: 1,
  sectionKey: 'commentary',
  blockNumber: '26',
};

const REPORT = { id: 1, kind: 'cover' as const, period: '2018-19.Q4', title: { en: 'Quarter 4 performance' }, meetingDate: '2019-07-09' };

const INDICATOR_SNAPSHOT: EvidenceSnapshot = {
  ...EMPTY_SNAPSHOT,
  report: REPORT,
  indicator: { id: 7, code: 'CS LAC 58', title: { en: 'Plans reviewed', cy: 'Cynlluniau a adolygwyd' }, unit: 'percent' },
  figure: FIGURE,
};

/**
 * A stand-in for the translator: English templates written here (the real files are tested in
 * electron/services/question-export.test.ts), with i18next-style plurals.
 */
const TEMPLATES: Record<string, string> = {
  'dates:date': '{{day}} {{month}} {{year}}',
  'dates:month.july': 'July',
  'dates:period.quarter': 'Quarter {{quarter}} {{year}}',
  'dates:period.year': 'Year {{year}}',
  'common:unit.days_one': '{{value}} day',
  'common:unit.days_other': '{{value}} days',
  'common:unit.ratePer1000': '{{value}} per 1,000',
  'questions:value.withFraction': '{{value}} {{fraction}}',
  'questions:value.provisional': '{{value}} (provisional)',
  'questions:value.unavailable': 'not available',
  'questions:value.pending': 'pending',
  'questions:value.none': 'no figure',
  'questions:evidence.indicator': '{{indicator}}: {{value}}, {{period}}',
  'questions:evidence.indicatorAt': '{{indicator}}: {{value}}, {{period}}, paragraph {{paragraph}}',
  'questions:evidence.indicatorAtPage': '{{indicator}}: {{value}}, {{period}}, paragraph {{paragraph}}, page {{page}}',
  'questions:evidence.indicatorOnPage': '{{indicator}}: {{value}}, {{period}}, page {{page}}',
  'questions:evidence.breakdown': '{{indicator}} ({{breakdown}})',
  'questions:evidence.change': '{{indicator}}: {{value}}, {{period}}, compared with {{previous}}, {{previousPeriod}}',
  'questions:evidence.passage': 'Paragraph {{paragraph}}, {{section}}: “{{quote}}”',
  'questions:evidence.passageInSection': '{{section}}: “{{quote}}”',
  'questions:evidence.passageAtPage': 'Paragraph {{paragraph}}, page {{page}}, {{section}}: “{{quote}}”',
  'questions:evidence.passageInSectionOnPage': '{{section}}, page {{page}}: “{{quote}}”',
  'questions:evidence.quote': '“{{quote}}”',
  'questions:evidence.annotationOn': 'Your note on “{{quote}}”: {{note}}',
  'questions:evidence.annotation': 'Your note: {{note}}',
  'questions:evidence.listRemoved': 'No longer listed: “{{quote}}”',
  'questions:evidence.withReport': '{{reference}} — {{report}}',
  'questions:evidence.reportLabel': '{{title}} ({{date}})',
  'questions:addressee.director': 'Director',
};
const t: TextLookup = (key, values = {}) => {
  const count = values['count'];
  const plural = typeof count === 'number' ? TEMPLATES[`${key}_${new Intl.PluralRules('en').select(count)}`] : undefined;
  const template = plural ?? TEMPLATES[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
};

describe('statuses', () => {
  it('treats draft, ready and asked as unanswered, and nothing else', () => {
    expect(QUESTION_STATUSES.filter(isUnanswered)).toEqual(['draft', 'ready', 'asked']);
  });

  it('brings a carried question back as a draft if it was one, otherwise ready to ask again', () => {
    expect([carriedStatus('draft'), carriedStatus('ready'), carriedStatus('asked')]).toEqual(['draft', 'ready', 'ready']);
  });

  it('never lets a councillor set "carried forward" by hand', () => {
    expect(SETTABLE_STATUSES).not.toContain('carried_forward');
  });
});

describe('evidence references', () => {
  it('cites an indicator as councils do: code, figure, period, paragraph', () => {
    const reference = evidenceReference({ kind: 'indicator', link: LINK, snapshot: INDICATOR_SNAPSHOT });
    expect(evidenceText(reference, 'en', t)).toBe('CS LAC 58: 56.6% (378 / 668), Quarter 4 2018/19, paragraph 26');
    expect(evidenceText(reference, 'en', t, { withReport: true })).toBe(
      'CS LAC 58: 56.6% (378 / 668), Quarter 4 2018/19, paragraph 26 — Quarter 4 performance (9 July 2019)',
    );
  });

  it('adds the page of an imported PDF to the reference, and says nothing of pages when none is known', () => {
    const onPage = { ...INDICATOR_SNAPSHOT, figure: { ...FIGURE, page: 4 } };
    expect(evidenceText(evidenceReference({ kind: 'indicator', link: LINK, snapshot: onPage }), 'en', t)).toBe(
      'CS LAC 58: 56.6% (378 / 668), Quarter 4 2018/19, paragraph 26, page 4',
    );
    const unnumbered = { ...onPage, figure: { ...onPage.figure, blockNumber: null } };
    expect(evidenceText(evidenceReference({ kind: 'indicator', link: LINK, snapshot: unnumbered }), 'en', t)).toBe(
      'CS LAC 58: 56.6% (378 / 668), Quarter 4 2018/19, page 4',
    );
    // A snapshot stored before pages were kept has no page field at all.
    const older = { ...INDICATOR_SNAPSHOT, figure: { ...FIGURE, page: null } };
    expect(evidenceText(evidenceReference({ kind: 'indicator', link: LINK, snapshot: older }), 'en', t)).not.toContain('page');
  });

  it('names an indicator without a code by its title in the language asked for', () => {
    const snapshot = { ...INDICATOR_SNAPSHOT, indicator: { ...INDICATOR_SNAPSHOT.indicator!, code: null }, figure: { ...FIGURE, blockNumber: null } };
    expect(evidenceText(evidenceReference({ kind: 'indicator', link: LINK, snapshot }), 'cy', t)).toBe('Cynlluniau a adolygwyd: 56.6% (378 / 668), Quarter 4 2018/19');
  });

  it('compares two figures for a "what changed" item', () => {
    const snapshot = { ...INDICATOR_SNAPSHOT, figure: { ...FIGURE, period: '2019-20.Q1', value: 57, numerator: 385, denominator: 676 }, comparedFigure: FIGURE };
    expect(evidenceText(evidenceReference({ kind: 'change', link: { ...LINK, comparePeriod: '2018-19.Q4' }, snapshot }), 'en', t)).toBe(
      'CS LAC 58: 57.0% (385 / 676), Quarter 1 2019/20, compared with 56.6% (378 / 668), Quarter 4 2018/19',
    );
  });

  it('quotes a passage with its paragraph number and section', () => {
    const snapshot: EvidenceSnapshot = {
      ...EMPTY_SNAPSHOT,
      report: REPORT,
      section: { key: 'commentary', heading: { en: 'Detailed commentary', cy: 'Sylwebaeth fanwl' } },
      block: { index: 0, number: '25', lang: 'en', text: 'Visits were mostly on time.' },
      quote: 'mostly on time',
    };
    expect(evidenceText(evidenceReference({ kind: 'passage', link: LINK, snapshot }), 'en', t)).toBe('Paragraph 25, Detailed commentary: “mostly on time”');
    const unnumbered = { ...snapshot, block: { ...snapshot.block!, number: null }, quote: null };
    expect(evidenceText(evidenceReference({ kind: 'passage', link: LINK, snapshot: unnumbered }), 'en', t)).toBe(
      'Detailed commentary: “Visits were mostly on time.”',
    );
    const onPage = { ...snapshot, block: { ...snapshot.block!, page: 7 } };
    expect(evidenceText(evidenceReference({ kind: 'passage', link: LINK, snapshot: onPage }), 'en', t)).toBe(
      'Paragraph 25, page 7, Detailed commentary: “mostly on time”',
    );
    const unnumberedOnPage = { ...onPage, block: { ...onPage.block, number: null } };
    expect(evidenceText(evidenceReference({ kind: 'passage', link: LINK, snapshot: unnumberedOnPage }), 'en', t)).toBe(
      'Detailed commentary, page 7: “mostly on time”',
    );
  });

  it('gives a list item that dropped out of a later report that later report', () => {
    const later = { ...REPORT, id: 2, title: { en: 'Quarter 1 performance' }, meetingDate: '2019-10-15' };
    const snapshot: EvidenceSnapshot = { ...EMPTY_SNAPSHOT, report: REPORT, comparedReport: later, block: { index: 1, number: null, lang: 'en', text: 'Turnover is high.' } };
    const reference = evidenceReference({ kind: 'change', link: { ...LINK, indicatorId: null, listChange: 'removed', comparedReportId: 2 }, snapshot });
    expect(reference).toMatchObject({ kind: 'listChange', change: 'removed', quote: 'Turnover is high.', report: { id: 2 } });
    expect(evidenceText(reference, 'en', t)).toBe('No longer listed: “Turnover is high.”');
  });

  it('hands each report value in the other language to the screens, with its language, and changes no words', () => {
    const marks: string[] = [];
    const part = (text: string, lang: 'en' | 'cy') => {
      marks.push(`${lang}:${text}`);
      return text;
    };
    // A Welsh interface reading a report that has only an English version.
    const snapshot: EvidenceSnapshot = {
      ...EMPTY_SNAPSHOT,
      report: REPORT,
      section: { key: 'commentary', heading: { en: 'Detailed commentary' } },
      block: { index: 0, number: '25', lang: 'en', text: 'Visits were mostly on time.' },
      quote: 'mostly on time',
    };
    const reference = evidenceReference({ kind: 'passage', link: LINK, snapshot });
    const plain = evidenceText(reference, 'cy', t, { withReport: true });
    expect(evidenceText(reference, 'cy', t, { withReport: true, part })).toBe(plain);
    expect(marks).toEqual(['en:Detailed commentary', 'en:mostly on time', 'en:Quarter 4 performance']);

    marks.length = 0;
    const titled = { ...INDICATOR_SNAPSHOT, indicator: { ...INDICATOR_SNAPSHOT.indicator!, code: null } };
    evidenceText(evidenceReference({ kind: 'indicator', link: LINK, snapshot: titled }), 'cy', t, { part });
    expect(marks).toEqual(['cy:Cynlluniau a adolygwyd']);
  });

  it('knows the language of a quoted passage from its paragraph, or from a report with one language version, and does not guess otherwise', () => {
    const note: EvidenceSnapshot = {
      ...EMPTY_SNAPSHOT,
      report: REPORT,
      annotation: { id: 'n1', body: 'Ask why', quote: 'mostly on time', colour: 'yellow' },
    };
    expect(evidenceReference({ kind: 'annotation', link: LINK, snapshot: note })).toMatchObject({ quoteLang: 'en' });
    const bilingual = { ...note, report: { ...REPORT, title: { en: 'Quarter 4 performance', cy: 'Perfformiad chwarter 4' } } };
    expect(evidenceReference({ kind: 'annotation', link: LINK, snapshot: bilingual })).toMatchObject({ quoteLang: null });
    const passage = { ...bilingual, annotation: null, block: { index: 0, number: null, lang: 'cy' as const, text: 'Ymweliadau' } };
    expect(evidenceReference({ kind: 'passage', link: LINK, snapshot: passage })).toMatchObject({ quoteLang: 'cy' });
  });

  it('writes flags and units in words', () => {
    expect(figureText(figureParts({ ...FIGURE, value: null, unavailable: true }, 'percent'), t)).toBe('not available');
    expect(figureText(figureParts({ ...FIGURE, value: null, pending: true }, 'percent'), t)).toBe('pending');
    expect(figureText(figureParts(null, 'percent'), t)).toBe('no figure');
    expect(figureText(figureParts({ ...FIGURE, value: 61, numerator: null, provisional: true }, 'percent'), t)).toBe('61.0% (provisional)');
    expect(figureText(figureParts({ ...FIGURE, value: 1, numerator: null }, 'days'), t)).toBe('1 day');
    expect(figureText(figureParts({ ...FIGURE, value: 23.5, numerator: null }, 'days'), t)).toBe('23.5 days');
    expect(figureText(figureParts({ ...FIGURE, value: 1607, numerator: null }, 'count'), t)).toBe('1,607');
  });

  it('shows a named role instead of the generic addressee', () => {
    expect(addresseeText({ addressedTo: 'director', addressedRole: null }, t)).toBe('Director');
    expect(addresseeText({ addressedTo: 'other', addressedRole: ' Head of Fostering ' }, t)).toBe('Head of Fostering');
  });
});

describe('whether evidence still says the same', () => {
  it('is unchanged when the figure is the same, even if titles were reworded', () => {
    const reworded = { ...INDICATOR_SNAPSHOT, report: { ...REPORT, title: { en: 'Q4 performance (revised)' } } };
    expect(evidenceState('indicator', INDICATOR_SNAPSHOT, reworded)).toBe('unchanged');
  });

  it('is changed when a revision corrects the figure, and missing when the figure or source is gone', () => {
    expect(evidenceState('indicator', INDICATOR_SNAPSHOT, { ...INDICATOR_SNAPSHOT, figure: { ...FIGURE, value: 57.1 } })).toBe('changed');
    expect(evidenceState('indicator', INDICATOR_SNAPSHOT, { ...INDICATOR_SNAPSHOT, figure: null })).toBe('missing');
    expect(evidenceState('indicator', INDICATOR_SNAPSHOT, null)).toBe('missing');
  });

  it('finds quoted words however the paragraph was re-flowed', () => {
    const block = { index: 0, number: '25', lang: 'en' as const, text: 'Visits were\nmostly   on time.' };
    const snapshot = { ...EMPTY_SNAPSHOT, block, quote: 'mostly on time' };
    expect(evidenceState('passage', snapshot, { ...snapshot, block: { ...block, text: 'Visits were mostly on time.' } })).toBe('unchanged');
    expect(evidenceState('passage', snapshot, { ...snapshot, block: { ...block, text: 'Visits were late.' } })).toBe('changed');
  });
});

describe('dates, periods and values in words', () => {
  it('uses the locale files for month and period names', () => {
    expect(formatDateWords('2019-07-09', t)).toBe('9 July 2019');
    expect(formatDateWords('not a date', t)).toBe('not a date');
    expect(formatPeriodWords('2018-19.Q4', t)).toBe('Quarter 4 2018/19');
    expect(formatPeriodWords('2018-19.FY', t)).toBe('Year 2018/19');
    expect(formatValueWords(63.5, 'rate_per_1000', t)).toBe('63.5 per 1,000');
  });
});
