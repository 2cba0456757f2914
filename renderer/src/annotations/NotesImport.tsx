import { useId, useState, type ChangeEvent } from 'react';
import type { AnnotationImportResult } from '../../../shared/annotation-model';
import { useClient } from '../client/ClientProvider';
import { useText } from '../text/useText';
import { ImportSummary } from './ImportSummary';
import { readFileText } from './readFileText';

/** Import a W3C notes file (from Briffio on another laptop); a second import adds nothing twice. */
export function NotesImport({ onImported }: Readonly<{ onImported: () => void }>) {
  const { t } = useText();
  const client = useClient();
  const inputId = useId();
  const [state, setState] = useState<{ status: 'idle' | 'working' | 'failed' } | { status: 'done'; result: AnnotationImportResult }>({ status: 'idle' });

  async function choose(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setState({ status: 'working' });
    const result = await client['annotations.importW3C']({ document: await readFileText(file) });
    if (!result.ok) {
      setState({ status: 'failed' });
      return;
    }
    setState({ status: 'done', result: result.value });
    if (result.value.outcome === 'imported') onImported();
  }

  return (
    <section className="notes-tools__part" aria-labelledby="notes-import-heading">
      <h2 id="notes-import-heading">{t('annotations:ui.import.heading')}</h2>
      <p>{t('annotations:ui.import.intro')}</p>
      <label htmlFor={inputId} className="file-label">
        {t('annotations:ui.import.choose')}
      </label>
      <input id={inputId} type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(event) => void choose(event)} />
      <div role="status" aria-live="polite">
        {state.status === 'working' ? <p>{t('annotations:ui.import.working')}</p> : null}
        {state.status === 'done' && state.result.outcome === 'imported' ? <ImportSummary summary={state.result} /> : null}
      </div>
      {state.status === 'done' && state.result.outcome === 'rejected' ? (
        <p className="annotation-error" role="alert">
          {t(`annotations:import.rejected.${state.result.reason}`)}
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p className="annotation-error" role="alert">
          {t('annotations:ui.error.import')}
        </p>
      ) : null}
    </section>
  );
}
