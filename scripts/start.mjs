// `npm start`: builds what is stale, then opens Briffio in its desktop window — or, when this
// machine has no Electron runtime, in the default web browser through browser mode, so a
// councillor always gets the app rather than a stack trace. Arguments are passed through
// (e.g. `npm start -- --data-dir /path/to/library`). The exit code is the app's.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const forwarded = process.argv.slice(2);

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/**
 * electron ≥ 42 downloads its binary lazily, the first time plain Node runs `require('electron')`,
 * and throws when it cannot. Asking in a child process keeps that throw out of this script; the
 * timeout bounds a download on a slow or stalled network (offline it fails at once).
 * Returns the binary's path, or null with the reason kept for BRIFFIO_DEBUG.
 */
function findElectron() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A download, when it happens, prints a progress line before the path.
  const candidate = (probe.stdout ?? '').trim().split('\n').pop()?.trim() ?? '';
  if (probe.status === 0 && candidate !== '' && existsSync(candidate)) return { binary: candidate };
  return { binary: null, reason: probe.error?.message ?? (probe.stderr || `exit status ${probe.status}`) };
}

/** Runs a child with our terminal, passes on termination signals, and exits as it exits. */
function run(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  // Ctrl+C reaches the child through the terminal's process group already; a SIGTERM sent to this
  // script alone (by a process manager) would otherwise orphan the app.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Briffio could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 1));
  });
}

const electron = findElectron();
if (electron.binary !== null) {
  // The project folder rather than build/electron/main.cjs: Electron then reads package.json (whose
  // "main" is main.cjs) and takes the app's name and version from it, so the default data folder is
  // the per-user "Briffio" folder that browser mode also uses, not a generic "Electron" one.
  const env = { ...process.env };
  // Inherited from some tool chains, it would make Electron behave as plain Node and exit.
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron.binary, [root, ...forwarded], env);
} else {
  if (process.env.BRIFFIO_DEBUG) console.error(electron.reason);
  console.log(
    'Briffio could not start its desktop window because the Electron runtime is not installed on this machine (it could not be downloaded); opening Briffio in your web browser instead.',
  );
  run(process.execPath, [path.join(root, 'build', 'electron', 'browser-mode.cjs'), ...forwarded]);
}
