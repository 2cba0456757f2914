import type { SectionKind } from '../../../shared/domain';
import type { ImportFormat, PackProblemKind } from '../../../shared/import';
import type { Language } from '../../../shared/languages';

/** Translation keys chosen by value, written out so every key stays a literal the type checker sees. */

export const FORMAT_KEYS = {
  pdf: 'import:review.format.pdf',
  text: 'import:review.format.text',
  pack: 'import:review.format.pack',
} as const satisfies Record<ImportFormat, string>;

export const SECTION_KIND_KEYS = {
  numbered: 'import:review.sections.kind.numbered',
  narrative: 'import:review.sections.kind.narrative',
  signs_of_safety: 'import:review.sections.kind.signs_of_safety',
  indicators: 'import:review.sections.kind.indicators',
  key_stats: 'import:review.sections.kind.key_stats',
  signature: 'import:review.sections.kind.signature',
} as const satisfies Record<SectionKind, string>;

export const PROBLEM_KEYS = {
  missing: 'import:failed.problem.missing',
  wrong_type: 'import:failed.problem.wrong_type',
  not_allowed: 'import:failed.problem.not_allowed',
  too_short: 'import:failed.problem.too_short',
  too_long: 'import:failed.problem.too_long',
  invalid: 'import:failed.problem.invalid',
  unknown_reference: 'import:failed.problem.unknown_reference',
  duplicate: 'import:failed.problem.duplicate',
} as const satisfies Record<PackProblemKind, string>;

export const REVISION_KEYS = {
  en: 'import:review.target.revision.en',
  cy: 'import:review.target.revision.cy',
} as const satisfies Record<Language, string>;

export const TRANSLATION_KEYS = {
  en: 'import:review.target.translation.en',
  cy: 'import:review.target.translation.cy',
} as const satisfies Record<Language, string>;
