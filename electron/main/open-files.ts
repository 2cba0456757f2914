import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_START_URL } from './navigation';

/**
 * Which files the operating system asked Briffio to open. The installers register `.briffio`
 * (electron-builder.config.mjs `fileAssociations`), and "Open with Briffio" can hand it a PDF or a
 * text file: Windows and Linux put the file's path on the command line (of the first launch, or of
 * a second launch that `second-instance` passes on), macOS sends `open-file` instead. Pure, so it is
 * unit-tested under Node; main.ts only feeds it `process.argv` or the second instance's argv.
 */

/** The kinds of file Briffio imports, by extension (the import itself still checks the contents). */
export const OPENABLE_EXTENSIONS: readonly string[] = ['.briffio', '.json', '.pdf', '.txt'];

/** Briffio's own options whose value is the next argument (`--data-dir DIR`); Chromium's use `=`. */
const OPTIONS_WITH_VALUE: ReadonlySet<string> = new Set(['--data-dir']);

export interface LaunchArguments {
  /** The whole command line, the executable first (process.argv, or second-instance's argv). */
  readonly argv: readonly string[];
  /** The folder the launch was made from, for relative paths (second-instance's workingDirectory). */
  readonly cwd: string;
  /**
   * True when run from source as `electron <app> [files]` (Electron's `process.defaultApp`): the
   * first argument after the switches is the app (`.` or `build/electron/main.cjs`), not a file.
   */
  readonly defaultApp: boolean;
  /** Decides how paths are read and made absolute (`C:\…` and `\\server\…` on Windows). */
  readonly platform: NodeJS.Platform;
}

/**
 * The files named on a command line, absolute, in order, each once. Skips the executable, the app
 * path when run from source, switches (`--foo`, `--foo=bar`, macOS's `-psn_…`), `--data-dir DIR`
 * with its value, and anything that is not a `.briffio`, `.json`, `.pdf` or `.txt` file; reads
 * `file://` URLs (Linux desktops pass those); after `--` every argument is a name, even one
 * starting with a dash. Whether each file exists is for the import to say.
 */
export function filesToOpen({ argv, cwd, defaultApp, platform }: LaunchArguments): string[] {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const found: string[] = [];
  let appSkipped = !defaultApp;
  let optionsEnded = false;
  for (let index = 1; index < argv.length; index++) {
    const arg = argv[index]!;
    if (!optionsEnded) {
      if (arg === '--') {
        optionsEnded = true;
        continue;
      }
      if (OPTIONS_WITH_VALUE.has(arg)) {
        index++;
        continue;
      }
      if (arg.startsWith('-')) continue;
    }
    if (!appSkipped) {
      appSkipped = true;
      continue;
    }
    const file = absolutePath(arg, cwd, platform, paths);
    if (file === null || !OPENABLE_EXTENSIONS.includes(paths.extname(file).toLowerCase())) continue;
    if (!found.includes(file)) found.push(file);
  }
  return found;
}

function absolutePath(arg: string, cwd: string, platform: NodeJS.Platform, paths: path.PlatformPath): string | null {
  if (arg.trim() === '') return null;
  if (/^file:/i.test(arg)) {
    try {
      return paths.normalize(fileURLToPath(arg, { windows: platform === 'win32' }));
    } catch {
      // A file URL on another computer (file://host/…) or a malformed one: not a file we can open.
      return null;
    }
  }
  // Any other URL (https://…) is not a file on this computer.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return paths.resolve(cwd, arg);
}

/** Where the window goes for an import started from a file: the app's Import screen at that job. */
export function importJobUrl(jobId: string): string {
  // The renderer's importHref (renderer/src/routing/route.ts), which electron/ may not import.
  return `${APP_START_URL}#/import/${encodeURIComponent(jobId)}`;
}
