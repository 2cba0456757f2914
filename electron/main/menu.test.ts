import type { MenuItemConstructorOptions } from 'electron';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../shared/languages';
import { aboutDialogOptions, startupFailureDialogOptions } from './dialogs';
import { createTranslator, loadCatalog } from './main-i18n';
import { menuTemplate, PRODUCT_NAME, type MenuActions } from './menu';

const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function readMenuJson(language: Language): unknown {
  return JSON.parse(readFileSync(path.join(APP_ROOT, 'locales', language, 'menu.json'), 'utf8')) as unknown;
}

/** `{a: {b: 'x'}}` → `{'a.b': 'x'}`, so both languages can be compared key by key. */
function flatten(tree: unknown, prefix = ''): Record<string, unknown> {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return { [prefix]: tree };
  return Object.assign({}, ...Object.entries(tree).map(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key)));
}

const MESSAGES: Record<Language, Record<string, unknown>> = { en: flatten(readMenuJson('en')), cy: flatten(readMenuJson('cy')) };

/** A translator over the real files that fails the test on any missing key. */
function strictT(language: Language) {
  const missing: string[] = [];
  const t = createTranslator(loadCatalog(APP_ROOT, () => undefined), language, (message) => missing.push(message));
  return { t, missing };
}

function labels(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label === undefined ? [] : [item.label]),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

const noActions: MenuActions = { importReport: () => undefined, openDataFolder: () => undefined, showAbout: () => undefined };
const PLATFORMS: NodeJS.Platform[] = ['linux', 'win32', 'darwin'];

describe('menuTemplate', () => {
  it.each<[Language, string[]]>([
    ['en', ['File', 'Edit', 'View', 'Help']],
    ['cy', ['Ffeil', 'Golygu', 'Gweld', 'Cymorth']],
  ])('has File, Edit, View and Help in %s on Windows and Linux', (language, expected) => {
    const { t } = strictT(language);
    for (const platform of ['linux', 'win32'] as const) {
      expect(menuTemplate(t, platform, noActions).map((item) => item.label)).toEqual(expected);
    }
  });

  it('adds the app menu and Window on macOS', () => {
    const { t } = strictT('cy');
    expect(menuTemplate(t, 'darwin', noActions).map((item) => item.label)).toEqual([PRODUCT_NAME, 'Ffeil', 'Golygu', 'Gweld', 'Ffenestr', 'Cymorth']);
  });

  for (const language of ['en', 'cy'] as const) {
    for (const platform of PLATFORMS) {
      for (const development of [false, true]) {
        it(`labels every item with a ${language} translation (${platform}${development ? ', development' : ''})`, () => {
          const { t, missing } = strictT(language);
          const all = labels(menuTemplate(t, platform, noActions, { development }));
          expect(missing).toEqual([]);
          const translations = new Set(Object.values(MESSAGES[language]));
          for (const label of all) {
            expect(label === PRODUCT_NAME || translations.has(label), `"${label}" is not a ${language} translation`).toBe(true);
            expect(label).not.toMatch(/^(menu|dialog|common)[.:]/);
          }
        });
      }
    }
  }

  it('gives every item a label, a role or a click — no placeholders and no disabled items', () => {
    const { t } = strictT('en');
    for (const platform of PLATFORMS) {
      const walk = (items: readonly MenuItemConstructorOptions[]): void => {
        for (const item of items) {
          expect(item.enabled).not.toBe(false);
          if (item.type === 'separator') continue;
          expect(item.label, JSON.stringify(item)).toBeTruthy();
          expect(item.role !== undefined || item.click !== undefined || Array.isArray(item.submenu), item.label).toBe(true);
          if (Array.isArray(item.submenu)) walk(item.submenu);
        }
      };
      walk(menuTemplate(t, platform, noActions, { development: true }));
    }
  });

  it('offers Reload and DevTools only in development', () => {
    const { t } = strictT('en');
    const roles = (development: boolean) =>
      menuTemplate(t, 'linux', noActions, { development })
        .flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : []))
        .map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has zoom, full screen and the edit roles', () => {
    const { t } = strictT('en');
    const roles = menuTemplate(t, 'linux', noActions)
      .flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : []))
      .map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']),
    );
  });

  it('runs the actions for Open Data Folder and About', () => {
    const actions = { importReport: vi.fn(), openDataFolder: vi.fn(), showAbout: vi.fn() };
    const { t } = strictT('en');
    const items = menuTemplate(t, 'linux', actions).flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : []));
    const click = (label: string) => (items.find((item) => item.label === label)?.click as (() => void) | undefined)?.();
    click('Open Data Folder');
    click('About Briffio');
    expect(actions.openDataFolder).toHaveBeenCalledTimes(1);
    expect(actions.showAbout).toHaveBeenCalledTimes(1);
  });
});

describe('File → Import…', () => {
  it.each<[Language, string]>([
    ['en', 'Import…'],
    ['cy', 'Mewnforio…'],
  ])('is the first item of File in %s, opens the Import screen, and answers Ctrl+O / Cmd+O', (language, label) => {
    const importReport = vi.fn();
    const { t } = strictT(language);
    for (const platform of PLATFORMS) {
      const file = menuTemplate(t, platform, { ...noActions, importReport }).find((item) => item.label === t('menu.file'))!;
      const first = (file.submenu as MenuItemConstructorOptions[])[0]!;
      expect(first).toMatchObject({ label, accelerator: 'CmdOrCtrl+O' });
      (first.click as () => void)();
    }
    expect(importReport).toHaveBeenCalledTimes(PLATFORMS.length);
  });
});

describe('locales/*/menu.json', () => {
  it('has every English key in Welsh and every Welsh key in English', () => {
    expect(Object.keys(MESSAGES.cy).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it('holds only non-empty strings', () => {
    for (const language of ['en', 'cy'] as const) {
      for (const [key, value] of Object.entries(MESSAGES[language])) {
        expect(typeof value === 'string' && value.trim() !== '', `${language}: ${key}`).toBe(true);
      }
    }
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.en)) expect(placeholders(MESSAGES.cy[key]), key).toEqual(placeholders(MESSAGES.en[key]));
  });

  it('is actually translated: menu labels differ between English and Welsh', () => {
    const same = Object.keys(MESSAGES.en).filter((key) => key.startsWith('menu.') && MESSAGES.en[key] === MESSAGES.cy[key]);
    expect(same).toEqual([]);
  });
});

describe('dialogs', () => {
  it('shows the version and data folder in About, in Welsh, with a button to open the folder', () => {
    const { t, missing } = strictT('cy');
    const options = aboutDialogOptions(t, { version: '1.2.3', dataDir: '/home/cynghorydd/.config/Briffio' });
    expect(options.title).toBe('Ynghylch Briffio');
    expect(options.message).toContain('1.2.3');
    expect(options.detail).toContain('/home/cynghorydd/.config/Briffio');
    expect(options.buttons).toEqual(['Iawn', 'Agor y Ffolder Data']);
    expect(options.cancelId).toBe(0);
    expect(missing).toEqual([]);
  });

  it.each<['database_newer' | 'database_corrupt' | null, string]>([
    ['database_newer', 'newer version'],
    ['database_corrupt', 'cannot read'],
    [null, 'could not start'],
  ])('explains a %s start-up failure and names the data folder', (code, phrase) => {
    const { t, missing } = strictT('en');
    const options = startupFailureDialogOptions(t, { code, message: 'detail for support' }, '/data');
    expect(options.type).toBe('error');
    expect(options.message).toContain(phrase);
    expect(options.detail).toContain('/data');
    expect(options.detail).toContain('detail for support');
    expect(missing).toEqual([]);
  });

  it('says in Welsh that a newer database was left unchanged', () => {
    const { t } = strictT('cy');
    const options = startupFailureDialogOptions(t, { code: 'database_newer', message: '' }, '/data');
    expect(options.message).toContain('fersiwn mwy newydd');
    expect(options.message).toContain('Nid yw eich llyfrgell wedi cael ei newid');
  });
});
