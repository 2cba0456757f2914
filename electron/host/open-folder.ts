import { spawn } from 'node:child_process';

/**
 * Showing a folder in the system's file manager without Electron (browser mode). The Electron
 * host uses `shell.openPath` instead, which does the same through the OS.
 */

export interface OpenCommand {
  readonly command: string;
  readonly args: readonly string[];
}

/** The system's own "open this folder" command; the folder is one argument, never shell text. */
export function openFolderCommand(platform: NodeJS.Platform, folder: string): OpenCommand {
  if (platform === 'win32') return { command: 'explorer.exe', args: [folder] };
  if (platform === 'darwin') return { command: 'open', args: [folder] };
  return { command: 'xdg-open', args: [folder] };
}

/** What openFolder needs from a started process (a ChildProcess satisfies it). */
export interface StartedProcess {
  once(event: 'error', listener: (error: Error) => void): unknown;
  once(event: 'exit', listener: (code: number | null) => void): unknown;
  once(event: 'spawn', listener: () => void): unknown;
  unref(): void;
}

export interface OpenFolderOptions {
  readonly platform?: NodeJS.Platform;
  readonly start?: (command: string, args: readonly string[]) => StartedProcess;
  /**
   * An opener still running after this long is taken to be showing the folder: some hand over to
   * the file manager and stay alive with it, and the councillor must not wait on that.
   */
  readonly settleAfterMs?: number;
}

function startDetached(command: string, args: readonly string[]): StartedProcess {
  return spawn(command, [...args], { stdio: 'ignore', detached: true, windowsHide: false });
}

/**
 * Opens `folder` in the file manager. Resolves once the opener has done its job, rejects with a
 * reason when it cannot start (not installed) or reports failure (a non-zero exit).
 * Windows Explorer exits with 1 even when it succeeds, so there only starting counts.
 */
export function openFolder(folder: string, options: OpenFolderOptions = {}): Promise<void> {
  const platform = options.platform ?? process.platform;
  const { command, args } = openFolderCommand(platform, folder);
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    let child: StartedProcess;
    try {
      child = (options.start ?? startDetached)(command, args);
    } catch (error) {
      finish(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    child.once('error', (error) => finish(new Error(`${command} could not start: ${error.message}`)));
    child.once('spawn', () => {
      if (platform === 'win32') finish();
      else {
        timer = setTimeout(() => finish(), options.settleAfterMs ?? 5000);
        timer.unref();
      }
    });
    child.once('exit', (code) => finish(code === 0 || platform === 'win32' ? undefined : new Error(`${command} exited with code ${code}`)));
    // Briffio's own exit must not wait for the file manager.
    child.unref();
  });
}
