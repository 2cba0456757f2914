import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDirPackage, expectedRuntimeFiles, forbiddenFiles, megabytes, packageProblems, ROOT, sqliteBinary } from './package-smoke.mjs';

type Package = Awaited<ReturnType<typeof buildDirPackage>>;

describe('what may ship in the package', () => {
  it('refuses sources, tests, fixtures, source maps, tooling and docs', () => {
    const caught = forbiddenFiles([
      'electron/main/main.ts',
      'renderer/src/app/App.tsx',
      'shared/contract.ts',
      'e2e/foundation.spec.ts',
      'electron/test-support/fixture-pack.ts',
      'dist/renderer/assets/index-abc.js.map',
      'scripts/build.mjs',
      'README.md',
      'DEVELOPERS.md',
      'locales/notes.json',
      'tsconfig.base.json',
      'electron-builder.config.mjs',
      'node_modules/some-lib/test/index.js',
      'node_modules/some-lib/index.d.ts',
    ]);
    expect(caught).toHaveLength(14);
  });

  it('lets the running app through', () => {
    expect(
      forbiddenFiles([
        'package.json',
        'build/electron/main.cjs',
        'build/electron/preload.cjs',
        'dist/renderer/index.html',
        'dist/renderer/assets/index-abc.js',
        'locales/cy/common.json',
        'assets/icons/png/16x16.png',
        'assets/sample-library/cla-2019-20-q1.pack.json',
        'node_modules/better-sqlite3/lib/index.js',
        'node_modules/pdfjs-dist/legacy/build/pdf.mjs',
      ]),
    ).toEqual([]);
  });
});

// One offline electron-builder run (`dir` target, placeholder Electron, no native rebuild) shared
// by the checks below; it takes a few seconds after the app is built.
describe('the offline package', () => {
  let built: Package;

  beforeAll(async () => {
    built = await buildDirPackage();
    console.log(
      `Briffio package: ${built.files.size} files; app.asar ${megabytes(built.asarBytes)}, ` +
        `app.asar.unpacked ${megabytes(built.unpackedBytes)}; built offline in ${built.seconds.toFixed(1)} s`,
    );
  }, 180_000);

  afterAll(() => built?.cleanUp());

  it('starts from the main bundle named in its package.json, with the preload beside it', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('build/electron/main.cjs');
    expect(built.files.has(pkg.main)).toBe(true);
    expect(built.files.has('build/electron/preload.cjs')).toBe(true);
    // Browser mode is a development tool, not part of the desktop app.
    expect(built.files.has('build/electron/browser-mode.cjs')).toBe(false);
  });

  it('holds the renderer, every locale file in English and Welsh, every icon size and the sample library', () => {
    const missing = expectedRuntimeFiles().filter((file) => !built.files.has(file));
    expect(missing).toEqual([]);
    expect([...built.files.keys()].filter((file) => file.startsWith('locales/cy/')).length).toBeGreaterThan(0);
    expect([...built.files.keys()].filter((file) => file.startsWith('assets/sample-library/')).length).toBeGreaterThan(1);
  });

  it('unpacks the SQLite binary from app.asar and carries no other platform’s binaries', () => {
    expect(built.files.get(sqliteBinary())).toEqual(expect.objectContaining({ unpacked: true }));
    expect(built.unpackedOnDisk).toContain(sqliteBinary());
    const sqliteBinaries = [...built.files.keys()].filter((file) => file.startsWith('node_modules/better-sqlite3/prebuilds/'));
    expect(sqliteBinaries.every((file) => /\/linux-(x64|arm64)\.node$/.test(file))).toBe(true);
    expect(built.files.has('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false);
  });

  it('leaves out sources, tests, fixtures, source maps, tooling and docs', () => {
    expect(forbiddenFiles(built.files.keys())).toEqual([]);
  });

  it('keeps only the Chromium languages the app can use', () => {
    expect(built.chromiumLocales).toEqual(['en-GB', 'en-US']);
  });

  it('was built without downloading anything', () => {
    expect(built.downloads).toEqual([]);
  });

  it('passes every check the command-line smoke test makes', () => {
    expect(packageProblems(built)).toEqual([]);
    expect(built.asarBytes).toBeGreaterThan(0);
  });
});
