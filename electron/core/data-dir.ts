import os from 'node:os';
import path from 'node:path';

export const DATA_DIR_ENV = 'BRIFFIO_DATA_DIR';
export const DATABASE_FILE_NAME = 'briffio.sqlite';

/** `--data-dir DIR` (or `--data-dir=DIR`) beats BRIFFIO_DATA_DIR, which beats the default. */
export function resolveDataDir(options: {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly defaultDir: string;
}): string {
  const fromArgs = readOption(options.argv, '--data-dir');
  const chosen = fromArgs ?? (options.env[DATA_DIR_ENV]?.trim() || undefined) ?? options.defaultDir;
  return path.resolve(chosen);
}

/** Value of `--name VALUE` or `--name=VALUE`, the last one winning; undefined when absent. */
export function readOption(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === name && index + 1 < argv.length) value = argv[index + 1];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}

/**
 * The per-user application data folder, matching Electron's `app.getPath('userData')` for an app
 * named Briffio, so browser mode and the desktop app share one library by default.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Briffio');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Briffio');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Briffio');
}
