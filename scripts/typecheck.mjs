// Typechecks each side with its own tsconfig, so the renderer never sees Node types and main
// never sees the DOM (VS Code's layering). Exits non-zero on the first failing side.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let failed = 0;
for (const project of ['shared', 'electron', 'renderer', 'e2e']) {
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', path.join(root, project, 'tsconfig.json')], { stdio: 'inherit' });
  console.log(`typecheck ${project}: ${result.status === 0 ? 'ok' : 'FAILED'}`);
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
