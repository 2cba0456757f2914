import type { Bilingual, Language } from './languages';
import type { TextRange } from './search-fold';

/**
 * What `search.query` answers: hits in four groups, each with the matching words as ranges (never
 * HTML: the renderer draws <mark> itself, so report text can never inject markup) and a target to
 * jump to.
 */

export const SEARCH_GROUPS = ['reports', 'indicators', 'notes', 'questions'] as const;
export type SearchGroupName = (typeof SEARCH_GROUPS)[number];

/** Hits per group when the caller does not say; and the most it may ask for. */
export const DEFAULT_SEARCH_LIMIT = 8;
export const MAX_SEARCH_LIMIT = 50;
/** Longest query accepted (characters). */
export const MAX_SEARCH_TEXT = 500;

/** A piece of text with the matching words marked. */
export interface HighlightedText {
  readonly text: string;
  /** Matching words, as [start, end) positions in `text`, sorted and not overlapping. */
  readonly ranges: readonly TextRange[];
  /** The text was cut at the start or end to show the match in context (draw an ellipsis). */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
}

/** Where a hit leads. The renderer turns it into a route. */
export type SearchTarget =
  /**
   * A passage: block `blockIndex` (0-based, in report.get order) of section `sectionKey` in the
   * `lang` version. Section keys are the same in both language versions; block indexes are not.
   */
  | { readonly kind: 'passage'; readonly reportId: number; readonly sectionKey: string; readonly blockIndex: number; readonly lang: Language }
  | { readonly kind: 'report'; readonly reportId: number }
  | { readonly kind: 'indicator'; readonly indicatorId: number }
  | { readonly kind: 'meeting_questions'; readonly meetingId: number };

/** The report a hit belongs to, for its context line. */
export interface SearchReportContext {
  readonly id: number;
  /** Titles of the current language versions. */
  readonly title: Partial<Bilingual>;
  readonly period: string;
  readonly committee: Bilingual;
  readonly meetingDate: string;
}

export interface ReportSearchHit {
  readonly group: 'reports';
  readonly id: string;
  /** A passage of text, a section heading or the report's title. */
  readonly kind: 'passage' | 'heading' | 'title';
  /** The language the text is in. */
  readonly lang: Language;
  readonly text: HighlightedText;
  /** The section the passage or heading is in (null for a title). */
  readonly section: { readonly key: string; readonly heading: string } | null;
  /** The printed paragraph or list number, when the passage has one. */
  readonly blockNumber: string | null;
  readonly report: SearchReportContext;
  readonly target: SearchTarget;
}

export interface IndicatorSearchHit {
  readonly group: 'indicators';
  readonly id: string;
  readonly indicatorId: number;
  readonly code: HighlightedText | null;
  readonly title: { readonly en: HighlightedText; readonly cy: HighlightedText };
  /** Newest period with a figure (within the filters), or null if none. */
  readonly latestPeriod: string | null;
  readonly target: SearchTarget;
}

export interface NoteSearchHit {
  readonly group: 'notes';
  readonly id: string;
  readonly annotationId: string;
  /** The note itself (may be empty when the match is in the quoted passage or a tag). */
  readonly body: HighlightedText;
  /** The passage the note is attached to, when it quotes one. */
  readonly quote: HighlightedText | null;
  /** The note's tags, with matches marked. */
  readonly tags: HighlightedText | null;
  readonly report: SearchReportContext;
  readonly target: SearchTarget;
}

export interface QuestionSearchHit {
  readonly group: 'questions';
  readonly id: string;
  readonly questionId: string;
  readonly text: HighlightedText;
  /** Notes of the answer, when the match is there. */
  readonly answer: HighlightedText | null;
  readonly meeting: { readonly id: number; readonly date: string; readonly committee: Bilingual };
  readonly target: SearchTarget;
}

export type SearchHit = ReportSearchHit | IndicatorSearchHit | NoteSearchHit | QuestionSearchHit;

export interface SearchGroup<H extends SearchHit> {
  /** How many hits the group has in all; `hits` holds the best `limit` of them. */
  readonly total: number;
  /**
   * The group has more hits than were counted (a very common word or a first letter or two): show
   * `total` as "40+". Search ranks only a group's newest matches then (electron/store/search-queries).
   */
  readonly totalIsLowerBound: boolean;
  readonly hits: readonly H[];
}

export interface SearchResults {
  /** False when the text had nothing to search for yet (empty, or a single letter). */
  readonly searched: boolean;
  readonly total: number;
  /** Some group counted only part of its hits (see SearchGroup.totalIsLowerBound). */
  readonly totalIsLowerBound: boolean;
  readonly groups: {
    readonly reports: SearchGroup<ReportSearchHit>;
    readonly indicators: SearchGroup<IndicatorSearchHit>;
    readonly notes: SearchGroup<NoteSearchHit>;
    readonly questions: SearchGroup<QuestionSearchHit>;
  };
}

export interface SearchRebuildOutcome {
  /** Entries in the rebuilt index. */
  readonly entries: number;
}
