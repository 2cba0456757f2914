import { useEffect, useRef, useState } from 'react';
import type { ImportProgress, ImportSaveResult } from '../../../shared/import';
import type { AppError } from '../../../shared/result';
import { fail } from '../../../shared/result';
import { usePageFocus } from '../app/PageFocus';
import { useClient } from '../client/ClientProvider';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useText } from '../text/useText';
import { ImportEnded } from './ImportEnded';
import { ImportFailed } from './ImportFailed';
import { ImportReading } from './ImportReading';
import { ImportReview } from './ImportReview';
import { ImportSaved } from './ImportSaved';

/** How often the page asks for progress while a file is read: often enough for a smooth page count. */
const POLL_MS = 200;

/**
 * One import, from reading to saved: polls `import.progress` while the file is read (showing pages
 * read and Cancel), then shows the review, then what was saved. Each change of stage moves focus to
 * the new heading and announces it, as a new page would.
 */
export function ImportJob({ jobId }: Readonly<{ jobId: string }>) {
  const client = useClient();
  const focus = usePageFocus();
  const { t } = useText();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<{ result: ImportSaveResult; title: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const lastState = useRef<string | null>(null);
  // Once Cancel is pressed no further progress answer may replace what cancelling says.
  const stopped = useRef(false);

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function poll(): Promise<void> {
      const result = await client['import.progress']({ jobId }).catch((caught: unknown) => fail('internal', String(caught)));
      if (!alive || stopped.current) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      if (lastState.current !== null && lastState.current !== result.value.state) focus.request();
      lastState.current = result.value.state;
      setProgress(result.value);
      if (result.value.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
    }
    void poll();
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
    };
  }, [client, jobId, focus, attempt]);

  async function cancel(): Promise<void> {
    stopped.current = true;
    const result = await client['import.cancel']({ jobId });
    focus.request();
    if (result.ok) setProgress(result.value);
    else setError(result.error);
  }

  function done(result: ImportSaveResult, title: string): void {
    focus.request();
    setSaved({ result, title });
  }

  if (saved) return <ImportSaved result={saved.result} title={saved.title} />;
  if (error?.code === 'not_found') return <ImportEnded heading={t('import:gone.heading')} body={t('import:gone.body')} />;
  if (error) {
    return (
      <ErrorState
        level={1}
        heading={t('import:failed.heading')}
        error={error}
        onRetry={() => {
          setError(null);
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  if (!progress) return <LoadingState label={t('import:loading')} />;
  switch (progress.state) {
    case 'running':
      return <ImportReading progress={progress} onCancel={() => void cancel()} />;
    case 'cancelled':
      return <ImportEnded heading={t('import:cancelled.heading')} body={t('import:nothingSaved')} />;
    case 'failed':
      return <ImportFailed error={progress.error ?? { code: 'internal', message: '' }} />;
    case 'done':
      return progress.draft ? <ImportReview jobId={jobId} draft={progress.draft} onSaved={done} /> : <LoadingState label={t('import:loading')} />;
  }
}
