import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '../../shared/languages';

/**
 * Translations for the main process (menus, dialogs, the window title), read from the same
 * locales/ files the renderer uses so both sides say the same thing.
 *
 * Plain fs + JSON rather than i18next: main needs only lookup and `{{name}}` interpolation (no
 * plurals, no React), and this keeps it synchronous, which matters when a startup-failure dialog
 * must be shown before anything else has loaded.
 */

export const MAIN_NAMESPACES = ['menu', 'common'] as const;
export type MainNamespace = (typeof MAIN_NAMESPACES)[number];

/** Keys without a `namespace:` prefix are looked up here. */
const DEFAULT_NAMESPACE: MainNamespace = 'menu';

export type Catalog = Readonly<Record<Language, Readonly<Record<MainNamespace, unknown>>>>;

export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

export type Log = (message: string) => void;

function readNamespace(file: string, log: Log): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    // A missing or broken locale file must not stop the app from starting: lookups fall back to
    // English and then to the key, and the log says why.
    log(`briffio: could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return {};
  }
}

/** Reads locales/{en,cy}/{menu,common}.json under `appRoot`. */
export function loadCatalog(appRoot: string, log: Log = console.warn): Catalog {
  const catalog = {} as Record<Language, Record<MainNamespace, unknown>>;
  for (const language of LANGUAGES) {
    const namespaces = {} as Record<MainNamespace, unknown>;
    for (const ns of MAIN_NAMESPACES) {
      namespaces[ns] = readNamespace(path.join(appRoot, 'locales', language, `${ns}.json`), log);
    }
    catalog[language] = namespaces;
  }
  return catalog;
}

function lookup(tree: unknown, dottedKey: string): string | undefined {
  let node: unknown = tree;
  for (const part of dottedKey.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function splitKey(key: string): [MainNamespace, string] {
  const colon = key.indexOf(':');
  if (colon > 0) {
    const ns = key.slice(0, colon);
    if ((MAIN_NAMESPACES as readonly string[]).includes(ns)) return [ns as MainNamespace, key.slice(colon + 1)];
  }
  return [DEFAULT_NAMESPACE, key];
}

function interpolate(text: string, values: Readonly<Record<string, string | number>> | undefined): string {
  if (values === undefined) return text;
  // Whole values are substituted into the translated sentence (never sentences glued together),
  // so translators control word order around them.
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}

/**
 * A translator for one language. A key missing in Welsh falls back to English (as i18next's
 * fallbackLng does) so the councillor sees words, not identifiers; a key missing everywhere returns
 * the key itself and is logged once, so a gap is visible without flooding the log on every menu
 * rebuild.
 */
export function createTranslator(catalog: Catalog, language: Language, log: Log = console.warn): Translate {
  const reported = new Set<string>();
  return (key, values) => {
    const [ns, keyPath] = splitKey(key);
    const text = lookup(catalog[language][ns], keyPath) ?? lookup(catalog.en[ns], keyPath);
    if (text !== undefined) return interpolate(text, values);
    if (!reported.has(key)) {
      reported.add(key);
      log(`briffio: missing translation "${key}" (${language})`);
    }
    return key;
  };
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
