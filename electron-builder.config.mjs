// electron-builder configuration: how Briffio becomes installers a council IT team will accept.
//
//   npm run dist        installers for this machine's platform (needs Electron's downloads)
//   npm run dist:all    every installer this host OS can build, and which need another host
//   npm test            includes an offline package smoke test (scripts/package-smoke.mjs)
//
// README.md ("Install and build") explains signing. Nothing secret is ever written here: signing
// reads certificates and passwords from environment variables that electron-builder knows
// (CSC_LINK, CSC_KEY_PASSWORD, WIN_CSC_LINK, WIN_CSC_KEY_PASSWORD, APPLE_ID, APPLE_TEAM_ID, …).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

/** A Briffio pack (shared/pack.ts) saved as a file; double-clicking one opens Briffio. */
export const PACK_EXTENSION = 'briffio';
export const PACK_MIME_TYPE = 'application/x-briffio-pack';

/**
 * Never change it once shipped: Windows keys the per-user install, the uninstaller and the
 * taskbar identity on it, and macOS keys permissions and preferences on it.
 */
export const APP_ID = 'cymru.briffio.desktop';

/**
 * The `[Desktop Entry]` group of a .desktop file as key → value (localised keys such as
 * `Name[cy]` kept as they are). Comments and other groups are skipped.
 *
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseDesktopEntry(text) {
  /** @type {Record<string, string>} */
  const entry = {};
  let inEntry = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      inEntry = line === '[Desktop Entry]';
      continue;
    }
    const equals = line.indexOf('=');
    if (inEntry && equals > 0) entry[line.slice(0, equals).trim()] = line.slice(equals + 1).trim();
  }
  return entry;
}

// assets/linux/briffio.desktop is the one place the launcher's English and Welsh names live (it
// is a valid desktop entry on its own: desktop-file-validate passes). electron-builder writes the
// installed entry itself, so we hand it our keys, except those it must own: Exec and Type (the
// install path differs between AppImage and deb), and MimeType, which it derives from
// fileAssociations below. Comment goes in as `description`, or it would be replaced by
// package.json's.
const desktop = parseDesktopEntry(readFileSync(path.join(root, 'assets', 'linux', 'briffio.desktop'), 'utf8'));
const { Exec: _exec, Type: _type, MimeType: _mimeType, Comment: desktopComment, ...desktopKeys } = desktop;

/**
 * Only what runs: the bundles, the renderer, translations, icons and the sample library. Sources,
 * tests, fixtures, scripts, docs and source maps stay behind; the package smoke test checks it.
 *
 * Each platform gets this list plus its own exclusions (see `filesFor`), and there is deliberately
 * no top-level `files`: electron-builder turns a top-level list into a separate file set when a
 * platform adds patterns, and then packs the whole project folder.
 */
export const APP_FILES = [
  'package.json',
  'build/electron/main.cjs',
  'build/electron/preload.cjs',
  'dist/renderer/**/*',
  '!dist/renderer/**/*.map',
  'locales/en/*.json',
  'locales/cy/*.json',
  'assets/icons/png/*.png',
  'assets/sample-library/*.json',
  // Production dependencies, trimmed to what loads at run time.
  '!**/node_modules/**/*.{map,ts,mts,cts,md,markdown,gyp,gypi,cpp,hpp,c,h}',
  '!**/node_modules/**/{test,tests,__tests__,example,examples,docs,doc}/**',
  // better-sqlite3 ships the SQLite sources and its build files; only lib/ and the binary load.
  '!**/node_modules/better-sqlite3/{deps,src}/**',
  '!**/node_modules/node-addon-api/**',
  // zod is bundled into build/electron/main.cjs (scripts/build.mjs keeps only electron and
  // better-sqlite3 external), so its package would be a second, unused copy.
  '!**/node_modules/zod/**',
  // pdf.js: the importer loads the library, not its viewer or its TypeScript declarations.
  '!**/node_modules/pdfjs-dist/{web,types}/**',
];

/**
 * APP_FILES for one platform, keeping only that platform's better-sqlite3 binaries (both
 * architectures: a universal Mac app needs both halves to hold the same files).
 *
 * @param {'darwin' | 'linux' | 'win32'} nodePlatform  better-sqlite3's name for the platform
 */
function filesFor(nodePlatform) {
  return [...APP_FILES, `!**/node_modules/better-sqlite3/prebuilds/!(${nodePlatform}-*).node`];
}

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: APP_ID,
  productName: 'Briffio',
  copyright: 'Copyright © 2026 the Briffio authors',
  directories: {
    output: 'release',
    // electron-builder's default, build/, holds our compiled main process, and it leaves its
    // resources folder out of the package. Nothing here needs a resources folder yet (icons are
    // named explicitly below), so point it where no shipped file lives.
    buildResources: 'assets/installer',
  },

  asar: true,
  // Native code cannot be loaded from inside an asar archive.
  asarUnpack: ['**/*.node'],
  // better-sqlite3 13 ships N-API binaries, which Electron loads as they are; rebuilding against
  // Electron's headers is unnecessary and, on machines without them, builds the wrong binary.
  npmRebuild: false,
  // Chromium's own interface strings: English, plus Welsh wherever Chromium has it. Dropping the
  // other fifty languages saves about 40 MB per install.
  electronLanguages: ['en-GB', 'en-US', 'cy'],
  // Briffio never checks for updates or phones home: no update feed is written into the app.
  publish: null,
  // A release build fails instead of producing an unsigned installer when this is set (CI).
  forceCodeSigning: process.env.BRIFFIO_REQUIRE_SIGNING === '1',

  fileAssociations: [
    {
      ext: PACK_EXTENSION,
      name: 'Briffio pack',
      description: 'Briffio report pack',
      mimeType: PACK_MIME_TYPE,
      role: 'Viewer',
      rank: 'Owner',
    },
  ],

  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
    icon: 'assets/icons/briffio.ico',
    // The app itself never asks for admin rights.
    requestedExecutionLevel: 'asInvoker',
    files: filesFor('win32'),
  },
  nsis: {
    // Per-user, without admin rights: installs to %LOCALAPPDATA%\Programs\briffio, registers its
    // uninstaller under HKCU (Settings → Apps), and never shows a UAC prompt. IT teams can deploy
    // it silently with `Briffio-Setup-<version>.exe /S`.
    oneClick: true,
    perMachine: false,
    allowElevation: false,
    packElevateHelper: false,
    createStartMenuShortcut: true,
    createDesktopShortcut: true,
    shortcutName: 'Briffio',
    uninstallDisplayName: 'Briffio',
    // Uninstalling removes the program, never the councillor's library and notes (%APPDATA%\Briffio).
    deleteAppDataOnUninstall: false,
    installerIcon: 'assets/icons/briffio.ico',
    uninstallerIcon: 'assets/icons/briffio.ico',
    // NSIS follows the Windows display language: Welsh on a Welsh Windows, English otherwise.
    installerLanguages: ['en_GB', 'cy_GB'],
    multiLanguageInstaller: true,
    artifactName: 'Briffio-Setup-${version}.${ext}',
  },
  portable: {
    // Runs from anywhere (a USB stick, Downloads) with no install; data still goes to %APPDATA%\Briffio.
    requestExecutionLevel: 'user',
    artifactName: 'Briffio-Portable-${version}.${ext}',
  },

  mac: {
    // One download for every Mac (Apple silicon and Intel).
    target: [{ target: 'dmg', arch: ['universal'] }],
    icon: 'assets/icons/briffio.icns',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    // Each half of the universal app carries both darwin SQLite binaries, identical in both: tell
    // the merger they are meant to be the same rather than a mistake.
    x64ArchFiles: '**/node_modules/**/*.node',
    files: filesFor('darwin'),
    extendInfo: {
      // So macOS offers the app's own Welsh wording (menus come from our locale files).
      CFBundleLocalizations: ['en', 'cy'],
      CFBundleDevelopmentRegion: 'en',
      UTExportedTypeDeclarations: [
        {
          UTTypeIdentifier: `${APP_ID}.pack`,
          UTTypeDescription: 'Briffio pack',
          UTTypeConformsTo: ['public.json'],
          UTTypeTagSpecification: { 'public.filename-extension': [PACK_EXTENSION], 'public.mime-type': [PACK_MIME_TYPE] },
        },
      ],
    },
  },
  dmg: {
    artifactName: 'Briffio-${version}-mac.${ext}',
  },

  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: 'assets/icons/png',
    executableName: 'briffio',
    category: 'Office',
    synopsis: 'Offline, bilingual committee briefings for councillors',
    description: desktopComment,
    // Debian packages must name a maintainer; replace with the team's real address before a public release.
    maintainer: 'Briffio maintainers <maintainers@briffio.invalid>',
    desktop: { entry: desktopKeys },
    files: filesFor('linux'),
  },
  appImage: {
    artifactName: 'Briffio-${version}-${arch}.${ext}',
  },
  deb: {
    artifactName: 'briffio_${version}_${arch}.${ext}',
  },
};

export default config;
