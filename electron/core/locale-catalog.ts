import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '../../shared/languages';

/**
 * Translations for the main process — menus, dialogs, the window title, and the documents it
 * writes (question and notes exports) — read from the same locales/ files the renderer uses, so
 * both sides say the same thing. Free of Electron, so services and their tests can use it.
 *
 * Plain fs + JSON rather than i18next: main needs only lookup, `{{name}}` interpolation and
 * plurals, and this keeps it synchronous, which matters when a startup-failure dialog must be
 * shown before anything else has loaded.
 */

export type Catalog<Namespace extends string = string> = Readonly<Record<Language, Readonly<Record<Namespace, unknown>>>>;

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

/** Reads `<localesDir>/{en,cy}/<namespace>.json` for each namespace given. */
export function loadLocaleCatalog<Namespace extends string>(
  localesDir: string,
  namespaces: readonly Namespace[],
  log: Log = console.warn,
): Catalog<Namespace> {
  const catalog = {} as Record<Language, Record<Namespace, unknown>>;
  for (const language of LANGUAGES) {
    const loaded = {} as Record<Namespace, unknown>;
    for (const ns of namespaces) loaded[ns] = readNamespace(path.join(localesDir, language, `${ns}.json`), log);
    catalog[language] = loaded;
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

function interpolate(text: string, values: Readonly<Record<string, string | number>> | undefined): string {
  if (values === undefined) return text;
  // Whole values are substituted into the translated sentence (never sentences glued together),
  // so translators control word order around them.
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}

/**
 * The keys to try for a counted string, in i18next's order: `_zero` first for 0 (Welsh writes
 * "Dim …"), then the language's CLDR category (Welsh has zero, one, two, few, many, other), then
 * `_other`. Node carries full ICU, so Intl.PluralRules('cy') gives the Welsh categories here.
 */
export function pluralCandidates(key: string, language: Language, count: number): string[] {
  const category = new Intl.PluralRules(language).select(count);
  return [...(count === 0 ? [`${key}_zero`] : []), `${key}_${category}`, `${key}_other`];
}

export interface TranslatorOptions<Namespace extends string> {
  /** Keys without a `namespace:` prefix are looked up here. */
  readonly defaultNamespace: Namespace;
  readonly log?: Log;
}

/**
 * A translator for one language. A key missing in Welsh falls back to English (as i18next's
 * fallbackLng does, plurals chosen by English rules) so the councillor sees words, not
 * identifiers; a key missing everywhere returns the key itself and is logged once, so a gap is
 * visible without flooding the log.
 */
export function createLocaleTranslator<Namespace extends string>(
  catalog: Catalog<Namespace>,
  language: Language,
  options: TranslatorOptions<Namespace>,
): Translate {
  const log = options.log ?? console.warn;
  const namespaces = new Set(Object.keys(catalog.en));
  const reported = new Set<string>();
  const split = (key: string): [Namespace, string] => {
    const colon = key.indexOf(':');
    if (colon > 0 && namespaces.has(key.slice(0, colon))) return [key.slice(0, colon) as Namespace, key.slice(colon + 1)];
    return [options.defaultNamespace, key];
  };
  const find = (lang: Language, ns: Namespace, keyPath: string, count: unknown): string | undefined => {
    const candidates = typeof count === 'number' ? [...pluralCandidates(keyPath, lang, count), keyPath] : [keyPath];
    for (const candidate of candidates) {
      const text = lookup(catalog[lang][ns], candidate);
      if (text !== undefined) return text;
    }
    return undefined;
  };
  return (key, values) => {
    const [ns, keyPath] = split(key);
    const text = find(language, ns, keyPath, values?.['count']) ?? (language === 'en' ? undefined : find('en', ns, keyPath, values?.['count']));
    if (text !== undefined) return interpolate(text, values);
    if (!reported.has(key)) {
      reported.add(key);
      log(`briffio: missing translation "${key}" (${language})`);
    }
    return key;
  };
}
