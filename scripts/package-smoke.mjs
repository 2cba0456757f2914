// The package smoke test, offline: builds electron-builder's `dir` target for Linux with a
// placeholder Electron distribution (the real one cannot be downloaded here) and no native
// rebuild, then looks inside the produced app.asar. It proves the packaging configuration —
// which files go in, which stay out, what is unpacked — without needing Electron's downloads.
//
//   node scripts/package-smoke.mjs      prints what it found and the package size; exit 1 on a problem
//   scripts/package-smoke.test.ts       the same checks inside `npm test`
import asar from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Chromium locale packs in the placeholder: fr must be dropped by electronLanguages, en-GB kept. */
const PLACEHOLDER_LOCALES = ['en-GB', 'en-US', 'fr'];

/**
 * Builds the `dir` package into a fresh temporary folder and returns what is inside it.
 * Call `cleanUp()` on the result when done.
 */
export async function buildDirPackage() {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('node scripts/build.mjs failed; the package needs the built app');

  const work = mkdtempSync(path.join(os.tmpdir(), 'briffio-package-'));
  const electronDist = placeholderElectron(path.join(work, 'electron-dist'));
  const output = path.join(work, 'release');
  // Anything electron-builder downloaded would land in these caches; they must stay empty.
  const caches = [path.join(work, 'cache', 'electron-builder'), path.join(work, 'cache', 'electron')];
  const savedEnv = { ELECTRON_BUILDER_CACHE: process.env.ELECTRON_BUILDER_CACHE, electron_config_cache: process.env.electron_config_cache };
  process.env.ELECTRON_BUILDER_CACHE = caches[0];
  process.env.electron_config_cache = caches[1];

  const started = Date.now();
  try {
    const { build: electronBuilder, Platform, Arch } = await import('electron-builder');
    const { default: config } = await import(pathToFileURL(path.join(ROOT, 'electron-builder.config.mjs')).href);
    const arch = process.arch === 'arm64' ? Arch.arm64 : Arch.x64;
    await electronBuilder({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir', arch),
      publish: 'never',
      // A copy: electron-builder normalises the config it is given in place.
      config: {
        ...JSON.parse(JSON.stringify(config)),
        electronDist,
        npmRebuild: false,
        directories: { ...config.directories, output },
      },
    });
  } finally {
    for (const [name, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  const seconds = (Date.now() - started) / 1000;

  const appOutDir = readdirSync(output)
    .map((name) => path.join(output, name))
    .find((dir) => dir.endsWith('-unpacked') && statSync(dir).isDirectory());
  if (!appOutDir) throw new Error(`electron-builder wrote no *-unpacked folder to ${output}`);
  return {
    ...inspectPackage(appOutDir),
    seconds,
    downloads: caches.filter((cache) => existsSync(cache) && readdirSync(cache).length > 0),
    cleanUp: () => rmSync(work, { recursive: true, force: true }),
  };
}

/**
 * Just enough of an Electron distribution for electron-builder to lay out the app around it:
 * the executable it renames, and the locale packs electronLanguages filters.
 */
function placeholderElectron(dir) {
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  writeFileSync(path.join(dir, 'electron'), '#!/bin/sh\necho "placeholder Electron for the package smoke test" >&2\nexit 1\n');
  chmodSync(path.join(dir, 'electron'), 0o755);
  for (const locale of PLACEHOLDER_LOCALES) writeFileSync(path.join(dir, 'locales', `${locale}.pak`), 'placeholder');
  return dir;
}

/**
 * What a packaged app folder holds: every path in app.asar (with its size and whether it lives
 * in app.asar.unpacked), the Chromium locale packs kept, and the sizes that matter to a download.
 */
export function inspectPackage(appOutDir) {
  const resources = path.join(appOutDir, 'resources');
  const archive = path.join(resources, 'app.asar');
  if (!existsSync(archive)) throw new Error(`no app.asar in ${resources}`);
  /** @type {Map<string, {size: number, unpacked: boolean}>} */
  const files = new Map();
  for (const listed of asar.listPackage(archive, { isPack: false })) {
    const inside = listed.replace(/^[/\\]/, '').split(path.sep).join('/');
    const stat = asar.statFile(archive, inside, false);
    if ('files' in stat) continue; // a folder
    if ('link' in stat) continue;
    files.set(inside, { size: Number(stat.size), unpacked: Boolean(stat.unpacked) });
  }
  const unpackedDir = `${archive}.unpacked`;
  const asarBytes = statSync(archive).size;
  const unpackedBytes = existsSync(unpackedDir) ? folderBytes(unpackedDir) : 0;
  return {
    appOutDir,
    files,
    /** Files that really sit in app.asar.unpacked on disk (relative, forward slashes). */
    unpackedOnDisk: existsSync(unpackedDir) ? listFiles(unpackedDir) : [],
    chromiumLocales: readdirSync(path.join(appOutDir, 'locales')).map((name) => name.replace(/\.pak$/, '')).sort(),
    asarBytes,
    unpackedBytes,
  };
}

function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

function folderBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? folderBytes(path.join(dir, entry.name)) : statSync(path.join(dir, entry.name)).size),
    0,
  );
}

/**
 * Paths that must never ship: sources, tests, fixtures, source maps, tooling, docs. Each rule
 * names itself so a failure says which one caught the file.
 */
export const FORBIDDEN = [
  { rule: 'TypeScript source', test: (file) => /\.(ts|tsx|mts|cts)$/.test(file) },
  { rule: 'source map', test: (file) => file.endsWith('.map') },
  { rule: 'test file', test: (file) => /\.(test|spec|bench)\.[cm]?[jt]sx?$/.test(file) },
  { rule: 'test or fixture folder', test: (file) => /(^|\/)(e2e|tests?|__tests__|fixtures?|test-support|test-results)\//.test(file) },
  { rule: 'project tooling', test: (file) => /^(scripts|\.ci|\.tools|\.github|release)\//.test(file) },
  { rule: 'application sources', test: (file) => /^(electron|renderer|shared)\//.test(file) },
  { rule: 'documentation', test: (file) => /^(docs?\/|README|DEVELOPERS|CHANGELOG)/i.test(file) },
  {
    rule: 'config or lock file',
    test: (file) => /^(package-lock\.json|tsconfig.*\.json|[^/]*\.config\.[cm]?[jt]s|\.npmrc|\.gitignore|electron-builder\.[^/]+)$/.test(file),
  },
  { rule: 'translator notes (not read at run time)', test: (file) => file === 'locales/notes.json' },
  { rule: 'npm binaries', test: (file) => file.startsWith('node_modules/.bin/') },
];

/** Each forbidden file with the rule that caught it. */
export function forbiddenFiles(files) {
  return [...files].flatMap((file) => {
    const hit = FORBIDDEN.find(({ test }) => test(file));
    return hit ? [`${file} (${hit.rule})`] : [];
  });
}

/** The files the app reads at run time, from the repository, so a new locale or pack is expected too. */
export function expectedRuntimeFiles() {
  const repoFiles = (dir, pattern) =>
    readdirSync(path.join(ROOT, dir))
      .filter((name) => pattern.test(name))
      .map((name) => `${dir}/${name}`);
  return [
    'package.json',
    'build/electron/main.cjs',
    'build/electron/preload.cjs',
    'dist/renderer/index.html',
    ...rendererAssets(),
    ...repoFiles('locales/en', /\.json$/),
    ...repoFiles('locales/cy', /\.json$/),
    ...repoFiles('assets/icons/png', /^\d+x\d+\.png$/),
    ...repoFiles('assets/sample-library', /\.json$/),
    'node_modules/better-sqlite3/package.json',
    'node_modules/better-sqlite3/lib/index.js',
  ];
}

/** The scripts and styles dist/renderer/index.html loads: a package without them is a blank window. */
function rendererAssets() {
  const html = readFileSync(path.join(ROOT, 'dist', 'renderer', 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => `dist/renderer/${match[1]}`);
}

/** The better-sqlite3 binary the packaged app loads on this platform and architecture. */
export function sqliteBinary(arch = process.arch === 'arm64' ? 'arm64' : 'x64') {
  return `node_modules/better-sqlite3/prebuilds/linux-${arch}.node`;
}

export function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Everything wrong with a package, as sentences (empty when it is fine). */
export function packageProblems(inspection) {
  const problems = [];
  for (const file of expectedRuntimeFiles()) if (!inspection.files.has(file)) problems.push(`missing ${file}`);
  for (const file of forbiddenFiles(inspection.files.keys())) problems.push(`should not ship ${file}`);
  const binary = inspection.files.get(sqliteBinary());
  if (!binary) problems.push(`missing the SQLite binary ${sqliteBinary()}`);
  else if (!binary.unpacked || !inspection.unpackedOnDisk.includes(sqliteBinary())) {
    problems.push(`${sqliteBinary()} is inside app.asar, where it cannot be loaded; it must be in app.asar.unpacked`);
  }
  for (const [file, { unpacked }] of inspection.files) {
    if (file.endsWith('.node') && !unpacked) problems.push(`${file} is a native binary packed inside app.asar`);
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await buildDirPackage();
  try {
    const problems = [...packageProblems(result), ...result.downloads.map((cache) => `electron-builder downloaded into ${cache}`)];
    console.log(
      `Package: ${result.files.size} files; app.asar ${megabytes(result.asarBytes)}, app.asar.unpacked ${megabytes(result.unpackedBytes)}` +
        ` (built offline in ${result.seconds.toFixed(1)} s)`,
    );
    for (const problem of problems) console.log(`  problem: ${problem}`);
    process.exitCode = problems.length > 0 ? 1 : 0;
  } finally {
    result.cleanUp();
  }
}
