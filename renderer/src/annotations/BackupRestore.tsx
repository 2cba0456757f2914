import { useId, useState, type ChangeEvent } from 'react';
import type { BackupRestoreResult } from '../../../shared/backup-model';
import { useClient } from '../client/ClientProvider';
import { useText } from '../text/useText';
import { ImportSummary } from './ImportSummary';
import { readFileText } from './readFileText';

/** Restore from a backup file, after a confirm step that says what restoring does. */
export function BackupRestore({ onRestored }: Readonly<{ onRestored: () => void }>) {
  const { t } = useText();
  const client = useClient();
  const inputId = useId();
  const [chosen, setChosen] = useState<{ name: string; text: string } | null>(null);
  const [result, setResult] = useState<BackupRestoreResult | 'failed' | null>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setResult(null);
    setChosen({ name: file.name, text: await readFileText(file) });
  }

  async function restore(): Promise<void> {
    if (!chosen) return;
    const answer = await client['backup.restore']({ document: chosen.text });
    setChosen(null);
    setResult(answer.ok ? answer.value : 'failed');
    if (answer.ok && answer.value.outcome === 'restored') onRestored();
  }

  return (
    <div className="backup-restore">
      <h3>{t('annotations:ui.backup.restoreHeading')}</h3>
      <label htmlFor={inputId} className="file-label">
        {t('annotations:ui.backup.choose')}
      </label>
      <input id={inputId} type="file" accept=".json,application/json" onChange={(event) => void choose(event)} />
      {chosen ? (
        <div className="backup-restore__confirm" role="group" aria-label={t('annotations:ui.backup.confirmLabel')}>
          <p>{t('annotations:ui.backup.confirm', { file: chosen.name })}</p>
          <button type="button" className="button" onClick={() => void restore()}>
            {t('annotations:ui.backup.restore')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setChosen(null)}>
            {t('annotations:ui.dialog.cancel')}
          </button>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {result && result !== 'failed' && result.outcome === 'restored' ? (
          <>
            <p>{t('annotations:ui.backup.restored')}</p>
            <ImportSummary summary={{ ...result.annotations, skipped: result.skipped }} />
            <p>{t('annotations:ui.backup.questions', { count: result.questions.imported + result.questions.updated })}</p>
          </>
        ) : null}
      </div>
      {result && result !== 'failed' && result.outcome === 'rejected' ? (
        <p className="annotation-error" role="alert">
          {t(`annotations:backup.rejected.${result.reason}`)}
        </p>
      ) : null}
      {result === 'failed' ? (
        <p className="annotation-error" role="alert">
          {t('annotations:ui.error.restore')}
        </p>
      ) : null}
    </div>
  );
}
