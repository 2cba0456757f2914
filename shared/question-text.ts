import { pick, type Bilingual, type Language } from './languages';
import { formatDateWords, formatPeriodWords, formatValueWords, type TextLookup } from './locale-format';
import type { Addressee, EvidenceReference, FigureParts, IndicatorName, Priority, QuestionStatus, ReportLabel } from './question-model';

/**
 * Questions and their evidence in words, from locales/<language>/questions.json. Used by the
 * exports (main process) and meant for the screens too, so a reference reads the same on screen,
 * on paper and in Markdown. Every sentence is one translated template filled with whole values;
 * nothing is glued together around translations.
 */

// Literal keys, one per value, so each key stays visible to tooling.
export const STATUS_KEYS = {
  draft: 'questions:status.draft',
  ready: 'questions:status.ready',
  asked: 'questions:status.asked',
  answered: 'questions:status.answered',
  carried_forward: 'questions:status.carried_forward',
  withdrawn: 'questions:status.withdrawn',
} as const satisfies Record<QuestionStatus, string>;

export const ADDRESSEE_KEYS = {
  cabinet_member: 'questions:addressee.cabinet_member',
  director: 'questions:addressee.director',
  other: 'questions:addressee.other',
} as const satisfies Record<Addressee, string>;

export const PRIORITY_KEYS = {
  high: 'questions:priority.high',
  normal: 'questions:priority.normal',
  low: 'questions:priority.low',
} as const satisfies Record<Priority, string>;

/** "3 questions" / "3 chwestiwn" / "2 gwestiwn" / "Dim cwestiynau". */
export function questionCountText(count: number, t: TextLookup): string {
  return t('questions:count.questions', { count });
}

/** The named role where the councillor gave one, else the translated addressee. */
export function addresseeText(question: Readonly<{ addressedTo: Addressee; addressedRole: string | null }>, t: TextLookup): string {
  const role = question.addressedRole?.trim();
  return role ? role : t(ADDRESSEE_KEYS[question.addressedTo]);
}

/** "56.6% (378 / 668)", "23.5 days", "61.0% (provisional)", "not available". */
export function figureText(figure: FigureParts, t: TextLookup): string {
  switch (figure.kind) {
    case 'unavailable':
      return t('questions:value.unavailable');
    case 'pending':
      return t('questions:value.pending');
    case 'none':
      return t('questions:value.none');
    case 'value': {
      const value = figure.unitWords ? formatValueWords(figure.numeric, figure.unitWords, t) : figure.value;
      const full = figure.fraction ? t('questions:value.withFraction', { value, fraction: figure.fraction }) : value;
      return figure.provisional ? t('questions:value.provisional', { value: full }) : full;
    }
  }
}

/**
 * How a value taken from a report (a quote, a title, a heading) goes into a sentence, given the
 * language it is in. The exports put it in as it is (the default); the screens put a marker in its
 * place, to render it in an element with its own `lang` (renderer/src/text/sentencePart.ts).
 */
export type ContentPart = (text: string, lang: Language) => string;

const asItIs: ContentPart = (text) => text;

/** The language `pick` takes its text from (the wanted one when present, else the other). */
function pickedLanguage(text: Readonly<Partial<Bilingual>>, language: Language): Language {
  const other: Language = language === 'en' ? 'cy' : 'en';
  return text[language] === undefined && text[other] !== undefined ? other : language;
}

/** `pick`, passed through `part` with the language it came from. */
function picked(text: Readonly<Partial<Bilingual>>, language: Language, part: ContentPart): string {
  const words = pick(text, language);
  return words ? part(words, pickedLanguage(text, language)) : words;
}

function indicatorText(name: IndicatorName, breakdown: Bilingual | null, language: Language, t: TextLookup, part: ContentPart): string {
  const indicator = 'code' in name ? name.code : picked(name.title, language, part);
  return breakdown ? t('questions:evidence.breakdown', { indicator, breakdown: picked(breakdown, language, part) }) : indicator;
}

/** "Looked after children: annual report (9 July 2019)". */
export function reportText(report: ReportLabel, language: Language, t: TextLookup, part: ContentPart = asItIs): string {
  const title = picked(report.title, language, part) || t('questions:evidence.untitledReport');
  return t('questions:evidence.reportLabel', { title, date: formatDateWords(report.meetingDate, t) });
}

function sectionText(section: Partial<Bilingual> | null, language: Language, part: ContentPart): string | null {
  return section ? picked(section, language, part) || null : null;
}

/** Quoted report words in their language where known; otherwise as they are, unmarked. */
function quoted(quote: string, lang: Language | null, part: ContentPart): string {
  return lang === null || quote === '' ? quote : part(quote, lang);
}

/**
 * One reference in words: "CS LAC 58: 56.6% (378 / 668), Year 2018/19, paragraph 26". With
 * `withReport`, the report it comes from follows ("… — Performance report (9 July 2019)"), for
 * lists read away from the report (exports, meeting mode).
 */
export function evidenceText(
  reference: EvidenceReference,
  language: Language,
  t: TextLookup,
  options: { readonly withReport?: boolean; readonly part?: ContentPart } = {},
): string {
  const part = options.part ?? asItIs;
  const text = referenceBody(reference, language, t, part);
  if (!options.withReport || reference.kind === 'report' || !reference.report) return text;
  return t('questions:evidence.withReport', { reference: text, report: reportText(reference.report, language, t, part) });
}

function referenceBody(reference: EvidenceReference, language: Language, t: TextLookup, part: ContentPart): string {
  switch (reference.kind) {
    case 'indicator': {
      const indicator = indicatorText(reference.indicator, reference.dimensionLabel, language, t, part);
      const value = figureText(reference.figure, t);
      if (reference.period === null) return t('questions:evidence.indicatorNoPeriod', { indicator, value });
      const period = formatPeriodWords(reference.period, t);
      const { paragraph, page } = reference;
      if (paragraph && page !== null) return t('questions:evidence.indicatorAtPage', { indicator, value, period, paragraph, page });
      if (paragraph) return t('questions:evidence.indicatorAt', { indicator, value, period, paragraph });
      if (page !== null) return t('questions:evidence.indicatorOnPage', { indicator, value, period, page });
      return t('questions:evidence.indicator', { indicator, value, period });
    }
    case 'change':
      return t('questions:evidence.change', {
        indicator: indicatorText(reference.indicator, reference.dimensionLabel, language, t, part),
        value: figureText(reference.figure, t),
        period: reference.period === null ? '' : formatPeriodWords(reference.period, t),
        previous: figureText(reference.comparedFigure, t),
        previousPeriod: reference.comparePeriod === null ? '' : formatPeriodWords(reference.comparePeriod, t),
      });
    case 'listChange': {
      const quote = quoted(reference.quote, reference.quoteLang, part);
      return reference.change === 'added' ? t('questions:evidence.listAdded', { quote }) : t('questions:evidence.listRemoved', { quote });
    }
    case 'passage': {
      const section = sectionText(reference.section, language, part);
      const { paragraph, page } = reference;
      const quote = quoted(reference.quote, reference.quoteLang, part);
      if (paragraph && section && page !== null) return t('questions:evidence.passageAtPage', { paragraph, page, section, quote });
      if (paragraph && section) return t('questions:evidence.passage', { paragraph, section, quote });
      if (section && page !== null) return t('questions:evidence.passageInSectionOnPage', { section, page, quote });
      if (section) return t('questions:evidence.passageInSection', { section, quote });
      return t('questions:evidence.quote', { quote });
    }
    case 'section':
      return t('questions:evidence.section', { section: sectionText(reference.section, language, part) ?? '' });
    case 'report':
      return t('questions:evidence.report', {
        report: reference.report ? reportText(reference.report, language, t, part) : t('questions:evidence.untitledReport'),
      });
    case 'annotation':
      // The note is the councillor's own words, in whichever language they wrote it: not recorded,
      // so left unmarked (it reads in the interface language) rather than guessed.
      return reference.quote
        ? t('questions:evidence.annotationOn', { quote: quoted(reference.quote, reference.quoteLang, part), note: reference.body })
        : t('questions:evidence.annotation', { note: reference.body });
  }
}
