import { z } from 'zod';
import { parseIsoDate } from './format';
import { LANGUAGES } from './languages';
import { isPeriodKey } from './period';
import { ADDRESSEES, LIST_CHANGES, PRIORITIES, QUESTION_LIMITS, SETTABLE_STATUSES } from './question-model';

/**
 * Input schemas of the question-list calls (meetings.*, questions.*), named in shared/contract.ts.
 * Kept apart from question-model.ts so screens that only need the vocabulary do not bundle zod.
 */

const id = z.number().int().positive();
/** Questions and annotations use text UUIDs (001-initial-schema). */
export const textId = z.string().regex(/^[0-9A-Za-z-]{8,64}$/, 'an id');
const sectionKey = z.string().min(1).max(200);
const period = z.string().refine(isPeriodKey, 'a period such as 2017-18.Q2 or 2018-19.FY');
/** A breakdown key; absent or empty for the headline figure. */
const dimension = z.string().max(200);
const quote = z.string().trim().min(1).max(QUESTION_LIMITS.quote);
const blockIndex = z.number().int().min(0).max(100000);
const blockNumber = z.string().trim().min(1).max(20);
const isoDate = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && parseIsoDate(value) !== null, 'a date written YYYY-MM-DD');

/**
 * Where a question's evidence comes from. Everything is named by stable keys (report, section key,
 * block place, indicator, period), never by row ids that a re-imported report replaces.
 */
export const evidenceInput = z.union([
  /** A whole report. */
  z.strictObject({ kind: z.literal('report'), reportId: id }),
  /** A section of a report ("Detailed commentary"). */
  z.strictObject({ kind: z.literal('section'), reportId: id, sectionKey }),
  /** A paragraph or list item, or words selected in it; located by place, number and/or the words. */
  z
    .strictObject({
      kind: z.literal('passage'),
      reportId: id,
      sectionKey,
      blockIndex: blockIndex.optional(),
      blockNumber: blockNumber.optional(),
      lang: z.enum(LANGUAGES).optional(),
      quote: quote.optional(),
    })
    .refine((p) => p.blockIndex !== undefined || p.blockNumber !== undefined || p.quote !== undefined, 'blockIndex, blockNumber or quote'),
  /** An indicator card: the figure for `period` (the report's own period when absent). */
  z.strictObject({ kind: z.literal('indicator'), reportId: id, indicatorId: id, period: period.optional(), dimension: dimension.optional() }),
  /** One of the councillor's annotations. */
  z.strictObject({ kind: z.literal('annotation'), annotationId: textId }),
  /** A "what changed" figure: `period`'s value against `comparePeriod`'s. */
  z.strictObject({
    kind: z.literal('change'),
    reportId: id,
    indicatorId: id,
    period,
    comparePeriod: period,
    dimension: dimension.optional(),
  }),
  /**
   * A "what changed" list item: new in `reportId` compared with `comparedReportId` ("added"), or
   * listed in `reportId` and gone from the later `comparedReportId` ("removed"). The item itself
   * is located in `reportId`, like a passage.
   */
  z
    .strictObject({
      kind: z.literal('change'),
      listChange: z.enum(LIST_CHANGES),
      reportId: id,
      comparedReportId: id,
      sectionKey,
      blockIndex: blockIndex.optional(),
      blockNumber: blockNumber.optional(),
      lang: z.enum(LANGUAGES).optional(),
      quote: quote.optional(),
    })
    .refine((p) => p.blockIndex !== undefined || p.blockNumber !== undefined || p.quote !== undefined, 'blockIndex, blockNumber or quote'),
]);
export type EvidenceInput = z.output<typeof evidenceInput>;

const questionText = z.string().max(QUESTION_LIMITS.text);
const addressedRole = z.string().trim().max(QUESTION_LIMITS.addressedRole).nullable();

export const meetingsListInput = z.strictObject({ committeeId: id.optional() });
export const meetingsCreateInput = z.strictObject({ committeeId: id, date: isoDate });
export const questionsListInput = z.strictObject({ meetingId: id });

export const questionsCreateInput = z.strictObject({
  meetingId: id,
  /** May start empty: "Add a question about this" creates the question, then the councillor types. */
  text: questionText,
  addressedTo: z.enum(ADDRESSEES),
  addressedRole: addressedRole.optional(),
  priority: z.enum(PRIORITIES).optional(),
  evidence: z.array(evidenceInput).max(QUESTION_LIMITS.evidencePerQuestion).optional(),
});
export type QuestionCreateInput = z.output<typeof questionsCreateInput>;

/** The autosave target: any of the fields, at least one. */
export const questionsUpdateInput = z
  .strictObject({
    id: textId,
    text: questionText.optional(),
    addressedTo: z.enum(ADDRESSEES).optional(),
    addressedRole: addressedRole.optional(),
    priority: z.enum(PRIORITIES).optional(),
    status: z.enum(SETTABLE_STATUSES).optional(),
    answerNotes: z.string().max(QUESTION_LIMITS.answerNotes).optional(),
  })
  .refine((patch) => Object.keys(patch).some((key) => key !== 'id'), 'at least one field to change');
export type QuestionUpdateInput = z.output<typeof questionsUpdateInput>;

/** To a place in the list (0-based; clamped to the list), or one step up or down. */
export const questionsMoveInput = z.union([
  z.strictObject({ id: textId, toIndex: z.number().int().min(0).max(100000) }),
  z.strictObject({ id: textId, direction: z.enum(['up', 'down']) }),
]);
export type QuestionMoveInput = z.output<typeof questionsMoveInput>;

export const questionIdInput = z.strictObject({ id: textId });
export const questionsAddEvidenceInput = z.strictObject({ questionId: textId, evidence: evidenceInput });
export const questionsRemoveEvidenceInput = z.strictObject({ questionId: textId, evidenceId: id });
export const questionsCarryForwardInput = z
  .strictObject({ fromMeetingId: id, toMeetingId: id })
  .refine((input) => input.fromMeetingId !== input.toMeetingId, 'two different meetings');
export const questionsExportInput = z.strictObject({
  meetingId: id,
  format: z.enum(['markdown', 'text']),
  language: z.enum(LANGUAGES),
});
export type QuestionExportInput = z.output<typeof questionsExportInput>;

/** The list as a PDF file the councillor saves (the desktop app only); the words in `language`. */
export const questionsSavePdfInput = z.strictObject({ meetingId: id, language: z.enum(LANGUAGES) });
export type QuestionSavePdfInput = z.output<typeof questionsSavePdfInput>;
/** Saved under `fileName` (the name alone, not the folder), or the councillor cancelled the save dialog. */
export type QuestionPdfSaved = { readonly saved: true; readonly fileName: string } | { readonly saved: false };
