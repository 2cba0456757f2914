import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import type { Settings } from '../../shared/domain';
import type { QuestionPdfSaved } from '../../shared/question-contract';
import { ImportJobs } from '../import/jobs';
import { loadSampleLibrary, seedSampleLibrary } from '../seed/sample-library';
import { createHandlers } from '../services/handlers';
import { startImportFromPath } from '../services/import-handlers';
import type { PdfRequest } from '../services/handler-deps';
import { Store } from '../store/store';
import { DATABASE_FILE_NAME } from './data-dir';
import { RollingBackups } from './rolling-backups';

export interface BriffioCore {
  readonly handlers: Handlers;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly store: Store;
  getSettings(): Settings;
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
  /**
   * Starts importing a file on this computer that the operating system asked Briffio to open,
   * answering the job id the page follows (as `import.start` would). The desktop app only: never
   * a path the page chose.
   */
  importFromPath(filePath: string): string;
  close(): void;
}

export interface OpenCoreOptions {
  readonly dataDir: string;
  readonly appRoot: string;
  readonly version: string;
  readonly host: 'electron' | 'browser';
  /** Clock for timestamps; tests pass a fixed one. */
  readonly now?: () => string;
  /** How this host shows a folder in the file manager (HandlerDeps.openFolder). */
  readonly openFolder?: (folder: string) => Promise<void>;
  /** How this host saves a question list as a PDF (HandlerDeps.printToPdf); the desktop app only. */
  readonly printToPdf?: (request: PdfRequest) => Promise<QuestionPdfSaved>;
  /** Automatic daily backups (on unless a test turns them off). */
  readonly rollingBackups?: boolean;
}

/**
 * Everything both hosts share: the data folder, the store (migrated), the sample library seeded
 * on first run, and the handler table. Throws AppFailure('database_newer' | 'database_corrupt' |
 * 'read_only' | 'disk_full') without touching an existing database it cannot use.
 */
export function openCore(options: OpenCoreOptions): BriffioCore {
  const now = options.now ?? (() => new Date().toISOString());
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const store = Store.open(databaseFile);
  try {
    seedSampleLibrary(store, () => loadSampleLibrary(path.join(options.appRoot, 'assets', 'sample-library')), now());
  } catch (error) {
    store.close();
    throw error;
  }
  // Private data is copied to the backup folder once a day (at start, then checked hourly).
  const backups = new RollingBackups({ store, dataDir: options.dataDir, appVersion: options.version, clock: () => new Date(now()) });
  const listeners = new Set<(settings: Settings) => void>();
  const importJobs = new ImportJobs({ store, now });
  const handlers = createHandlers({
    store,
    info: () => ({
      name: 'Briffio',
      version: options.version,
      dataDir: options.dataDir,
      databaseFile,
      schemaVersion: store.schemaVersion,
      host: options.host,
    }),
    settingsChanged: (settings) => listeners.forEach((listener) => listener(settings)),
    now,
    ...(options.openFolder ? { openFolder: options.openFolder } : {}),
    ...(options.printToPdf ? { printToPdf: options.printToPdf } : {}),
    backups,
    importJobs,
  });
  if (options.rollingBackups !== false) backups.start();
  return {
    handlers,
    dataDir: options.dataDir,
    databaseFile,
    store,
    getSettings: () => store.settings(),
    onSettingsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    importFromPath: (filePath) => startImportFromPath(importJobs, filePath),
    close: () => {
      backups.stop();
      store.close();
    },
  };
}
