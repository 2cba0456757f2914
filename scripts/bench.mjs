// `npm run bench [name]`: runs every scripts/bench/*.bench.ts (or those whose name contains
// `name`) and prints their figures. Benchmarks are never pass/fail tests: speed targets are
// read here, not asserted in the suite. Each file is bundled with esbuild and run under Node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const outDir = path.join(root, '.bench');
mkdirSync(outDir, { recursive: true });
const files = readdirSync(path.join(root, 'scripts', 'bench'))
  .filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n── ${file} ──`);
  const outfile = path.join(outDir, file.replace(/\.ts$/, '.cjs'));
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'scripts', 'bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit', env: { ...process.env, BRIFFIO_ROOT: root } });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
