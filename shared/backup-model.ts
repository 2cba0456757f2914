import { z } from 'zod';
import {
  annotationIdSchema,
  ANCHOR_STATES,
  bodySchema,
  colourSchema,
  describeProblems,
  fileDocumentInput,
  tagsSchema,
  type FileRejected,
  type SkippedItem,
} from './annotation-model';
import { TEXT_SIZES, THEMES } from './domain';

/**
 * A backup of everything private — annotations (with tags), questions (with their evidence) and
 * settings — as one versioned JSON document. The same document is what `backup.export` hands the
 * renderer to download, and what the rolling backups write to the backup folder each day.
 *
 * Reports are not in it: they are the council's published papers, and the sample library is
 * bundled. Private data refers to them by stable keys (report key, committee key + meeting date,
 * indicator key), never by this laptop's row ids, so a backup restores into a fresh library.
 * Items whose report or meeting is missing there are skipped with the key they need, and
 * restoring the same file again after importing that report brings them in (restore merges by id).
 */

export const BACKUP_FORMAT = 'briffio-backup';
export const BACKUP_VERSION = 1;
/** Rolling backups are named by the calendar day they were made: briffio-backup-2026-01-31.json. */
export const ROLLING_BACKUP_PREFIX = 'briffio-backup-';
export const ROLLING_BACKUPS_KEPT = 7;

const isoDateTime = z.iso.datetime({ offset: true });
const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a key (lowercase letters, digits, hyphens)');
const language = z.enum(['en', 'cy']);
const offset = z.number().int().min(0);

const backupTarget = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('text'),
    lang: language,
    sectionKey: key,
    start: offset,
    end: offset,
    exact: z.string().min(1).max(100_000),
    prefix: z.string().max(1000),
    suffix: z.string().max(1000),
  }),
  z.strictObject({ kind: z.literal('section'), lang: language, sectionKey: key, heading: z.string().max(10_000) }),
  // `indicator`: the indicator's key, or its printed code when the key was lost.
  z.strictObject({ kind: z.literal('indicator'), indicator: z.string().min(1).max(200), label: z.string().max(200) }),
]);

export const backupAnnotationSchema = z.strictObject({
  id: annotationIdSchema,
  reportKey: key,
  target: backupTarget,
  anchorState: z.enum(ANCHOR_STATES),
  colour: colourSchema,
  body: bodySchema,
  tags: tagsSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deletedAt: isoDateTime.nullable(),
});
export type BackupAnnotation = z.output<typeof backupAnnotationSchema>;

/** A stored value: SQLite's STRICT column types. */
const scalar = z.union([z.string().max(1_000_000), z.number().finite(), z.null()]);
const columnName = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a column name');

/**
 * A row of a table that points at library rows by id, written with those ids replaced by stable
 * keys. Questions are stored generically (every column as stored, references as keys) because
 * their schema belongs to the questions area and grows with it: a backup must not silently miss
 * a column added later.
 */
export const referenceSchema = z.discriminatedUnion('table', [
  z.strictObject({ table: z.literal('reports'), report: key }),
  z.strictObject({ table: z.literal('meetings'), committee: key, date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  z.strictObject({ table: z.literal('indicators'), indicator: key }),
  z.strictObject({ table: z.literal('measurements'), indicator: key, period: z.string().max(20), dimension: z.string().max(200), report: key }),
]);
export type BackupReference = z.output<typeof referenceSchema>;

export const backupRowSchema = z.strictObject({
  columns: z.record(columnName, scalar),
  references: z.record(columnName, referenceSchema),
});
export type BackupRow = z.output<typeof backupRowSchema>;

export const backupQuestionSchema = backupRowSchema
  .extend({ evidence: z.array(backupRowSchema).max(1000) })
  .refine(
    (question) => typeof question.columns['id'] === 'string' && typeof question.columns['updated_at'] === 'string' && !Number.isNaN(Date.parse(question.columns['updated_at'])),
    'a question needs a text id and an updated_at time',
  );
export type BackupQuestion = z.output<typeof backupQuestionSchema>;

/** The councillor's settings; the backup folder is left out (it names a place on one machine). */
export const backupSettingsSchema = z.strictObject({
  language,
  languageChosen: z.boolean(),
  textSize: z.enum(TEXT_SIZES),
  theme: z.enum(THEMES),
});

export const backupDocumentSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: isoDateTime,
  appVersion: z.string().max(100),
  schemaVersion: z.number().int().min(1),
  data: z.strictObject({
    settings: backupSettingsSchema,
    annotations: z.array(backupAnnotationSchema).max(1_000_000),
    questions: z.array(backupQuestionSchema).max(1_000_000),
  }),
});
export type BackupDocument = z.output<typeof backupDocumentSchema>;

export interface RestoreCounts {
  readonly imported: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface BackupRestoreSummary {
  readonly outcome: 'restored';
  readonly annotations: RestoreCounts & { readonly unplaced: number };
  readonly questions: RestoreCounts;
  readonly settingsRestored: boolean;
  readonly skipped: readonly SkippedItem[];
}

export type BackupRestoreResult = BackupRestoreSummary | FileRejected;

/** Why the last automatic backup failed; the UI translates each (annotations:backup.error.*). */
export const BACKUP_ERROR_CODES = ['folder_missing', 'not_a_folder', 'read_only', 'disk_full', 'internal'] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

export interface BackupFileInfo {
  readonly name: string;
  /** When the file was last written (ISO-8601 UTC). */
  readonly createdAt: string;
  readonly size: number;
}

export interface BackupStatus {
  /** Where rolling backups go: the chosen folder, or `backups` in the data folder. */
  readonly folder: string;
  readonly isDefaultFolder: boolean;
  readonly lastBackupAt: string | null;
  /** The last attempt's failure; null once a backup succeeds again. */
  readonly lastError: { readonly code: BackupErrorCode; readonly at: string } | null;
  /** Newest first. */
  readonly files: readonly BackupFileInfo[];
}

/**
 * Whether `value` is an absolute path on Windows (C:\…, \\server\share) or POSIX (/…). Pure,
 * because shared/ has no `path`: the settings schema and the stored-settings reader both use it.
 */
export function isAbsoluteFolderPath(value: string): boolean {
  if (value.length === 0 || value.length > 4096 || value.includes('\0')) return false;
  return value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || /^\\\\[^\\]+\\[^\\]+/.test(value);
}

/** `backup.restore`: the backup file's JSON, or its text. */
export const backupRestoreInput = z.strictObject({ document: fileDocumentInput });

export type ParsedBackup =
  | { readonly ok: true; readonly document: BackupDocument }
  | { readonly ok: false; readonly reason: FileRejected['reason']; readonly problems: readonly string[] };

/**
 * Checks a whole backup file before anything is restored: that it is JSON, is a Briffio backup,
 * is not from a newer Briffio, and that every item in it is well formed.
 */
export function parseBackupDocument(input: unknown): ParsedBackup {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input) as unknown;
    } catch {
      return { ok: false, reason: 'not_json', problems: ['The file is not JSON'] };
    }
  }
  if (json === null || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'wrong_format', problems: [`Not a ${BACKUP_FORMAT} document`] };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return { ok: false, reason: 'newer_version', problems: [`Backup version ${version}; this Briffio reads version ${BACKUP_VERSION}`] };
  }
  const parsed = backupDocumentSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'invalid', problems: describeProblems(parsed.error) };
  return { ok: true, document: parsed.data };
}
