import { parseBackupDocument, type BackupRestoreResult } from '../../shared/backup-model';
import type { Handlers } from '../../shared/contract';
import { localDay, RollingBackups } from '../core/rolling-backups';
import { annotationTranslator, type AnnotationHandlerOptions } from './annotation-handlers';
import type { HandlerDeps } from './handler-deps';

type BackupCalls = 'backup.export' | 'backup.restore' | 'backup.status' | 'backup.runNow';

/**
 * One-click backup of all private data (annotations, questions, settings) as a file the
 * councillor saves where they choose, restore from such a file, and the state of the automatic
 * rolling backups (electron/core/rolling-backups.ts).
 */
export function backupHandlers(deps: HandlerDeps, options: AnnotationHandlerOptions = {}): Pick<Handlers, BackupCalls> {
  const { store, now, info, settingsChanged } = deps;
  // openCore hands over the running schedule; without one (a unit test), backups still work on request.
  const rolling = deps.backups ?? new RollingBackups({ store, dataDir: info().dataDir, appVersion: info().version });
  const translator = annotationTranslator(options);
  return {
    'backup.export': () => {
      const createdAt = now();
      const t = translator(store.settings().language);
      return {
        fileName: `${t('annotations:backup.fileStem')}-${localDay(new Date(createdAt))}.json`,
        mediaType: 'application/json',
        document: store.backups.exportDocument({ createdAt, appVersion: info().version, schemaVersion: store.schemaVersion }),
      };
    },
    'backup.restore': ({ document }): BackupRestoreResult => {
      const parsed = parseBackupDocument(document);
      if (!parsed.ok) return { outcome: 'rejected', reason: parsed.reason, problems: parsed.problems };
      let summary: BackupRestoreResult;
      try {
        summary = store.backups.restore(parsed.document);
      } catch (error) {
        // A row the database refuses (a question from a newer Briffio breaking a rule of this
        // one): the transaction rolled back, so nothing was restored — say so, do not crash.
        const code = (error as { code?: unknown } | null)?.code;
        if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
          return { outcome: 'rejected', reason: 'invalid', problems: [error instanceof Error ? error.message : String(error)] };
        }
        throw error;
      }
      settingsChanged(store.settings());
      return summary;
    },
    'backup.status': () => rolling.status(),
    'backup.runNow': () => rolling.runNow(),
  };
}
