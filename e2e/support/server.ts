import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface RunningServer {
  /** The printed URL, token included. */
  readonly url: string;
  /** http://127.0.0.1:PORT — the only origin the app may talk to. */
  readonly origin: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

export function freshDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'briffio-e2e-'));
}

/**
 * Starts browser mode exactly as a user would (`start:browser`), and reads the URL it prints.
 * `env` replaces the server's environment (e.g. a PATH with a stand-in file manager).
 */
export function startServer(
  dataDir: string = freshDataDir(),
  extraArgs: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningServer> {
  const child = spawn(process.execPath, [path.join(ROOT, 'build', 'electron', 'browser-mode.cjs'), '--no-open', '--data-dir', dataDir, ...extraArgs], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /^Briffio browser mode: (\S+)$/m.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        const url = match[1]!;
        resolve({
          url,
          origin: new URL(url).origin,
          dataDir,
          process: child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`Browser mode exited (${code}) before printing its URL:\n${output}`)));
  });
}
