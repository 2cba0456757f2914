import { z } from 'zod';
import type { Face, Arrow, MeasurementRole, Plan, Polarity, ReportKind, Unit } from './domain';
import { REPORT_KINDS } from './domain';
import type { Bilingual, Language } from './languages';
import type { ErrorCode } from './result';
import type { PackDimension, PackSection } from './pack';
import { isPeriodKey } from './period';

/**
 * Importing a report: the calls `import.start` → `import.progress` (polled) → `import.save` or
 * `import.cancel`, and the draft the review screen shows. The draft is what Briffio *found*; the
 * corrections are what the councillor changed on the review screen; `import.save` combines them
 * into a Briffio pack and writes it in one transaction.
 */

export const IMPORT_FORMATS = ['pdf', 'text', 'pack'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Largest file Briffio imports. The browser-mode bridge accepts 64 MB request bodies and the file
 * travels as base64 (4 bytes for every 3), so 40 MB leaves room; the same limit applies in the
 * desktop app so the two behave alike. locales/{en,cy}/errors.json state this number.
 */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
/** Base64 length of the largest request the bridge accepts; anything longer is refused unread. */
export const MAX_IMPORT_BASE64_LENGTH = Math.ceil((64 * 1024 * 1024) / 4) * 4;

export const IMPORT_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** What is wrong with one field of a pack that fails the schema; the path is the field's name. */
export const PACK_PROBLEM_KINDS = ['missing', 'wrong_type', 'not_allowed', 'too_short', 'too_long', 'invalid', 'unknown_reference', 'duplicate'] as const;
export type PackProblemKind = (typeof PACK_PROBLEM_KINDS)[number];
export interface PackProblem {
  /** Dotted path of the field, e.g. "report.versions.0.title" (field names are not translated). */
  readonly path: string;
  readonly kind: PackProblemKind;
}

export interface ImportError {
  readonly code: ErrorCode;
  /** Developer-facing English detail; the interface shows the translation of `code`. */
  readonly message: string;
  /** For `import_invalid_pack`: the fields at fault. */
  readonly problems?: readonly PackProblem[];
}

export interface DraftMeasurement {
  readonly period: string;
  readonly dimension?: string;
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly target?: number;
  readonly face?: Face;
  readonly arrow?: Arrow;
  readonly provisional?: boolean;
  readonly pending?: boolean;
  readonly unavailable?: boolean;
  readonly role: MeasurementRole;
  readonly sectionKey?: string;
  readonly blockNumber?: string;
  readonly page?: number;
}

/** An indicator the library already holds, which this one's values will join. */
export interface IndicatorMatch {
  readonly indicatorId: number;
  readonly key: string;
  readonly code: string | null;
  readonly title: Bilingual;
  /** How it was matched: by its code, or (uncoded figures) by a title that says the same thing. */
  readonly by: 'code' | 'title' | 'key';
}

export interface DraftIndicator {
  /** Unique within the draft; the key `droppedIndicatorKeys` refers to. */
  readonly key: string;
  readonly code: string | null;
  /** Title as found, in the document's language (or the pack's titles). */
  readonly title: Partial<Bilingual>;
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly plan: Plan | null;
  readonly area: Bilingual | null;
  readonly measurements: readonly DraftMeasurement[];
  readonly match: IndicatorMatch | null;
}

export interface DraftKeyStat {
  readonly label: Partial<Bilingual>;
  readonly value: number;
  readonly unit: Unit;
  /** Draft indicator this headline figure is a value of, if any. */
  readonly indicatorKey: string | null;
  readonly page?: number;
}

export interface DraftVersion {
  readonly lang: Language;
  readonly title: string;
  readonly author?: string;
  readonly authorRole?: string;
  readonly signedOn?: string;
  readonly sections: readonly PackSection[];
}

/** A run of numbers from a chart that could not be tied to an indicator: shown, never saved. */
export interface UnmatchedSeries {
  readonly page: number | null;
  readonly values: readonly number[];
  readonly unit: Unit;
}

/** A report in the library that the imported file may be a new revision or language version of. */
export interface ReportCandidate {
  readonly reportId: number;
  readonly key: string;
  readonly title: Partial<Bilingual>;
  readonly period: string;
  readonly kind: ReportKind;
  readonly committeeKey: string;
  readonly meetingDate: string;
  readonly languages: readonly Language[];
  /** same_key: a pack with this report's key; same_report: same committee, period and kind. */
  readonly reason: 'same_key' | 'same_report';
}

export interface ImportIdentity {
  /** Council as printed (one or both languages); null when not found. */
  readonly council: Partial<Bilingual> | null;
  /** Committee name as printed. */
  readonly committeeName: string | null;
  /** Key of a library committee this matches (by name, in either language). */
  readonly committeeKey: string | null;
  readonly meetingDate: string | null;
  readonly period: string | null;
  /** The words the period was found in ("Quarter 2 2017/18", "as at 30th September 2017"). */
  readonly periodText: string | null;
  readonly kind: ReportKind;
}

export interface ImportDraft {
  readonly source: {
    readonly fileName: string;
    readonly format: ImportFormat;
    /** Pages of a PDF (or of a text with form feeds); null for a pack. */
    readonly pages: number | null;
    readonly bytes: number;
  };
  /** Language of the imported document (of its first version, for a pack). */
  readonly language: Language;
  readonly identity: ImportIdentity;
  readonly versions: readonly DraftVersion[];
  readonly indicators: readonly DraftIndicator[];
  readonly keyStats: readonly DraftKeyStat[];
  readonly dimensions: readonly PackDimension[];
  readonly unmatchedSeries: readonly UnmatchedSeries[];
  /** The pack's own report key, kept so a re-imported pack revises the same report. */
  readonly reportKey: string | null;
  /** A pack names its committee in full (key and both languages); text and PDFs do not. */
  readonly packCommittee: { readonly key: string; readonly name: Bilingual; readonly council: Bilingual } | null;
  /** Best guesses first. */
  readonly candidates: readonly ReportCandidate[];
}

export interface ImportProgress {
  readonly jobId: string;
  /** The file's name, as chosen (shown while it is read). */
  readonly fileName: string;
  readonly state: ImportState;
  readonly pagesDone: number;
  /** Known once a PDF is open; null for text and packs, and before then. */
  readonly pagesTotal: number | null;
  readonly draft?: ImportDraft;
  readonly error?: ImportError;
}

export interface ImportSaveResult {
  readonly reportId: number;
  /** False when the file became a new revision or a new language version of a library report. */
  readonly created: boolean;
  readonly lang: Language;
  readonly revision: number;
}

const keySchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(200);
const shortText = z.string().trim().min(1).max(300);

export const importStartInput = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  // Checked loosely here (the alphabet); the size limit is checked on the decoded bytes so an
  // oversized file gets its own translated reason rather than "invalid input".
  bytesBase64: z
    .string()
    .max(MAX_IMPORT_BASE64_LENGTH)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
});

export const importJobInput = z.strictObject({ jobId: z.string().uuid() });

export const importCorrectionsSchema = z.strictObject({
  period: z.string().refine(isPeriodKey, 'a period such as 2017-18.Q2').optional(),
  meetingDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  committee: z
    .discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('existing'), key: keySchema }),
      z.strictObject({
        mode: z.literal('new'),
        name: z.strictObject({ en: shortText.optional(), cy: shortText.optional() }),
        council: z.strictObject({ en: shortText.optional(), cy: shortText.optional() }),
      }),
    ])
    .optional(),
  reportKind: z.enum(REPORT_KINDS).optional(),
  title: shortText.optional(),
  /** Language of the imported document, when Briffio guessed wrong. */
  language: z.enum(['en', 'cy']).optional(),
  /** A new report, or a new revision / language version of a report in the library. */
  target: z
    .discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('new') }),
      z.strictObject({ mode: z.literal('existing'), reportId: z.number().int().positive() }),
    ])
    .optional(),
  droppedIndicatorKeys: z.array(z.string().min(1).max(200)).max(5000).default([]),
});
export type ImportCorrections = z.output<typeof importCorrectionsSchema>;
export type ImportCorrectionsInput = z.input<typeof importCorrectionsSchema>;

export const importSaveInput = z.strictObject({ jobId: z.string().uuid(), corrections: importCorrectionsSchema });
