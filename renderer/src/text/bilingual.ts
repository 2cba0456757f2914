import type { Bilingual, Language } from '../../../shared/languages';

export interface PickedText {
  readonly text: string;
  /** The language the text is actually in, for the `lang` attribute. */
  readonly lang: Language;
}

/**
 * Text in the interface language, falling back to the other language, with the language it came
 * from so the element can carry the right `lang` (screen readers then pronounce it correctly).
 */
export function pickText(text: Readonly<Partial<Bilingual>>, language: Language): PickedText | null {
  const other: Language = language === 'en' ? 'cy' : 'en';
  const preferred = text[language]?.trim();
  if (preferred) return { text: preferred, lang: language };
  const fallback = text[other]?.trim();
  if (fallback) return { text: fallback, lang: other };
  return null;
}

/** The `lang` attribute to set on an element whose text is in `textLanguage`, or undefined if inherited. */
export function langIfDifferent(textLanguage: Language, surrounding: Language): Language | undefined {
  return textLanguage === surrounding ? undefined : textLanguage;
}
