import type { Bilingual, Language } from './languages';
import type { CommitteeSummary, ReportKind, Unit } from './domain';
import { formatFractionOf, formatValue, unitNeedsWords } from './format';
import type { KeyRewrite } from './ordering';

/**
 * Question lists (DOMAIN.md: Question — meeting, text, addressed to, priority, order, status,
 * answer notes, links to evidence). Pure vocabulary and rules shared by the store, the services,
 * the exports and the screens.
 */

export const QUESTION_STATUSES = ['draft', 'ready', 'asked', 'answered', 'carried_forward', 'withdrawn'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/**
 * Statuses a councillor sets by hand. "Carried forward" is not among them: only carrying a
 * question forward sets it, so the status always means a copy was made at a later meeting.
 */
export const SETTABLE_STATUSES = ['draft', 'ready', 'asked', 'answered', 'withdrawn'] as const satisfies readonly QuestionStatus[];
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/**
 * Unanswered questions come back at the next meeting: ones still being prepared, ready to ask, or
 * asked without an answer. Answered and withdrawn ones are finished; carried-forward ones already
 * live on at a later meeting.
 */
export const UNANSWERED_STATUSES = ['draft', 'ready', 'asked'] as const satisfies readonly QuestionStatus[];

export function isUnanswered(status: QuestionStatus): boolean {
  return (UNANSWERED_STATUSES as readonly QuestionStatus[]).includes(status);
}

/**
 * The status of a question's copy at the next meeting: a draft stays a draft; one that was ready
 * or asked (without an answer) is ready to ask again.
 */
export function carriedStatus(original: QuestionStatus): 'draft' | 'ready' {
  return original === 'draft' ? 'draft' : 'ready';
}

/** Who a question is put to; "other" names a role in `addressedRole`. */
export const ADDRESSEES = ['cabinet_member', 'director', 'other'] as const;
export type Addressee = (typeof ADDRESSEES)[number];

export const PRIORITIES = ['high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Where the evidence behind a question came from. */
export const EVIDENCE_KINDS = ['report', 'section', 'passage', 'indicator', 'annotation', 'change'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A "what changed" list item: new in this report, or listed last time and no longer. */
export const LIST_CHANGES = ['added', 'removed'] as const;
export type ListChange = (typeof LIST_CHANGES)[number];

/** Limits on what a councillor types, so one runaway paste cannot bloat every list and export. */
export const QUESTION_LIMITS = {
  text: 4000,
  answerNotes: 20000,
  addressedRole: 200,
  quote: 4000,
  evidencePerQuestion: 50,
} as const;

export interface ReportLabel {
  readonly id: number;
  readonly kind: ReportKind;
  readonly period: string;
  readonly title: Partial<Bilingual>;
  /** ISO date of the meeting the report went to. */
  readonly meetingDate: string;
}

/** An indicator's figure for one period, as the report gave it. */
export interface Figure {
  readonly period: string;
  /** Key of a breakdown within the period; empty for the headline value. */
  readonly dimension: string;
  readonly dimensionLabel: Bilingual | null;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly target: number | null;
  readonly provisional: boolean;
  readonly pending: boolean;
  readonly unavailable: boolean;
  /** The report the figure was read from, and where it printed it ("paragraph 26"). */
  readonly sourceReportId: number;
  readonly sectionKey: string | null;
  readonly blockNumber: string | null;
  /** Page of the source report it was printed on; absent in snapshots stored before pages were kept. */
  readonly page?: number | null;
}

/**
 * What a piece of evidence said. Stored when the evidence is linked (so a list stays readable, and
 * honest about what prompted the question, when a revised report changes or drops the source) and
 * worked out again from the library when the list is read, so the two can be compared.
 */
export interface EvidenceSnapshot {
  readonly report: ReportLabel | null;
  /** The other report of a "what changed" item (the previous one, for an item that is new). */
  readonly comparedReport: ReportLabel | null;
  readonly section: { readonly key: string; readonly heading: Partial<Bilingual> } | null;
  /** The paragraph or list item: its place in the section, printed number and whole text. */
  readonly block: {
    readonly index: number | null;
    readonly number: string | null;
    readonly lang: Language;
    readonly text: string;
    /** Page of the source report; absent in snapshots stored before pages were kept. */
    readonly page?: number | null;
  } | null;
  /** The words the councillor selected, if any. */
  readonly quote: string | null;
  readonly indicator: { readonly id: number; readonly code: string | null; readonly title: Bilingual; readonly unit: Unit } | null;
  readonly figure: Figure | null;
  readonly comparedFigure: Figure | null;
  readonly annotation: { readonly id: string; readonly body: string; readonly quote: string | null; readonly colour: string } | null;
}

export const EMPTY_SNAPSHOT: EvidenceSnapshot = {
  report: null,
  comparedReport: null,
  section: null,
  block: null,
  quote: null,
  indicator: null,
  figure: null,
  comparedFigure: null,
  annotation: null,
};

/**
 * The stable keys a piece of evidence is linked by. Never a measurement's row id: re-importing a
 * report as a new revision replaces its measurement rows, while report id, indicator id, period
 * and dimension survive, so the link is worked out again from these.
 */
export interface EvidenceLink {
  readonly reportId: number | null;
  readonly sectionKey: string | null;
  /** 0-based place of the block in its section. */
  readonly blockIndex: number | null;
  readonly blockNumber: string | null;
  /** Language version the passage was selected in. */
  readonly lang: Language | null;
  readonly indicatorId: number | null;
  readonly period: string | null;
  readonly comparePeriod: string | null;
  readonly dimension: string | null;
  readonly annotationId: string | null;
  readonly comparedReportId: number | null;
  readonly listChange: ListChange | null;
}

/**
 * `unchanged`: the library still says what it said when linked. `changed`: the source is there
 * but its figure or words differ (e.g. a revised report). `missing`: the source is gone (a
 * deleted annotation, a section dropped from a revision).
 */
export const EVIDENCE_STATES = ['unchanged', 'changed', 'missing'] as const;
export type EvidenceState = (typeof EVIDENCE_STATES)[number];

export interface EvidenceView {
  readonly id: number;
  readonly kind: EvidenceKind;
  readonly link: EvidenceLink;
  /** As it was when linked. */
  readonly snapshot: EvidenceSnapshot;
  /** As the library has it now; null when the source is gone. */
  readonly current: EvidenceSnapshot | null;
  readonly state: EvidenceState;
}

/** One question's own fields (what an autosave writes and answers with). */
export interface QuestionRecord {
  readonly id: string;
  readonly meetingId: number;
  readonly text: string;
  readonly addressedTo: Addressee;
  /** A named role ("Head of Looked After Children"); shown instead of the generic addressee. */
  readonly addressedRole: string | null;
  readonly priority: Priority;
  readonly status: QuestionStatus;
  readonly answerNotes: string;
  /** Ordering key within the meeting's list (see shared/ordering.ts). */
  readonly position: string;
  readonly carriedFromId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly askedAt: string | null;
  readonly answeredAt: string | null;
}

/** The same question at an earlier meeting, before it was carried forward. */
export interface QuestionHistoryEntry {
  readonly questionId: string;
  readonly meetingId: number;
  readonly meetingDate: string;
  readonly status: QuestionStatus;
  readonly answerNotes: string;
  readonly askedAt: string | null;
  readonly answeredAt: string | null;
}

export interface QuestionView extends QuestionRecord {
  readonly evidence: readonly EvidenceView[];
  /** Earlier meetings this question was carried from, oldest first; empty for a new question. */
  readonly history: readonly QuestionHistoryEntry[];
  /** The copy at a later meeting, for a question that was carried forward. */
  readonly carriedTo: { readonly questionId: string; readonly meetingId: number; readonly meetingDate: string } | null;
}

export type CommitteeLabel = Pick<CommitteeSummary, 'id' | 'key' | 'name' | 'council'>;

export interface MeetingOverview {
  readonly id: number;
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly committee: CommitteeLabel;
  readonly reportCount: number;
  readonly questionCount: number;
  readonly unansweredCount: number;
}

export interface MeetingCreated extends MeetingOverview {
  /** False when the committee already had a meeting on that date (it is returned instead). */
  readonly created: boolean;
}

export interface QuestionListView {
  readonly meeting: MeetingOverview;
  /** In the councillor's order. */
  readonly questions: readonly QuestionView[];
}

export interface QuestionMoved {
  readonly id: string;
  /** 0-based place of the question after the move, and the list's length (for "2 of 5"). */
  readonly index: number;
  readonly total: number;
  /** Every position written: one, or the whole list when it was respaced. */
  readonly rewrites: readonly KeyRewrite[];
}

export interface QuestionDeleted {
  readonly id: string;
  readonly deletedAt: string;
}

export interface CarryForwardResult {
  readonly fromMeetingId: number;
  readonly toMeetingId: number;
  /** Ids of the new copies, in list order. */
  readonly carriedIds: readonly string[];
  /** Unanswered questions that already had a copy at that meeting (not copied again). */
  readonly alreadyCarried: number;
}

/** A figure ready for words: the formatted number, or why there is none. */
export type FigureParts =
  | {
      readonly kind: 'value';
      /** "56.6%", "1,607", "23.5" (a days or rate value still needs its unit words). */
      readonly value: string;
      readonly numeric: number;
      /** Unit words the text must add around the value. */
      readonly unitWords: 'days' | 'rate_per_1000' | null;
      /** "(378 / 668)" or null. */
      readonly fraction: string | null;
      readonly provisional: boolean;
    }
  | { readonly kind: 'unavailable' | 'pending' | 'none' };

export function figureParts(figure: Figure | null, unit: Unit): FigureParts {
  if (figure === null) return { kind: 'none' };
  if (figure.value === null) return { kind: figure.unavailable ? 'unavailable' : figure.pending ? 'pending' : 'none' };
  return {
    kind: 'value',
    value: formatValue(figure.value, unit),
    numeric: figure.value,
    unitWords: unitNeedsWords(unit) ? (unit as 'days' | 'rate_per_1000') : null,
    fraction: formatFractionOf(figure),
    provisional: figure.provisional,
  };
}

/** How an indicator is named in a reference: its code where it has one ("CS LAC 58"), else its title. */
export type IndicatorName = { readonly code: string } | { readonly title: Bilingual };

/**
 * The parts of an evidence reference, ready to be put into words by translated templates
 * ("CS LAC 58: 56.6% (378 / 668), Quarter 4 2018/19, paragraph 26"). Structured rather than a
 * string because the words, the date and the period names belong to the interface language.
 */
export type EvidenceReference =
  | {
      readonly kind: 'indicator';
      readonly indicator: IndicatorName;
      readonly figure: FigureParts;
      readonly dimensionLabel: Bilingual | null;
      readonly period: string | null;
      readonly paragraph: string | null;
      /** Page of the source report, when the report was imported from a PDF. */
      readonly page: number | null;
      readonly report: ReportLabel | null;
    }
  | {
      readonly kind: 'change';
      readonly indicator: IndicatorName;
      readonly figure: FigureParts;
      readonly period: string | null;
      readonly comparedFigure: FigureParts;
      readonly comparePeriod: string | null;
      readonly dimensionLabel: Bilingual | null;
      readonly report: ReportLabel | null;
    }
  | {
      readonly kind: 'listChange';
      readonly change: ListChange;
      readonly quote: string;
      /** The language the quoted words are in, where known (screens mark it with `lang`). */
      readonly quoteLang: Language | null;
      /** The report the change is about: where the item is new, or where it is no longer listed. */
      readonly report: ReportLabel | null;
    }
  | {
      readonly kind: 'passage';
      readonly paragraph: string | null;
      readonly page: number | null;
      readonly section: Partial<Bilingual> | null;
      readonly quote: string;
      readonly quoteLang: Language | null;
      readonly report: ReportLabel | null;
    }
  | { readonly kind: 'section'; readonly section: Partial<Bilingual> | null; readonly report: ReportLabel | null }
  | { readonly kind: 'report'; readonly report: ReportLabel | null }
  | {
      readonly kind: 'annotation';
      readonly body: string;
      readonly quote: string | null;
      readonly quoteLang: Language | null;
      readonly section: Partial<Bilingual> | null;
      readonly report: ReportLabel | null;
    };

function indicatorName(indicator: NonNullable<EvidenceSnapshot['indicator']>): IndicatorName {
  return indicator.code ? { code: indicator.code } : { title: indicator.title };
}

/** The words a passage is quoted by: the selection, else the whole paragraph. */
function quoteOf(snapshot: EvidenceSnapshot): string {
  return (snapshot.quote ?? snapshot.block?.text ?? '').trim();
}

/**
 * The language of words quoted from a report: the paragraph's own language version where the
 * snapshot has the paragraph; else, when the report had only one language version (its title is
 * kept per version), that one. Otherwise unknown (null): a note's quote does not record which
 * version it was selected in, and the words are not guessed at.
 */
function quoteLanguage(snapshot: EvidenceSnapshot): Language | null {
  if (snapshot.block) return snapshot.block.lang;
  const versions = snapshot.report ? (Object.keys(snapshot.report.title) as Language[]) : [];
  return versions.length === 1 ? versions[0]! : null;
}

/**
 * The reference for one piece of evidence, from what it said when linked (the snapshot): the
 * question was prompted by those words and figures, even if a revision has since changed them.
 */
export function evidenceReference(evidence: Pick<EvidenceView, 'kind' | 'link' | 'snapshot'>): EvidenceReference {
  const { kind, link, snapshot } = evidence;
  const report = snapshot.report;
  const section = snapshot.section?.heading ?? null;
  const paragraph = snapshot.block?.number ?? link.blockNumber ?? null;
  if ((kind === 'indicator' || kind === 'change') && snapshot.indicator) {
    // The paragraph that printed the figure, which may differ from any passage linked alongside.
    const printedAt = snapshot.figure?.blockNumber ?? null;
    const unit = snapshot.indicator.unit;
    const figure = figureParts(snapshot.figure, unit);
    const dimensionLabel = snapshot.figure?.dimensionLabel ?? null;
    const period = snapshot.figure?.period ?? link.period;
    if (kind === 'indicator') {
      const page = snapshot.figure?.page ?? null;
      return { kind, indicator: indicatorName(snapshot.indicator), figure, dimensionLabel, period, paragraph: printedAt, page, report };
    }
    return {
      kind,
      indicator: indicatorName(snapshot.indicator),
      figure,
      period,
      comparedFigure: figureParts(snapshot.comparedFigure, unit),
      comparePeriod: snapshot.comparedFigure?.period ?? link.comparePeriod,
      dimensionLabel,
      report,
    };
  }
  if (kind === 'change' && link.listChange) {
    // Named by the later report: the one the item is new in, or the one it is missing from.
    const later = link.listChange === 'added' ? report : (snapshot.comparedReport ?? report);
    return { kind: 'listChange', change: link.listChange, quote: quoteOf(snapshot), quoteLang: quoteLanguage(snapshot), report: later };
  }
  if (kind === 'annotation' && snapshot.annotation) {
    return { kind, body: snapshot.annotation.body, quote: snapshot.annotation.quote, quoteLang: quoteLanguage(snapshot), section, report };
  }
  if (kind === 'passage') {
    return { kind, paragraph, page: snapshot.block?.page ?? null, section, quote: quoteOf(snapshot), quoteLang: quoteLanguage(snapshot), report };
  }
  if (kind === 'section') return { kind, section, report };
  return { kind: 'report', report };
}

function sameFigure(a: Figure | null, b: Figure | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.value === b.value &&
    a.numerator === b.numerator &&
    a.denominator === b.denominator &&
    a.target === b.target &&
    a.provisional === b.provisional &&
    a.pending === b.pending &&
    a.unavailable === b.unavailable
  );
}

/** Collapses runs of white space so a re-flowed paragraph is not reported as changed. */
function normaliseWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether the library still says what the evidence said when linked. Labels (titles, headings)
 * may be reworded without counting as a change; figures and quoted words may not.
 */
export function evidenceState(kind: EvidenceKind, snapshot: EvidenceSnapshot, current: EvidenceSnapshot | null): EvidenceState {
  if (current === null) return 'missing';
  if (kind === 'indicator' || kind === 'change') {
    if (snapshot.indicator) {
      if (snapshot.figure !== null && current.figure === null) return 'missing';
      return sameFigure(snapshot.figure, current.figure) && sameFigure(snapshot.comparedFigure, current.comparedFigure) ? 'unchanged' : 'changed';
    }
  }
  if (kind === 'annotation') {
    if (!current.annotation) return 'missing';
    return snapshot.annotation?.body === current.annotation.body && snapshot.annotation.quote === current.annotation.quote
      ? 'unchanged'
      : 'changed';
  }
  if (snapshot.block) {
    if (!current.block) return 'missing';
    const quote = normaliseWords(snapshot.quote ?? snapshot.block.text);
    return normaliseWords(current.block.text).includes(quote) ? 'unchanged' : 'changed';
  }
  if (snapshot.section && !current.section) return 'missing';
  return 'unchanged';
}
