import type { ReportKind } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import type { ErrorCode } from '../../../shared/result';
import { ERROR_CODES } from '../../../shared/result';

/** Translation keys chosen by value. Written out in full so every key stays a literal. */

export const REPORT_KIND_KEYS = {
  cover: 'common:kind.cover',
  performance: 'common:kind.performance',
} as const satisfies Record<ReportKind, string>;

export const LANGUAGE_NAME_KEYS = {
  en: 'common:language.en',
  cy: 'common:language.cy',
} as const satisfies Record<Language, string>;

export const ONLY_IN_KEYS = {
  en: 'report:onlyIn.en',
  cy: 'report:onlyIn.cy',
} as const satisfies Record<Language, string>;

export const SHOW_VERSION_KEYS = {
  en: 'report:showVersion.en',
  cy: 'report:showVersion.cy',
} as const satisfies Record<Language, string>;

export const ERROR_MESSAGE_KEYS = {
  invalid_input: 'errors:code.invalid_input',
  unknown_call: 'errors:code.unknown_call',
  forbidden: 'errors:code.forbidden',
  not_found: 'errors:code.not_found',
  conflict: 'errors:code.conflict',
  database_newer: 'errors:code.database_newer',
  database_corrupt: 'errors:code.database_corrupt',
  disk_full: 'errors:code.disk_full',
  read_only: 'errors:code.read_only',
  internal: 'errors:code.internal',
  unavailable: 'errors:code.unavailable',
  import_too_large: 'errors:code.import_too_large',
  import_empty: 'errors:code.import_empty',
  import_unsupported: 'errors:code.import_unsupported',
  import_not_pdf: 'errors:code.import_not_pdf',
  import_encrypted: 'errors:code.import_encrypted',
  import_no_text: 'errors:code.import_no_text',
  import_damaged: 'errors:code.import_damaged',
  import_truncated: 'errors:code.import_truncated',
  import_invalid_pack: 'errors:code.import_invalid_pack',
  import_incomplete: 'errors:code.import_incomplete',
  import_unreadable: 'errors:code.import_unreadable',
} as const satisfies Record<ErrorCode, string>;

/** The message key for an error code; codes this build does not know read as "internal". */
export function errorMessageKey(code: string): (typeof ERROR_MESSAGE_KEYS)[ErrorCode] {
  const known = (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'internal';
  return ERROR_MESSAGE_KEYS[known];
}

/** "English and Welsh", "English only", "Welsh only" for the language versions a report has. */
export function versionsKey(
  languages: readonly Language[],
): 'common:versions.both' | 'common:versions.en' | 'common:versions.cy' | 'common:versions.none' {
  const hasEnglish = languages.includes('en');
  const hasWelsh = languages.includes('cy');
  if (hasEnglish && hasWelsh) return 'common:versions.both';
  if (hasEnglish) return 'common:versions.en';
  if (hasWelsh) return 'common:versions.cy';
  return 'common:versions.none';
}
