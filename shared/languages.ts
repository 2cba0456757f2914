/** The interface and content languages Briffio supports. English is the source language. */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'cy';
}

/** Text held in both languages; Welsh may be missing on imported content until translated. */
export interface Bilingual {
  readonly en: string;
  readonly cy: string;
}

/** Picks the text in `lang`, falling back to the other language rather than showing nothing. */
export function pick(text: Readonly<Partial<Bilingual>>, lang: Language): string {
  return text[lang] ?? text[lang === 'en' ? 'cy' : 'en'] ?? '';
}
