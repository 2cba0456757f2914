import { describe, expect, it } from 'vitest';
import { describeKeyMismatches, flattenKeys, hasWordsToTranslate, pluralBase, pluralForms, WELSH_PLURAL_FORMS, type LocaleTree } from './localeKeys';

// Same files, same way of loading them as the app (i18n.ts).
const modules = import.meta.glob<{ default: LocaleTree }>('../../../locales/*/*.json', { eager: true });
const notesModule = import.meta.glob<{ default: Record<string, string> }>('../../../locales/notes.json', { eager: true });
// The allow-list of Welsh strings rightly identical to the English; e2e/welsh-walk.spec.ts reads it too.
const sameModule = import.meta.glob<{ default: Record<string, string> }>('../../../locales/same-in-welsh.json', { eager: true });

const resources: Record<string, Record<string, LocaleTree>> = {};
for (const [path, module] of Object.entries(modules)) {
  const [, language, namespace] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (language && namespace) (resources[language] ??= {})[namespace] = module.default;
}

function leaves(tree: LocaleTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1]!).sort();
}

describe('locale files', () => {
  it('has English and Welsh', () => {
    expect(Object.keys(resources).sort()).toEqual(['cy', 'en']);
  });

  it('has every key in both languages, and every Welsh plural in all six forms', () => {
    expect(describeKeyMismatches(resources)).toEqual([]);
  });

  it('gives every Welsh plural key _zero _one _two _few _many _other', () => {
    for (const [namespace, tree] of Object.entries(resources['cy']!)) {
      for (const [base, forms] of pluralForms(tree)) {
        expect([...forms].sort(), `cy ${namespace}:${base}`).toEqual([...WELSH_PLURAL_FORMS].sort());
      }
    }
  });

  it('uses the same interpolation values in English and Welsh', () => {
    for (const [namespace, enTree] of Object.entries(resources['en']!)) {
      const cyTree = resources['cy']![namespace];
      if (!cyTree) continue;
      const enVariables = new Map<string, string[]>();
      for (const [key, text] of leaves(enTree)) {
        enVariables.set(pluralBase(key), [...new Set([...(enVariables.get(pluralBase(key)) ?? []), ...variables(text)])].sort());
      }
      for (const [key, text] of leaves(cyTree)) {
        const expected = enVariables.get(pluralBase(key)) ?? [];
        // Welsh zero forms may write "Dim" instead of the number.
        const allowed = key.endsWith('_zero') ? expected.filter((name) => name !== 'count') : expected;
        for (const name of variables(text)) expect(expected, `cy ${namespace}:${key} uses {{${name}}}`).toContain(name);
        for (const name of allowed) {
          if (!key.endsWith('_zero')) expect(variables(text), `cy ${namespace}:${key} lacks {{${name}}}`).toContain(name);
        }
      }
    }
  });

  it('has no empty strings', () => {
    for (const [language, namespaces] of Object.entries(resources)) {
      for (const [namespace, tree] of Object.entries(namespaces)) {
        for (const [key, text] of leaves(tree)) expect(text.trim(), `${language} ${namespace}:${key}`).not.toBe('');
      }
    }
  });

  it('attaches every translator note to a key that exists', () => {
    const notes = Object.values(notesModule)[0]?.default ?? {};
    const known = new Set(
      Object.entries(resources['en']!).flatMap(([namespace, tree]) => flattenKeys(tree).map((key) => `${namespace}:${pluralBase(key)}`)),
    );
    const noted = Object.keys(notes).filter((key) => key !== '//');
    expect(noted.length).toBeGreaterThan(0);
    for (const key of noted) expect(known, `note for ${key}`).toContain(key);
  });

  it('marks the three Signs of Safety headings for review', () => {
    const notes = Object.values(notesModule)[0]?.default ?? {};
    for (const group of ['working_well', 'worried', 'to_do']) {
      expect(notes[`report:signsOfSafety.${group}`]).toMatch(/^REVIEW/);
    }
  });

  it('lists on the allow-list every Welsh string that is the same as its English', () => {
    const allowed = new Set(Object.keys(Object.values(sameModule)[0]?.default ?? {}));
    const unexplained: string[] = [];
    for (const [namespace, enTree] of Object.entries(resources['en']!)) {
      const cy = new Map(leaves(resources['cy']![namespace] ?? {}));
      for (const [key, text] of leaves(enTree)) {
        if (cy.get(key) !== text || !hasWordsToTranslate(text)) continue;
        if (!allowed.has(`${namespace}:${pluralBase(key)}`)) unexplained.push(`${namespace}:${key} "${text}"`);
      }
    }
    expect(unexplained, 'translate these, or add them to locales/same-in-welsh.json with the reason').toEqual([]);
  });

  it('keeps the allow-list to keys that exist and are still the same in both languages', () => {
    const entries = Object.keys(Object.values(sameModule)[0]?.default ?? {}).filter((key) => key !== '//');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const [namespace = '', base = ''] = entry.split(':');
      const en = leaves(resources['en']![namespace] ?? {}).filter(([key]) => pluralBase(key) === base);
      const cy = new Map(leaves(resources['cy']![namespace] ?? {}));
      expect(en.length, `${entry} names a key that exists`).toBeGreaterThan(0);
      expect(
        en.some(([key, text]) => cy.get(key) === text),
        `${entry} is translated now: remove it from locales/same-in-welsh.json`,
      ).toBe(true);
    }
  });
});
