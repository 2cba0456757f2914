import type { LibraryView, ReportView, Settings } from '../../shared/domain';
import type { Language } from '../../shared/languages';
import type { Pack } from '../../shared/pack';
import { AnnotationStore } from './annotation-store';
import { BackupStore } from './backup-store';
import { openDatabase, SCHEMA_VERSION, type SqliteDatabase } from './database';
import { readLibrary, readReport } from './library-queries';
import { writePack, type WritePackOptions, type WritePackOutcome } from './pack-writer';
import { latestRevision, readImportContext, type ImportLibraryContext } from './import-queries';
import { exportPack } from './pack-export';
import { readFlag, readSettings, writeFlag, writeSettings } from './settings-store';

/**
 * The main process's one connection to the database. Every SQL statement in Briffio lives in
 * this folder; services call these methods and never see SQL.
 */
export class Store {
  readonly schemaVersion = SCHEMA_VERSION;

  private constructor(
    readonly db: SqliteDatabase,
    readonly file: string,
  ) {}

  static open(file: string): Store {
    return new Store(openDatabase(file), file);
  }

  private annotationStore: AnnotationStore | undefined;
  private backupStore: BackupStore | undefined;

  /** Private annotations (electron/store/annotation-store.ts). */
  get annotations(): AnnotationStore {
    return (this.annotationStore ??= new AnnotationStore(this.db));
  }

  /** Backup documents of all private data, and restoring them (electron/store/backup-store.ts). */
  get backups(): BackupStore {
    return (this.backupStore ??= new BackupStore(this.db));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Runs `work` in one transaction: on any error nothing it wrote is kept. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  settings(): Settings {
    return readSettings(this.db);
  }

  updateSettings(patch: Partial<Settings>): Settings {
    return writeSettings(this.db, patch);
  }

  flag(key: string): string | null {
    return readFlag(this.db, key);
  }

  setFlag(key: string, value: string): void {
    writeFlag(this.db, key, value);
  }

  library(): LibraryView {
    return readLibrary(this.db);
  }

  report(reportId: number): ReportView | null {
    return readReport(this.db, reportId);
  }

  hasReport(key: string): boolean {
    return this.db.prepare('SELECT 1 FROM reports WHERE key = ?').get(key) !== undefined;
  }

  writePack(pack: Pack, options: WritePackOptions): WritePackOutcome {
    return writePack(this.db, pack, options);
  }

  /** A stored report as a Briffio pack (newest revision of each language); null if there is none. */
  exportPack(reportId: number): Pack | null {
    return exportPack(this.db, reportId);
  }

  /** Committees, indicators, headline labels and reports, for matching an imported report. */
  importContext(): ImportLibraryContext {
    return readImportContext(this.db);
  }

  latestRevision(reportId: number, lang: Language): number {
    return latestRevision(this.db, reportId, lang);
  }
}
