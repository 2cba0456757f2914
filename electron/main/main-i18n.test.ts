import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTranslator, languageFromSystem, loadCatalog } from './main-i18n';

function makeLocales(files: Record<string, unknown>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'briffio-i18n-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'locales', file)), { recursive: true });
    writeFileSync(path.join(root, 'locales', file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  roots.push(root);
  return root;
}
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const FIXTURE = {
  'en/menu.json': { menu: { file: 'File', onlyEnglish: 'Only in English' }, dialog: { about: { message: 'Briffio {{version}}' } } },
  'cy/menu.json': { menu: { file: 'Ffeil' }, dialog: { about: { message: 'Briffio {{version}}' } } },
  'en/common.json': { app: { title: 'Briffio' } },
  'cy/common.json': { app: { title: 'Briffio (Cymraeg)' } },
};

describe('createTranslator', () => {
  const catalog = loadCatalog(makeLocales(FIXTURE), () => undefined);

  it('reads the menu namespace by default and others by prefix', () => {
    const t = createTranslator(catalog, 'cy', () => undefined);
    expect(t('menu.file')).toBe('Ffeil');
    expect(t('menu:menu.file')).toBe('Ffeil');
    expect(t('common:app.title')).toBe('Briffio (Cymraeg)');
  });

  it('fills {{placeholders}} with whole values', () => {
    expect(createTranslator(catalog, 'en')('dialog.about.message', { version: '1.2.3' })).toBe('Briffio 1.2.3');
  });

  it('falls back to English for a key Welsh lacks', () => {
    expect(createTranslator(catalog, 'cy', () => undefined)('menu.onlyEnglish')).toBe('Only in English');
  });

  it('returns the key for a missing translation and logs it once', () => {
    const log = vi.fn();
    const t = createTranslator(catalog, 'cy', log);
    expect(t('menu.nothing')).toBe('menu.nothing');
    expect(t('menu.nothing')).toBe('menu.nothing');
    expect(t('common:app.nothing')).toBe('common:app.nothing');
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[0]![0]).toContain('menu.nothing');
  });

  it('does not treat a branch of the tree or an inherited property as a translation', () => {
    const t = createTranslator(catalog, 'en', () => undefined);
    expect(t('menu')).toBe('menu');
    expect(t('menu.toString')).toBe('menu.toString');
    expect(t('menu.file.length')).toBe('menu.file.length');
  });
});

describe('loadCatalog', () => {
  it('survives a missing or broken locale file, logging why', () => {
    const log = vi.fn();
    const catalog = loadCatalog(makeLocales({ 'en/menu.json': '{ not json', 'cy/menu.json': { menu: { file: 'Ffeil' } } }), log);
    expect(createTranslator(catalog, 'cy', () => undefined)('menu.file')).toBe('Ffeil');
    expect(createTranslator(catalog, 'en', () => undefined)('menu.file')).toBe('menu.file');
    // en/menu.json is broken; en/common.json and cy/common.json are missing.
    expect(log).toHaveBeenCalledTimes(3);
  });
});

describe('languageFromSystem', () => {
  it.each<[string[], 'en' | 'cy']>([
    [['cy-GB', 'en-GB'], 'cy'],
    [['cy'], 'cy'],
    [['en-GB', 'cy-GB'], 'en'],
    [['fr-FR', 'cy-GB'], 'cy'],
    [['CY_gb'], 'cy'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferred, expected) => expect(languageFromSystem(preferred)).toBe(expected));
});
