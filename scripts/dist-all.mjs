// `npm run dist:all [-- --plan]`: builds every installer this host can build and says which ones
// need another host. electron-builder needs Electron's downloads (and its NSIS, AppImage and dmg
// tools), so run it on a machine that can reach them, e.g. one CI runner per operating system.
// `--plan` prints the table and builds nothing. Signing: see README.md, "Install and build".
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What each installer needs. macOS builds (and their signing and notarisation) need macOS; the
 * Windows and Linux installers can be built from Linux or macOS too, but Windows signing with a
 * hardware token or a cloud signing service needs a Windows host.
 */
export const INSTALLERS = [
  { flag: '--win', what: 'Windows: per-user NSIS installer and portable .exe (x64)', hosts: ['win32', 'linux', 'darwin'], signing: 'WIN_CSC_LINK + WIN_CSC_KEY_PASSWORD (.pfx); token or cloud signing needs a Windows host' },
  { flag: '--mac', what: 'macOS: universal .dmg (Apple silicon and Intel)', hosts: ['darwin'], signing: 'CSC_LINK + CSC_KEY_PASSWORD, notarised with APPLE_ID + APPLE_APP_SPECIFIC_PASSWORD + APPLE_TEAM_ID' },
  { flag: '--linux', what: 'Linux: AppImage and .deb (x64)', hosts: ['linux', 'darwin'], signing: 'not signed (distributions sign their own repositories)' },
];

const HOST_NAMES = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' };

function main() {
  const host = process.platform;
  const buildable = INSTALLERS.filter((installer) => installer.hosts.includes(host));
  console.log(`Host: ${HOST_NAMES[host] ?? host}`);
  for (const installer of INSTALLERS) {
    const here = installer.hosts.includes(host);
    const where = installer.hosts.map((name) => HOST_NAMES[name]).join(', ');
    console.log(`  ${here ? 'build' : 'skip '}  ${installer.what}`);
    console.log(`         hosts: ${where}; signing: ${installer.signing}`);
  }
  if (process.argv.includes('--plan')) return 0;
  if (buildable.length === 0) {
    console.log('This host builds none of Briffio\'s installers.');
    return 1;
  }

  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  // One electron-builder run for all platforms: it builds them in parallel and shares the app files.
  const builder = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
  const args = [builder, '--config', 'electron-builder.config.mjs', '--publish', 'never', ...buildable.map((installer) => installer.flag)];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status === 0) console.log(`Installers are in ${path.join(root, 'release')}`);
  return result.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
