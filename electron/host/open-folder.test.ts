import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { openFolder, openFolderCommand, type StartedProcess } from './open-folder';

/** A started process the test drives: it emits what a real opener would. */
function fakeProcess() {
  const emitter = new EventEmitter();
  const started: { command: string; args: readonly string[] }[] = [];
  const process = Object.assign(emitter, { unref: () => undefined }) as EventEmitter & StartedProcess;
  return {
    started,
    process,
    start: (command: string, args: readonly string[]) => {
      started.push({ command, args });
      return process;
    },
  };
}

describe('openFolderCommand', () => {
  it('uses each system’s own file manager, with the folder as a single argument', () => {
    const folder = '/home/cynghorydd/.config/Briffio; rm -rf ~';
    expect(openFolderCommand('linux', folder)).toEqual({ command: 'xdg-open', args: [folder] });
    expect(openFolderCommand('darwin', folder)).toEqual({ command: 'open', args: [folder] });
    expect(openFolderCommand('win32', 'C:\\Users\\Cynghorydd\\AppData\\Roaming\\Briffio')).toEqual({
      command: 'explorer.exe',
      args: ['C:\\Users\\Cynghorydd\\AppData\\Roaming\\Briffio'],
    });
  });
});

describe('openFolder', () => {
  it('resolves when the opener finishes successfully', async () => {
    const fake = fakeProcess();
    const opening = openFolder('/data', { platform: 'linux', start: fake.start });
    fake.process.emit('spawn');
    fake.process.emit('exit', 0);
    await expect(opening).resolves.toBeUndefined();
    expect(fake.started).toEqual([{ command: 'xdg-open', args: ['/data'] }]);
  });

  it('rejects with the exit code when the opener reports failure', async () => {
    const fake = fakeProcess();
    const opening = openFolder('/data', { platform: 'linux', start: fake.start });
    fake.process.emit('spawn');
    fake.process.emit('exit', 4);
    await expect(opening).rejects.toThrow('xdg-open exited with code 4');
  });

  it('rejects when the opener is not installed', async () => {
    const fake = fakeProcess();
    const opening = openFolder('/data', { platform: 'linux', start: fake.start });
    fake.process.emit('error', Object.assign(new Error('spawn xdg-open ENOENT'), { code: 'ENOENT' }));
    await expect(opening).rejects.toThrow('xdg-open could not start');
  });

  it('counts a started Explorer as success, since it exits with 1 even when it worked', async () => {
    const fake = fakeProcess();
    const opening = openFolder('C:\\Briffio', { platform: 'win32', start: fake.start });
    fake.process.emit('spawn');
    fake.process.emit('exit', 1);
    await expect(opening).resolves.toBeUndefined();
  });

  it('does not keep the councillor waiting on an opener that stays open with the file manager', async () => {
    const fake = fakeProcess();
    const opening = openFolder('/data', { platform: 'linux', start: fake.start, settleAfterMs: 0 });
    fake.process.emit('spawn');
    await expect(opening).resolves.toBeUndefined();
  });

  it('really starts a process and reads its exit status', async () => {
    // The system's opener is replaced by Node itself, so the test opens nothing on screen.
    const { spawn } = await import('node:child_process');
    const exitWith = (code: number) => (_command: string, args: readonly string[]) =>
      spawn(process.execPath, ['-e', `process.exit(${code})`, ...args], { stdio: 'ignore' });
    await expect(openFolder('/data', { platform: 'linux', start: exitWith(0) })).resolves.toBeUndefined();
    await expect(openFolder('/data', { platform: 'linux', start: exitWith(3) })).rejects.toThrow('exited with code 3');
  });
});
