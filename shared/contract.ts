import { z } from 'zod';
import type { AppInfo, LibraryView, ReportView, Settings } from './domain';
import type { IndicatorDetailView, IndicatorListView } from './indicators';
import { importJobInput, importSaveInput, importStartInput, type ImportProgress, type ImportSaveResult } from './import';
import type { Pack } from './pack';
import { isPeriodKey } from './period';
import { MAX_SEARCH_LIMIT, MAX_SEARCH_TEXT, type SearchRebuildOutcome, type SearchResults } from './search';
import { TEXT_SIZES, THEMES } from './domain';
import {
  meetingsCreateInput,
  meetingsListInput,
  questionIdInput,
  questionsAddEvidenceInput,
  questionsCarryForwardInput,
  questionsCreateInput,
  questionsExportInput,
  questionsSavePdfInput,
  type QuestionPdfSaved,
  questionsListInput,
  questionsMoveInput,
  questionsRemoveEvidenceInput,
  questionsUpdateInput,
} from './question-contract';
import type {
  CarryForwardResult,
  MeetingCreated,
  MeetingOverview,
  QuestionDeleted,
  QuestionListView,
  QuestionMoved,
  QuestionRecord,
  QuestionView,
} from './question-model';
import type { Result } from './result';
import type { CallName } from './calls';
import {
  annotationIdInput,
  annotationsCreateInput,
  annotationsExportDocumentInput,
  annotationsImportInput,
  annotationsListAllInput,
  annotationsListInput,
  annotationsUpdateInput,
  type Annotation,
  type AnnotationImportResult,
  type AnnotationListItem,
  type DeletedAnnotation,
  type DownloadFile,
  type W3CAnnotationCollection,
} from './annotation-model';
import { backupRestoreInput, isAbsoluteFolderPath, type BackupDocument, type BackupRestoreResult, type BackupStatus } from './backup-model';

export { CALL_NAMES, PRELOAD_GLOBAL, httpPath, ipcChannel, isCallName, type CallName } from './calls';

/**
 * The one place that names every call between the renderer and the main process, with its input
 * schema and result type. The preload API, the renderer client, the Electron IPC handlers and the
 * browser-mode HTTP bridge are all derived from this object: add a call here and every side
 * either implements it or fails to typecheck.
 */
function call<Input extends z.ZodType>(input: Input) {
  return {
    returns<ResultValue>() {
      // `result` is a type-only marker: the value is never read at run time.
      return { input, result: undefined as unknown as ResultValue };
    },
  };
}

const noInput = z.strictObject({});
const id = z.number().int().positive();

export const contract = {
  'app.info': call(noInput).returns<AppInfo>(),
  /** Shows the data folder in the system's file manager (the folder is the host's own, never the page's). */
  'app.openDataFolder': call(noInput).returns<null>(),
  'library.get': call(noInput).returns<LibraryView>(),
  'report.get': call(z.strictObject({ reportId: id })).returns<ReportView>(),
  'settings.get': call(noInput).returns<Settings>(),
  'settings.update': call(
    z
      .strictObject({
        language: z.enum(['en', 'cy']).optional(),
        languageChosen: z.boolean().optional(),
        textSize: z.enum(TEXT_SIZES).optional(),
        theme: z.enum(THEMES).optional(),
        // Where rolling backups go: an absolute folder path, or null for the data folder's own.
        backupFolder: z.string().refine(isAbsoluteFolderPath, 'an absolute folder path').nullable().optional(),
      })
      .refine((patch) => Object.keys(patch).length > 0, 'at least one setting'),
  ).returns<Settings>(),
  'indicators.list': call(noInput).returns<IndicatorListView>(),
  'indicator.get': call(z.strictObject({ indicatorId: id })).returns<IndicatorDetailView>(),
  // Importing: start reading a file, poll its progress (pages), cancel, or save it after review.
  'import.start': call(importStartInput).returns<{ jobId: string }>(),
  'import.progress': call(importJobInput).returns<ImportProgress>(),
  'import.cancel': call(importJobInput).returns<ImportProgress>(),
  'import.save': call(importSaveInput).returns<ImportSaveResult>(),
  /** A stored report as a Briffio pack (the format import reads), newest revision of each language. */
  'report.exportPack': call(z.strictObject({ reportId: id })).returns<Pack>(),
  // Search everything as you type (shared/search-query.ts reads the text); rebuild for recovery.
  'search.query': call(
    z.strictObject({
      text: z.string().max(MAX_SEARCH_TEXT),
      committeeId: id.optional(),
      period: z.string().refine(isPeriodKey, 'a period such as 2017-18.Q2').optional(),
      limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
    }),
  ).returns<SearchResults>(),
  'search.rebuild': call(noInput).returns<SearchRebuildOutcome>(),
  // Question lists (schemas in question-contract.ts): meetings newest first, with report and question counts;
  // a meeting not in the library yet (an existing one on that date is returned, created: false).
  'meetings.list': call(meetingsListInput).returns<readonly MeetingOverview[]>(),
  'meetings.create': call(meetingsCreateInput).returns<MeetingCreated>(),
  'questions.list': call(questionsListInput).returns<QuestionListView>(),
  /** Evidence is snapshotted as it reads now; answers not_found when a source is not in the library. */
  'questions.create': call(questionsCreateInput).returns<QuestionView>(),
  /** The autosave target: writes one row and answers with its fields (no evidence). */
  'questions.update': call(questionsUpdateInput).returns<QuestionRecord>(),
  'questions.move': call(questionsMoveInput).returns<QuestionMoved>(),
  /** Soft delete; questions.restore undoes it. */
  'questions.delete': call(questionIdInput).returns<QuestionDeleted>(),
  'questions.restore': call(questionIdInput).returns<QuestionView>(),
  'questions.addEvidence': call(questionsAddEvidenceInput).returns<QuestionView>(),
  'questions.removeEvidence': call(questionsRemoveEvidenceInput).returns<QuestionView>(),
  /** Copies the unanswered questions to a later meeting of the same committee; conflict otherwise. */
  'questions.carryForward': call(questionsCarryForwardInput).returns<CarryForwardResult>(),
  /** The list as Markdown or plain text in the language asked for. */
  'questions.export': call(questionsExportInput).returns<string>(),
  /**
   * Saves the list as a PDF, through the print view and a save dialog. Answers `unavailable` on a host
   * that cannot (browser mode, where the page prints itself with the same print stylesheet).
   */
  'questions.savePdf': call(questionsSavePdfInput).returns<QuestionPdfSaved>(),
  // Private annotations (issue #4): positions only come in; quotes are cut from the stored text.
  'annotations.list': call(annotationsListInput).returns<Annotation[]>(),
  'annotations.listAll': call(annotationsListAllInput).returns<AnnotationListItem[]>(),
  'annotations.create': call(annotationsCreateInput).returns<Annotation>(),
  'annotations.update': call(annotationsUpdateInput).returns<Annotation>(),
  'annotations.delete': call(annotationIdInput).returns<DeletedAnnotation>(),
  'annotations.restore': call(annotationIdInput).returns<Annotation>(),
  'annotations.exportW3C': call(noInput).returns<DownloadFile<W3CAnnotationCollection>>(),
  'annotations.exportDocument': call(annotationsExportDocumentInput).returns<DownloadFile<string>>(),
  'annotations.importW3C': call(annotationsImportInput).returns<AnnotationImportResult>(),
  // Backups of all private data: a download, a restore, and the automatic rolling backups.
  'backup.export': call(noInput).returns<DownloadFile<BackupDocument>>(),
  'backup.restore': call(backupRestoreInput).returns<BackupRestoreResult>(),
  'backup.status': call(noInput).returns<BackupStatus>(),
  'backup.runNow': call(noInput).returns<BackupStatus>(),
} as const satisfies Record<CallName, unknown>;

export type Contract = typeof contract;
/** Fails to compile when calls.ts and this contract name different calls. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const CONTRACT_MATCHES_CALL_NAMES: SameKeys<keyof Contract, CallName> = true;
/** What a sender passes (before defaults are applied). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a handler receives (after validation). */
export type CallArgs<N extends CallName> = z.output<Contract[N]['input']>;
export type CallResult<N extends CallName> = Contract[N]['result'];

/** The API the preload exposes as `window.briffio`: one function per call. */
export type BriffioApi = {
  readonly [N in CallName]: (input: CallInput<N>) => Promise<Result<CallResult<N>>>;
};

/** The main-side handler table: one function per call, given validated input. */
export type Handlers = {
  readonly [N in CallName]: (input: CallArgs<N>) => CallResult<N> | Promise<CallResult<N>>;
};
