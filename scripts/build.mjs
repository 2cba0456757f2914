// Builds the renderer (Vite → dist/renderer) and the main-process bundles (esbuild →
// build/electron). `--if-stale` skips the work when every output is newer than every source, so
// `npm start` is instant the second time.
import { build as esbuild } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ifStale = process.argv.includes('--if-stale');

const mainEntries = {
  main: 'electron/main/main.ts',
  preload: 'electron/main/preload.ts',
  'browser-mode': 'electron/host/browser-mode.ts',
};
const outputs = [
  'dist/renderer/index.html',
  ...Object.keys(mainEntries).map((name) => `build/electron/${name}.cjs`),
].map((file) => path.join(root, file));
const sourceFolders = ['renderer', 'shared', 'electron', 'locales', 'assets'].map((dir) => path.join(root, dir));
const sourceFiles = ['package.json', 'vite.config.mts', 'scripts/build.mjs'].map((file) => path.join(root, file));

function newestMtime(entries) {
  let newest = 0;
  for (const entry of entries) {
    if (!existsSync(entry)) continue;
    const stat = statSync(entry);
    if (stat.isDirectory()) {
      const children = readdirSync(entry).filter((name) => name !== 'node_modules').map((name) => path.join(entry, name));
      newest = Math.max(newest, newestMtime(children));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

function isStale() {
  if (outputs.some((file) => !existsSync(file))) return true;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return newestMtime([...sourceFolders, ...sourceFiles]) > oldestOutput;
}

if (ifStale && !isStale()) process.exit(0);

const started = Date.now();
const { build: viteBuild } = await import('vite');
await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });

await esbuild({
  absWorkingDir: root,
  entryPoints: mainEntries,
  outdir: path.join(root, 'build/electron'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // electron is provided by the runtime; better-sqlite3 is a native module loaded from node_modules;
  // pdfjs-dist is an ES module the importer loads on first use (electron/import/readers/pdf-reader.ts).
  external: ['electron', 'better-sqlite3', 'pdfjs-dist'],
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
});
console.log(`Built Briffio in ${((Date.now() - started) / 1000).toFixed(1)} s`);
