import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromiumExecutable } from './chromium';

export default function globalSetup(): void {
  if (!chromiumExecutable()) {
    throw new Error(
      'No Chromium found for the end-to-end tests: install Debian\'s chromium (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
  const root = path.resolve(__dirname, '..', '..');
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('Building Briffio for the end-to-end tests failed.');
}
