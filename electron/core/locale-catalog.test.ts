import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appRoot } from './app-root';
import { createLocaleTranslator, loadLocaleCatalog, pluralCandidates } from './locale-catalog';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function makeLocales(files: Record<string, unknown>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'briffio-catalog-'));
  roots.push(root);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), JSON.stringify(content));
  }
  return root;
}

describe('plural resolution', () => {
  it('uses i18next’s order: _zero for nothing, then the CLDR category, then _other', () => {
    expect(pluralCandidates('n', 'cy', 0)).toEqual(['n_zero', 'n_zero', 'n_other']);
    expect(pluralCandidates('n', 'cy', 2)).toEqual(['n_two', 'n_other']);
    expect(pluralCandidates('n', 'cy', 3)).toEqual(['n_few', 'n_other']);
    expect(pluralCandidates('n', 'cy', 6)).toEqual(['n_many', 'n_other']);
    expect(pluralCandidates('n', 'en', 1)).toEqual(['n_one', 'n_other']);
    expect(pluralCandidates('n', 'en', 0)).toEqual(['n_zero', 'n_other', 'n_other']);
  });

  const dir = makeLocales({
    'en/things.json': { n_one: '{{count}} thing', n_other: '{{count}} things', plain: 'Plain {{name}}' },
    'cy/things.json': { n_zero: 'Dim pethau', n_one: '{{count}} peth', n_two: '{{count}} beth', n_few: '{{count}} pheth', n_many: '{{count}} pheth', n_other: '{{count}} peth' },
  });
  const catalog = loadLocaleCatalog(dir, ['things'], () => undefined);

  it('chooses each of the six Welsh forms by count', () => {
    const t = createLocaleTranslator(catalog, 'cy', { defaultNamespace: 'things', log: () => undefined });
    expect([0, 1, 2, 3, 6, 7].map((count) => t('n', { count }))).toEqual(['Dim pethau', '1 peth', '2 beth', '3 pheth', '6 pheth', '7 peth']);
  });

  it('falls back to English, with English plural rules, for a key Welsh lacks', () => {
    const t = createLocaleTranslator(catalog, 'cy', { defaultNamespace: 'things', log: () => undefined });
    expect(t('things:plain', { name: 'x' })).toBe('Plain x');
    const en = createLocaleTranslator(catalog, 'en', { defaultNamespace: 'things', log: () => undefined });
    expect([0, 1, 2].map((count) => en('n', { count }))).toEqual(['0 things', '1 thing', '2 things']);
  });

  it('returns the key for a missing translation and logs it once', () => {
    const log = vi.fn();
    const t = createLocaleTranslator(catalog, 'en', { defaultNamespace: 'things', log });
    expect(t('things:none', { count: 2 })).toBe('things:none');
    t('things:none');
    expect(log).toHaveBeenCalledTimes(1);
  });
});

describe('the real locale files', () => {
  const catalog = loadLocaleCatalog(path.join(appRoot(), 'locales'), ['questions', 'dates', 'common'], () => {
    throw new Error('a locale file could not be read');
  });

  it('counts questions with the Welsh mutations: 1 cwestiwn, 2 gwestiwn, 3 chwestiwn, 6 chwestiwn', () => {
    const t = createLocaleTranslator(catalog, 'cy', { defaultNamespace: 'questions', log: () => undefined });
    expect([0, 1, 2, 3, 4, 6, 7].map((count) => t('questions:count.questions', { count }))).toEqual([
      'Dim cwestiynau',
      '1 cwestiwn',
      '2 gwestiwn',
      '3 chwestiwn',
      '4 cwestiwn',
      '6 chwestiwn',
      '7 cwestiwn',
    ]);
  });

  it('counts questions in English', () => {
    const t = createLocaleTranslator(catalog, 'en', { defaultNamespace: 'questions', log: () => undefined });
    expect([0, 1, 3].map((count) => t('questions:count.questions', { count }))).toEqual(['No questions', '1 question', '3 questions']);
  });
});
