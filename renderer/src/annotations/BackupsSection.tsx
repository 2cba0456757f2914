import { useEffect, useId, useState, type FormEvent } from 'react';
import { isAbsoluteFolderPath, type BackupStatus } from '../../../shared/backup-model';
import { useClient } from '../client/ClientProvider';
import { useCall } from '../client/useCall';
import { formatDate } from '../text/formatDate';
import { useText } from '../text/useText';
import { BackupRestore } from './BackupRestore';
import { downloadFile } from '../common/downloadFile';

/**
 * Backups of all private data (notes, questions, settings): a one-click download, restore from a
 * file, and the automatic daily backups — where they go, when the last one was made, "Back up now".
 */
export function BackupsSection({ onRestored }: Readonly<{ onRestored: () => void }>) {
  const { t } = useText();
  const client = useClient();
  const folderId = useId();
  const status = useCall('backup.status', {});
  const [current, setCurrent] = useState<BackupStatus | null>(null);
  const [folder, setFolder] = useState('');
  const [folderProblem, setFolderProblem] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (status.state.status === 'ready') {
      setCurrent(status.state.value);
      setFolder(status.state.value.isDefaultFolder ? '' : status.state.value.folder);
    }
  }, [status.state]);

  async function download(): Promise<void> {
    const result = await client['backup.export']({});
    setFailed(result.ok ? null : t('annotations:ui.error.backup'));
    if (result.ok) downloadFile(JSON.stringify(result.value.document, null, 2), result.value.fileName, result.value.mediaType);
  }

  async function runNow(): Promise<void> {
    setMessage(null);
    const result = await client['backup.runNow']({});
    if (!result.ok) {
      setFailed(t('annotations:ui.error.backup'));
      return;
    }
    setFailed(null);
    setCurrent(result.value);
    setMessage(result.value.lastError ? null : t('annotations:ui.backup.doneNow'));
  }

  async function saveFolder(event: FormEvent): Promise<void> {
    event.preventDefault();
    const value = folder.trim();
    if (value !== '' && !isAbsoluteFolderPath(value)) {
      setFolderProblem(true);
      return;
    }
    setFolderProblem(false);
    const result = await client['settings.update']({ backupFolder: value === '' ? null : value });
    if (!result.ok) {
      setFailed(t('annotations:ui.error.folder'));
      return;
    }
    setFailed(null);
    setMessage(t('annotations:ui.backup.folderSaved'));
    status.reload();
  }

  return (
    <section className="notes-tools__part" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('annotations:ui.backup.heading')}</h2>
      <p>{t('annotations:ui.backup.intro')}</p>
      <p>
        <button type="button" className="button" onClick={() => void download()}>
          {t('annotations:ui.backup.download')}
        </button>
      </p>
      <BackupRestore onRestored={onRestored} />
      <h3>{t('annotations:ui.backup.rollingHeading')}</h3>
      {status.state.status === 'loading' ? <p role="status">{t('annotations:ui.loading')}</p> : null}
      {status.state.status === 'failed' ? (
        <p className="annotation-error" role="alert">
          {t('annotations:ui.error.backupStatus')}
        </p>
      ) : null}
      {current ? (
        <>
          <p>{t('annotations:ui.backup.rollingIntro', { count: 7 })}</p>
          <dl className="backup-facts">
            <dt>{t('annotations:ui.backup.folder')}</dt>
            <dd>
              <code>{current.folder}</code>
            </dd>
            <dt>{t('annotations:ui.backup.last')}</dt>
            <dd>{current.lastBackupAt ? formatDate(current.lastBackupAt, t) : t('annotations:ui.backup.never')}</dd>
            <dt>{t('annotations:ui.backup.kept')}</dt>
            <dd>{t('annotations:ui.backup.files', { count: current.files.length })}</dd>
          </dl>
          {current.lastError ? (
            <p className="annotation-error" role="alert">
              {t(`annotations:backup.error.${current.lastError.code}`)}
            </p>
          ) : null}
        </>
      ) : null}
      <form className="backup-folder" onSubmit={(event) => void saveFolder(event)} noValidate>
        <label htmlFor={folderId}>{t('annotations:ui.backup.folderLabel')}</label>
        <p id={`${folderId}-hint`} className="field-hint">
          {t('annotations:ui.backup.folderHint')}
        </p>
        <input
          id={folderId}
          type="text"
          value={folder}
          onChange={(event) => setFolder(event.target.value)}
          aria-invalid={folderProblem}
          aria-describedby={folderProblem ? `${folderId}-hint ${folderId}-problem` : `${folderId}-hint`}
        />
        {folderProblem ? (
          <p id={`${folderId}-problem`} className="annotation-error">
            {t('annotations:ui.backup.folderInvalid')}
          </p>
        ) : null}
        <p className="notes-tools__buttons">
          <button type="submit" className="button button--secondary">
            {t('annotations:ui.backup.saveFolder')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void runNow()}>
            {t('annotations:ui.backup.now')}
          </button>
        </p>
      </form>
      <div role="status" aria-live="polite">
        {message ? <p>{message}</p> : null}
      </div>
      {failed ? (
        <p className="annotation-error" role="alert">
          {failed}
        </p>
      ) : null}
    </section>
  );
}
