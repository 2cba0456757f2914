/**
 * Every call across a process boundary answers with a Result, so errors cross intact and the
 * renderer can choose a translated message by `code` (never by parsing English text).
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_call',
  'forbidden',
  'not_found',
  'conflict',
  'database_newer',
  'database_corrupt',
  'disk_full',
  'read_only',
  'internal',
  // This host cannot do what was asked (e.g. saving a PDF in browser mode); the page offers its own way.
  'unavailable',
  // Importing a report (electron/import): one clear reason each, and nothing is written.
  'import_too_large',
  'import_empty',
  'import_unsupported',
  'import_not_pdf',
  'import_encrypted',
  'import_no_text',
  'import_damaged',
  'import_truncated',
  'import_invalid_pack',
  'import_incomplete',
  // A file the operating system asked Briffio to open that is missing, moved or not readable.
  'import_unreadable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  readonly code: ErrorCode;
  /** Developer-facing detail (English); the UI shows the translation of `code` instead. */
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** Thrown inside services to answer with a specific error code. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
