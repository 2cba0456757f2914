import { readFileSync } from 'node:fs';
import path from 'node:path';

const LOCALES = path.resolve(__dirname, '..', '..', 'locales');

/** A translation straight from the locale files, so tests follow wording changes. */
export function translation(lang: 'en' | 'cy', key: string): string {
  const [namespace, dotted] = key.split(':') as [string, string];
  let value: unknown = JSON.parse(readFileSync(path.join(LOCALES, lang, `${namespace}.json`), 'utf8'));
  for (const part of dotted.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`No ${lang} translation for ${key}`);
  return value;
}
