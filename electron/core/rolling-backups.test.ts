import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackupDocument } from '../../shared/backup-model';
import { fixturePack } from '../test-support/fixture-pack';
import { useTempDirs } from '../test-support/temp-dir';
import { Store } from '../store/store';
import { BACKUP_FOLDER_NAME, RollingBackups, rollingBackupName, type BackupFileSystem, type IntervalTimers } from './rolling-backups';

const tempDir = useTempDirs();

/** A clock the test moves by hand; days are local calendar days, as the file names are. */
function fakeClock(start = new Date(2026, 0, 10, 9, 30)) {
  let now = start;
  return {
    now: () => now,
    advance(hours: number) {
      now = new Date(now.getTime() + hours * 3_600_000);
    },
  };
}

function setUp(options: { files?: BackupFileSystem; folder?: string | null } = {}) {
  const dataDir = tempDir();
  const store = Store.open(path.join(dataDir, 'db.sqlite'));
  store.writePack(fixturePack(), { origin: 'import', now: '2026-01-01T00:00:00.000Z' });
  if (options.folder !== undefined) store.updateSettings({ backupFolder: options.folder });
  const clock = fakeClock();
  const backups = new RollingBackups({ store, dataDir, appVersion: 'test', clock: clock.now, ...(options.files ? { files: options.files } : {}) });
  const folder = options.folder ?? path.join(dataDir, BACKUP_FOLDER_NAME);
  const names = () => fs.readdirSync(folder).sort();
  return { store, backups, clock, folder, names, dataDir };
}

describe('rolling backups', () => {
  it('makes at most one backup a calendar day, in the data folder by default', () => {
    const { store, backups, clock, names } = setUp();
    const first = backups.runIfDue();
    expect(first).toMatchObject({ isDefaultFolder: true, lastError: null });
    expect(names()).toEqual(['briffio-backup-2026-01-10.json']);
    const written = fs.readFileSync(path.join(first.folder, 'briffio-backup-2026-01-10.json'), 'utf8');

    clock.advance(5);
    store.updateSettings({ theme: 'dark' });
    backups.runIfDue();
    expect(names()).toEqual(['briffio-backup-2026-01-10.json']);
    expect(fs.readFileSync(path.join(first.folder, 'briffio-backup-2026-01-10.json'), 'utf8')).toBe(written);

    clock.advance(24);
    const next = backups.runIfDue();
    expect(names()).toEqual(['briffio-backup-2026-01-10.json', 'briffio-backup-2026-01-11.json']);
    expect(next.files.map((file) => file.name)).toEqual(['briffio-backup-2026-01-11.json', 'briffio-backup-2026-01-10.json']);
    expect(next.lastBackupAt).toBe(next.files[0]!.createdAt);
    store.close();
  });

  it('keeps the newest seven', () => {
    const { store, backups, clock, names } = setUp();
    for (let day = 0; day < 10; day++) {
      backups.runIfDue();
      clock.advance(24);
    }
    expect(names()).toEqual(Array.from({ length: 7 }, (_, i) => `briffio-backup-2026-01-${13 + i}.json`));
    store.close();
  });

  it('writes a complete backup document that restores', () => {
    const { store, backups, folder } = setUp();
    backups.runIfDue();
    const text = fs.readFileSync(path.join(folder, 'briffio-backup-2026-01-10.json'), 'utf8');
    expect(parseBackupDocument(text)).toMatchObject({ ok: true, document: { format: 'briffio-backup', appVersion: 'test' } });
    store.close();
  });

  it('runNow replaces today’s backup with a fresh one', () => {
    const { store, backups, folder } = setUp();
    backups.runIfDue();
    store.updateSettings({ theme: 'dark' });
    backups.runNow();
    const text = fs.readFileSync(path.join(folder, 'briffio-backup-2026-01-10.json'), 'utf8');
    expect(JSON.parse(text).data.settings.theme).toBe('dark');
    store.close();
  });

  it('never leaves half a backup: a crash before the rename keeps yesterday’s file whole and today’s absent', () => {
    let failRename = false;
    const files: BackupFileSystem = {
      ...fs,
      renameSync: (from, to) => {
        // The power went off after the data was written to the temporary file.
        if (failRename) throw Object.assign(new Error('simulated crash'), { code: 'EIO' });
        fs.renameSync(from, to);
      },
    };
    const { store, backups, clock, names, folder } = setUp({ files });
    backups.runIfDue();
    const yesterday = fs.readFileSync(path.join(folder, 'briffio-backup-2026-01-10.json'));
    clock.advance(24);
    failRename = true;
    const status = backups.runIfDue();
    expect(status.lastError).toMatchObject({ code: 'internal' });
    expect(names()).toEqual(['briffio-backup-2026-01-10.json']);
    expect(fs.readFileSync(path.join(folder, 'briffio-backup-2026-01-10.json')).equals(yesterday)).toBe(true);

    failRename = false;
    expect(backups.runIfDue().lastError).toBeNull();
    expect(names()).toEqual(['briffio-backup-2026-01-10.json', 'briffio-backup-2026-01-11.json']);
    store.close();
  });

  it('clears away a temporary file a crash left behind, and never lists it as a backup', () => {
    const { store, backups, folder, names } = setUp();
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, '.briffio-backup-2026-01-09.json.4242.tmp'), '{"format":"briffio-bac');
    expect(backups.status().files).toEqual([]);
    backups.runIfDue();
    expect(names()).toEqual(['briffio-backup-2026-01-10.json']);
    store.close();
  });

  it('reports a full disk with its code and keeps the earlier backups', () => {
    let full = false;
    const files: BackupFileSystem = {
      ...fs,
      writeSync: ((fd: number, data: string) => {
        if (full) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        return fs.writeSync(fd, data);
      }) as BackupFileSystem['writeSync'],
    };
    const { store, backups, clock, names } = setUp({ files });
    backups.runIfDue();
    clock.advance(24);
    full = true;
    expect(backups.runIfDue().lastError).toMatchObject({ code: 'disk_full' });
    expect(names()).toEqual(['briffio-backup-2026-01-10.json']);
    store.close();
  });

  it('writes to a folder the councillor chose, and reports it missing (a USB stick unplugged) without creating it', () => {
    const chosen = path.join(tempDir(), 'usb-stick');
    fs.mkdirSync(chosen);
    const { store, backups, clock } = setUp({ folder: chosen });
    expect(backups.runIfDue()).toMatchObject({ folder: chosen, isDefaultFolder: false, lastError: null });
    expect(fs.readdirSync(chosen)).toEqual(['briffio-backup-2026-01-10.json']);

    fs.rmSync(chosen, { recursive: true });
    clock.advance(24);
    expect(backups.runIfDue()).toMatchObject({ lastError: { code: 'folder_missing' }, files: [] });
    expect(fs.existsSync(chosen)).toBe(false);
    store.close();
  });

  it('reports a chosen location that is a file, not a folder', () => {
    const file = path.join(tempDir(), 'not-a-folder.txt');
    fs.writeFileSync(file, 'x');
    const { store, backups } = setUp({ folder: file });
    expect(backups.runIfDue().lastError).toMatchObject({ code: 'not_a_folder' });
    store.close();
  });

  it('runs at start and then on an hourly timer that never keeps the process alive', () => {
    const dataDir = tempDir();
    const store = Store.open(path.join(dataDir, 'db.sqlite'));
    const scheduled: { callback: () => void; ms: number; unref: boolean }[] = [];
    let cleared = 0;
    const timers: IntervalTimers = {
      setInterval(callback, ms) {
        const entry = { callback, ms, unref: false };
        scheduled.push(entry);
        return { unref: () => (entry.unref = true) };
      },
      clearInterval: () => cleared++,
    };
    const clock = fakeClock();
    const backups = new RollingBackups({ store, dataDir, appVersion: 'test', clock: clock.now, timers });
    backups.start();
    expect(fs.readdirSync(path.join(dataDir, BACKUP_FOLDER_NAME))).toEqual([rollingBackupName(clock.now())]);
    expect(scheduled).toEqual([{ callback: expect.any(Function), ms: 3_600_000, unref: true }]);
    clock.advance(24);
    scheduled[0]!.callback();
    expect(fs.readdirSync(path.join(dataDir, BACKUP_FOLDER_NAME))).toHaveLength(2);
    backups.stop();
    expect(cleared).toBe(1);
    store.close();
  });
});
