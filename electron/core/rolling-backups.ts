import * as nodeFs from 'node:fs';
import path from 'node:path';
import {
  ROLLING_BACKUP_PREFIX,
  ROLLING_BACKUPS_KEPT,
  type BackupErrorCode,
  type BackupFileInfo,
  type BackupStatus,
} from '../../shared/backup-model';
import type { Store } from '../store/store';

/**
 * Automatic rolling backups of private data: at most one a calendar day, named
 * `briffio-backup-YYYY-MM-DD.json`, the newest seven kept, in `<data folder>/backups` or the
 * folder chosen in settings (a USB stick, a OneDrive folder). openCore runs it at start and then
 * every hour while Briffio is open, so a laptop left running overnight still makes the next day's.
 *
 * A backup is written to a temporary file, flushed to disk and then renamed over its final name,
 * so a crash or power cut mid-write leaves either the previous file or the complete new one —
 * never half a backup. A failure (folder gone, disk full, no permission) is kept in the status
 * with a code the UI translates; it never throws into the app.
 */

/** The file operations a backup uses; tests substitute one to simulate a full disk. */
export type BackupFileSystem = Pick<
  typeof nodeFs,
  'mkdirSync' | 'statSync' | 'readdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync'
>;

export interface IntervalTimers {
  setInterval(callback: () => void, ms: number): { unref?: () => unknown };
  clearInterval(handle: unknown): void;
}

export interface RollingBackupsOptions {
  readonly store: Store;
  readonly dataDir: string;
  readonly appVersion: string;
  /** Tests pass a fake clock; the calendar day is the local one. */
  readonly clock?: () => Date;
  readonly keep?: number;
  readonly intervalMs?: number;
  readonly files?: BackupFileSystem;
  readonly timers?: IntervalTimers;
}

export const BACKUP_FOLDER_NAME = 'backups';
const HOUR = 60 * 60 * 1000;
const FILE_PATTERN = new RegExp(`^${ROLLING_BACKUP_PREFIX}(\\d{4}-\\d{2}-\\d{2})\\.json$`);
const TEMP_PATTERN = new RegExp(`^\\.${ROLLING_BACKUP_PREFIX}.*\\.tmp$`);

/** "2026-01-31" for the clock's local calendar day. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function rollingBackupName(date: Date): string {
  return `${ROLLING_BACKUP_PREFIX}${localDay(date)}.json`;
}

function errorCode(error: unknown): BackupErrorCode {
  switch ((error as { code?: unknown } | null)?.code) {
    case 'ENOENT':
      return 'folder_missing';
    case 'ENOTDIR':
      return 'not_a_folder';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'read_only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk_full';
    default:
      return 'internal';
  }
}

class BackupFailure extends Error {
  constructor(readonly code: BackupErrorCode) {
    super(code);
  }
}

export class RollingBackups {
  private readonly clock: () => Date;
  private readonly files: BackupFileSystem;
  private readonly keep: number;
  private readonly timers: IntervalTimers;
  private lastError: BackupStatus['lastError'] = null;
  private timer: unknown = null;

  constructor(private readonly options: RollingBackupsOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.files = options.files ?? nodeFs;
    this.keep = options.keep ?? ROLLING_BACKUPS_KEPT;
    this.timers = options.timers ?? {
      setInterval: (callback, ms) => setInterval(callback, ms),
      clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
    };
  }

  /** Runs a backup now if today has none, then checks again every hour; the timer never keeps the process alive. */
  start(): void {
    this.runIfDue();
    if (this.timer !== null) return;
    const handle = this.timers.setInterval(() => this.runIfDue(), this.options.intervalMs ?? HOUR);
    handle.unref?.();
    this.timer = handle;
  }

  stop(): void {
    if (this.timer === null) return;
    this.timers.clearInterval(this.timer);
    this.timer = null;
  }

  /** Where backups go now: the folder in settings, else the data folder's own. */
  folder(): { readonly folder: string; readonly isDefaultFolder: boolean } {
    const chosen = this.options.store.settings().backupFolder;
    return chosen ? { folder: chosen, isDefaultFolder: false } : { folder: path.join(this.options.dataDir, BACKUP_FOLDER_NAME), isDefaultFolder: true };
  }

  /** Makes today's backup unless it exists already. */
  runIfDue(): BackupStatus {
    return this.run(false);
  }

  /** Makes (or replaces) today's backup now. */
  runNow(): BackupStatus {
    return this.run(true);
  }

  status(): BackupStatus {
    const { folder, isDefaultFolder } = this.folder();
    let files: BackupFileInfo[] = [];
    let listingError: BackupStatus['lastError'] = null;
    try {
      files = this.listBackups(folder);
    } catch (error) {
      // A missing folder (a USB stick unplugged, or no backup made yet) is reported, not thrown.
      listingError = { code: errorCode(error), at: this.clock().toISOString() };
    }
    return { folder, isDefaultFolder, lastBackupAt: files[0]?.createdAt ?? null, lastError: this.lastError ?? listingError, files };
  }

  private run(force: boolean): BackupStatus {
    const { folder, isDefaultFolder } = this.folder();
    try {
      this.prepareFolder(folder, isDefaultFolder);
      const now = this.clock();
      const name = rollingBackupName(now);
      if (force || !this.exists(path.join(folder, name))) {
        const document = this.options.store.backups.exportDocument({
          createdAt: now.toISOString(),
          appVersion: this.options.appVersion,
          schemaVersion: this.options.store.schemaVersion,
        });
        this.writeAtomically(folder, name, `${JSON.stringify(document, null, 2)}\n`);
        this.prune(folder, name);
      }
      this.lastError = null;
    } catch (error) {
      this.lastError = { code: error instanceof BackupFailure ? error.code : errorCode(error), at: this.clock().toISOString() };
    }
    return this.status();
  }

  /** The data folder's own backups folder is created; a chosen one must already exist (it may be an unplugged drive). */
  private prepareFolder(folder: string, isDefaultFolder: boolean): void {
    if (isDefaultFolder) this.files.mkdirSync(folder, { recursive: true });
    const stat = this.files.statSync(folder);
    if (!stat.isDirectory()) throw new BackupFailure('not_a_folder');
  }

  private exists(file: string): boolean {
    try {
      this.files.statSync(file);
      return true;
    } catch {
      return false;
    }
  }

  private writeAtomically(folder: string, name: string, content: string): void {
    const finalPath = path.join(folder, name);
    const tempPath = path.join(folder, `.${name}.${process.pid}.tmp`);
    let fd: number | null = null;
    try {
      fd = this.files.openSync(tempPath, 'w');
      this.files.writeSync(fd, content);
      this.files.fsyncSync(fd);
      this.files.closeSync(fd);
      fd = null;
      this.files.renameSync(tempPath, finalPath);
    } catch (error) {
      if (fd !== null) {
        try {
          this.files.closeSync(fd);
        } catch {
          // Already failing; the original error is the one to report.
        }
      }
      try {
        this.files.unlinkSync(tempPath);
      } catch {
        // Nothing was created, or it cannot be removed: the temp name is never mistaken for a backup.
      }
      throw error;
    }
    this.syncFolder(folder);
  }

  /** Makes the rename itself durable where the platform allows (POSIX); Windows refuses, harmlessly. */
  private syncFolder(folder: string): void {
    let fd: number | null = null;
    try {
      fd = this.files.openSync(folder, 'r');
      this.files.fsyncSync(fd);
    } catch {
      // Not supported here (Windows, some network drives): the file itself is already flushed.
    } finally {
      if (fd !== null) {
        try {
          this.files.closeSync(fd);
        } catch {
          // Ignore: nothing depends on it.
        }
      }
    }
  }

  /** Keeps the newest `keep` days (today's always), removes older ones and leftovers of interrupted writes. */
  private prune(folder: string, keepName: string): void {
    const names = this.files.readdirSync(folder) as string[];
    for (const name of names) {
      if (TEMP_PATTERN.test(name)) this.tryUnlink(path.join(folder, name));
    }
    const backups = names.filter((name) => FILE_PATTERN.test(name) && name !== keepName).sort().reverse();
    for (const name of backups.slice(Math.max(0, this.keep - 1))) this.tryUnlink(path.join(folder, name));
  }

  private tryUnlink(file: string): void {
    try {
      this.files.unlinkSync(file);
    } catch {
      // An old backup that cannot be removed is harmless; the next run tries again.
    }
  }

  private listBackups(folder: string): BackupFileInfo[] {
    const names = (this.files.readdirSync(folder) as string[]).filter((name) => FILE_PATTERN.test(name));
    return names
      .map((name) => {
        const stat = this.files.statSync(path.join(folder, name));
        return { name, createdAt: stat.mtime.toISOString(), size: stat.size };
      })
      .sort((a, b) => b.name.localeCompare(a.name));
  }
}
