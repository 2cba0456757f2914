import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Only main.ts and preload.ts may load `electron` at run time: everything else is imported by unit
 * tests under plain Node (where `require('electron')` throws without the binary), and csp.ts is
 * also imported by the browser-mode bridge, which never runs inside Electron.
 */
const PURE_MODULES = [
  'app-protocol.ts',
  'csp.ts',
  'dialogs.ts',
  'ipc-host.ts',
  'main-i18n.ts',
  'menu.ts',
  'navigation.ts',
  'open-files.ts',
  'pdf-export.ts',
  'preload-api.ts',
  'window-options.ts',
];

describe('electron/main module boundaries', () => {
  it.each(PURE_MODULES)('%s imports electron for types only', (file) => {
    const source = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
    const runtimeImports = source
      .split('\n')
      .filter((line) => /from ['"]electron['"]|require\(['"]electron['"]\)/.test(line))
      .filter((line) => !/^import type /.test(line));
    expect(runtimeImports).toEqual([]);
  });
});
