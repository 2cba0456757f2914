import type { SearchGroupName } from '../../../shared/search';
import type { Language } from '../../../shared/languages';

/** Translation keys chosen by value, written out so every key stays a literal the types check. */

export const GROUP_LABEL_KEYS = {
  reports: 'search:group.reports',
  indicators: 'search:group.indicators',
  notes: 'search:group.notes',
  questions: 'search:group.questions',
} as const satisfies Record<SearchGroupName, string>;

export const IN_LANGUAGE_KEYS = {
  en: 'search:hit.inLanguage.en',
  cy: 'search:hit.inLanguage.cy',
} as const satisfies Record<Language, string>;
