// `npm run -s import -- FILE [--data-dir DIR] [--dry-run] [--json] …`: bundles the importer's
// command line (electron/import/cli.ts) with esbuild and runs it under this Node, passing its exit
// code through. Only the CLI's own output reaches stdout, so `--dry-run --json` can be piped.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'build', 'cli', 'import.cjs');

await build({
  absWorkingDir: root,
  entryPoints: [path.join(root, 'electron', 'import', 'cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // Native and ES-module packages load from node_modules at run time.
  external: ['better-sqlite3', 'pdfjs-dist', 'electron'],
  logLevel: 'error',
  legalComments: 'none',
});

const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: process.cwd(), stdio: 'inherit' });
process.exit(run.status ?? 1);
