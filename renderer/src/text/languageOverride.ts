import { isLanguage, type Language } from '../../../shared/languages';

/**
 * `?lang=en` or `?lang=cy` in the page's address: show the page in that language without saving
 * it as a setting (and without the first-run welcome). The desktop app's hidden print window uses
 * it so a PDF is in the language the councillor asked for (electron/main/pdf-export.ts).
 */
export function languageOverride(search: string): Language | null {
  const value = new URLSearchParams(search).get('lang');
  return isLanguage(value) ? value : null;
}
