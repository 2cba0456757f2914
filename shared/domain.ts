import type { Bilingual, Language } from './languages';

/**
 * Domain vocabulary shared by the store, the services and the renderer. Names follow
 * ../shared/handbook/DOMAIN.md: Committee → Meeting → Report (language versions) → Sections,
 * Indicator → Measurement, Annotation, Question, Settings.
 */

export const REPORT_KINDS = ['cover', 'performance'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const SECTION_KINDS = [
  'numbered', // cover-report paragraphs that councillors cite by number
  'narrative',
  'signs_of_safety', // What's working well? / What are we worried about? / What do we need to do?
  'indicators',
  'key_stats',
  'signature',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The three Signs of Safety questions, in the order reports print them. */
export const SIGNS_OF_SAFETY_GROUPS = ['working_well', 'worried', 'to_do'] as const;
export type SignsOfSafetyGroup = (typeof SIGNS_OF_SAFETY_GROUPS)[number];

export const UNITS = ['percent', 'count', 'days', 'rate_per_1000', 'money', 'ratio'] as const;
export type Unit = (typeof UNITS)[number];

/** Which direction of change is good news for this indicator. */
export const POLARITIES = ['higher_is_better', 'lower_is_better', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const PLANS = ['corporate_plan', 'directorate_delivery_plan'] as const;
export type Plan = (typeof PLANS)[number];

/** The report's "face": will / may / will not meet the year's target. */
export const FACES = ['will', 'may', 'will_not'] as const;
export type Face = (typeof FACES)[number];

/** The report's arrow against a comparable earlier period. */
export const ARROWS = ['improved', 'sustained', 'declined'] as const;
export type Arrow = (typeof ARROWS)[number];

/** Why a measurement appears in a report: its own period, a quoted comparison, or a chart series. */
export const MEASUREMENT_ROLES = ['current', 'comparison', 'series'] as const;
export type MeasurementRole = (typeof MEASUREMENT_ROLES)[number];

export interface Block {
  readonly kind: 'paragraph' | 'list_item';
  /** Printed number or letter ("21", "a", "iii"), kept so councillors can cite it. */
  readonly number: string | null;
  /** Nesting depth of a list item, 0 at the top. */
  readonly level: number;
  /** Consecutive list items with the same list index belong to one list. */
  readonly listIndex: number | null;
  readonly ordered: boolean;
  readonly group: SignsOfSafetyGroup | null;
  readonly text: string;
  /** Page of the source document (1-based) it was printed on; null when not known (the sample library). */
  readonly page: number | null;
}

export interface SectionView {
  readonly id: number;
  /** Stable across revisions and languages; aligns the en and cy versions section by section. */
  readonly key: string;
  readonly kind: SectionKind;
  readonly heading: string;
  /** Service area for per-area Signs of Safety sections, e.g. "Children Looked After". */
  readonly area: string | null;
  /** Page of the source document (1-based) the heading was printed on; null when not known. */
  readonly page: number | null;
  readonly blocks: readonly Block[];
}

export interface ReportVersionView {
  readonly lang: Language;
  readonly revision: number;
  readonly title: string;
  readonly author: string | null;
  readonly authorRole: string | null;
  readonly signedOn: string | null;
  readonly sections: readonly SectionView[];
}

export interface IndicatorView {
  readonly id: number;
  readonly key: string;
  readonly code: string | null;
  readonly title: Bilingual;
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly plan: Plan | null;
  readonly area: Bilingual | null;
}

export interface MeasurementView {
  readonly id: number;
  readonly indicatorId: number;
  readonly period: string;
  /** Key of a breakdown within the period; empty for the headline value. */
  readonly dimension: string;
  /** The breakdown's name in both languages; null for the headline value. */
  readonly dimensionLabel: Bilingual | null;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly target: number | null;
  readonly face: Face | null;
  readonly arrow: Arrow | null;
  readonly provisional: boolean;
  readonly pending: boolean;
  readonly unavailable: boolean;
  readonly role: MeasurementRole;
  readonly sourceReportId: number;
  readonly sectionKey: string | null;
  readonly blockNumber: string | null;
  /** Page of the source report (1-based) the figure was printed on; null when not known. */
  readonly page: number | null;
}

export interface KeyStatView {
  readonly label: Bilingual;
  readonly value: number;
  readonly unit: Unit;
  readonly indicatorKey: string | null;
}

export interface ReportSummary {
  readonly id: number;
  readonly key: string;
  readonly kind: ReportKind;
  readonly period: string;
  readonly title: Partial<Bilingual>;
  readonly languages: readonly Language[];
}

export interface MeetingSummary {
  readonly id: number;
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly reports: readonly ReportSummary[];
}

export interface CommitteeSummary {
  readonly id: number;
  readonly key: string;
  readonly name: Bilingual;
  readonly council: Bilingual;
  readonly meetings: readonly MeetingSummary[];
}

/** Committees → meetings → reports, each level newest first. */
export interface LibraryView {
  readonly committees: readonly CommitteeSummary[];
}

export interface ReportView {
  readonly id: number;
  readonly key: string;
  readonly kind: ReportKind;
  readonly period: string;
  readonly committee: { readonly id: number; readonly key: string; readonly name: Bilingual; readonly council: Bilingual };
  readonly meeting: { readonly id: number; readonly date: string };
  readonly versions: readonly ReportVersionView[];
  readonly keyStats: readonly KeyStatView[];
  /** Indicators this report mentions, each with every measurement the library holds for it. */
  readonly indicators: readonly { readonly indicator: IndicatorView; readonly measurements: readonly MeasurementView[] }[];
}

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export interface Settings {
  readonly language: Language;
  /** False until the councillor has chosen a language (or one was inferred on first run). */
  readonly languageChosen: boolean;
  readonly textSize: (typeof TEXT_SIZES)[number];
  readonly theme: (typeof THEMES)[number];
  /** Absolute folder for the daily rolling backups (a USB stick, a OneDrive folder); null: `backups` in the data folder. */
  readonly backupFolder: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  languageChosen: false,
  textSize: 'normal',
  theme: 'system',
  backupFolder: null,
};

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly schemaVersion: number;
  /** 'electron' in the desktop app, 'browser' in browser mode. */
  readonly host: 'electron' | 'browser';
}
