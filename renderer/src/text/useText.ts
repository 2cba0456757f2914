import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../../shared/languages';
import { NAMESPACES } from '../i18n';

/** The `t` every component uses: keys are written in full ("report:back") and checked by type. */
export type Translate = TFunction<typeof NAMESPACES>;

export interface Text {
  readonly t: Translate;
  /** The interface language, en or cy. */
  readonly language: Language;
  readonly changeLanguage: (language: Language) => Promise<unknown>;
}

/** `useTranslation` over all namespaces, plus the current interface language as a `Language`. */
export function useText(): Text {
  const { t, i18n } = useTranslation(NAMESPACES);
  const current = i18n.resolvedLanguage ?? i18n.language;
  return {
    t,
    language: isLanguage(current) ? current : 'en',
    changeLanguage: (language) => i18n.changeLanguage(language),
  };
}
