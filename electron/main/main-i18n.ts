import path from 'node:path';
import type { Language } from '../../shared/languages';
import { createLocaleTranslator, loadLocaleCatalog, type Catalog as LocaleCatalog, type Log, type Translate } from '../core/locale-catalog';

/**
 * Translations for the main process (menus, dialogs, the window title), read from the same
 * locales/ files the renderer uses so both sides say the same thing. The loader and translator
 * live in electron/core/locale-catalog.ts (also used by the exports, which run outside
 * electron/main); this module fixes the namespaces the menus and dialogs need.
 */

export type { Log, Translate } from '../core/locale-catalog';

export const MAIN_NAMESPACES = ['menu', 'common'] as const;
export type MainNamespace = (typeof MAIN_NAMESPACES)[number];

/** Keys without a `namespace:` prefix are looked up here. */
const DEFAULT_NAMESPACE: MainNamespace = 'menu';

export type Catalog = LocaleCatalog<MainNamespace>;

/** Reads locales/{en,cy}/{menu,common}.json under `appRoot`. */
export function loadCatalog(appRoot: string, log: Log = console.warn): Catalog {
  return loadLocaleCatalog(path.join(appRoot, 'locales'), MAIN_NAMESPACES, log);
}

/**
 * A translator for one language; a key missing in Welsh falls back to English, and a key missing
 * everywhere returns the key and is logged once (see createLocaleTranslator).
 */
export function createTranslator(catalog: Catalog, language: Language, log: Log = console.warn): Translate {
  return createLocaleTranslator(catalog, language, { defaultNamespace: DEFAULT_NAMESPACE, log });
}

/**
 * The language for messages shown before the saved settings can be read (e.g. the database cannot
 * be opened): the first of the system's preferred languages that Briffio speaks, else English.
 * Preference order matters: many Welsh speakers run an English OS with Welsh as a second choice,
 * and a Welsh-first list must not be overridden by a later English entry.
 */
export function languageFromSystem(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'cy' || primary === 'en') return primary;
  }
  return 'en';
}
