import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../shared/result';
import { appRoot } from '../core/app-root';
import { defaultDataDir, readOption, resolveDataDir } from '../core/data-dir';
import { openCore } from '../core/open-core';
import { startBrowserBridge } from './browser-bridge';
import { openFolder } from './open-folder';

/**
 * `npm run start:browser -- [--data-dir DIR] [--port N] [--no-open]`: Briffio without Electron,
 * for machines where the Electron runtime is missing and for the end-to-end tests.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const root = appRoot();
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const dataDir = resolveDataDir({ argv, env: process.env, defaultDir: defaultDataDir() });
  const portOption = readOption(argv, '--port');
  const port = portOption === undefined ? 0 : Number(portOption);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fatal(`--port must be a number between 0 and 65535, not "${portOption}".`);
  }

  let core;
  try {
    core = openCore({ dataDir, appRoot: root, version, host: 'browser', openFolder: (folder) => openFolder(folder) });
  } catch (error) {
    if (error instanceof AppFailure) fatal(error.message);
    throw error;
  }
  const bridge = await startBrowserBridge({ handlers: core.handlers, rendererDir: path.join(root, 'dist', 'renderer'), port });
  process.stdout.write(`Briffio browser mode: ${bridge.url}\n`);
  process.stdout.write(`Data folder: ${dataDir}\n`);

  if (!argv.includes('--no-open')) openInDefaultBrowser(bridge.url);

  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    void bridge.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

function openInDefaultBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => process.stdout.write('Open the address above in your web browser.\n'));
    child.unref();
  } catch {
    process.stdout.write('Open the address above in your web browser.\n');
  }
}

function fatal(message: string): never {
  process.stderr.write(`Briffio: ${message}\n`);
  process.exit(1);
}

void main();
