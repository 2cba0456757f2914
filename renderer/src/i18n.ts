import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/languages';
import { describeKeyMismatches, type LocaleTree } from './text/localeKeys';
import { PSEUDO_POST_PROCESSOR, pseudoLocalise } from './text/pseudoLocale';

/**
 * The renderer's i18next instance. Every translation is bundled (one JSON file per namespace per
 * language under /locales), so there is no backend, no network and no waiting: `init` is
 * synchronous and the first render already has the saved language.
 */

/** Namespaces the renderer uses; `useText` asks for all of them so `t('report:…')` is typed. */
export const NAMESPACES = ['common', 'annotations', 'library', 'report', 'dates', 'errors', 'indicators', 'charts', 'about', 'search', 'import', 'questions'] as const;

type LocaleModule = { readonly default: LocaleTree };

function loadResources(): Record<string, Record<string, LocaleTree>> {
  const modules = import.meta.glob<LocaleModule>('../../locales/*/*.json', { eager: true });
  const resources: Record<string, Record<string, LocaleTree>> = {};
  for (const [path, module] of Object.entries(modules)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    (resources[language] ??= {})[namespace] = module.default;
  }
  return resources;
}

function warnAboutMissingKeys(resources: Record<string, Record<string, LocaleTree>>): void {
  for (const problem of describeKeyMismatches(resources)) console.warn(`[i18n] ${problem}`);
}

export function initI18n(language: Language, options: { pseudo?: boolean } = {}): I18n {
  const resources = loadResources();
  if (import.meta.env.DEV) warnAboutMissingKeys(resources);
  if (options.pseudo) {
    i18next.use({ type: 'postProcessor', name: PSEUDO_POST_PROCESSOR, process: (value: string) => pseudoLocalise(value) });
  }
  void i18next.use(initReactI18next).init({
    ...(options.pseudo ? { postProcess: [PSEUDO_POST_PROCESSOR] } : {}),
    resources,
    lng: language,
    supportedLngs: [...LANGUAGES],
    // A key missing in Welsh shows English rather than a raw key; the development check above and
    // locales.test.ts make sure that never reaches a release.
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    returnNull: false,
    // React escapes text itself; i18next's escaping would also turn "2017/18" into "2017&#x2F;18".
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (languages, namespace, key) => {
      console.warn(`[i18n] missing key ${namespace}:${key} (${languages.join(', ')})`);
    },
  });
  return i18next;
}
