import { useState } from 'react';
import { useClient } from '../client/ClientProvider';
import { useText } from '../text/useText';
import { downloadFile } from '../common/downloadFile';

/** Export every note: W3C Web Annotation JSON (to import elsewhere), or a document to print. */
export function NotesExport() {
  const { t, language } = useText();
  const client = useClient();
  const [failed, setFailed] = useState(false);

  async function exportW3C(): Promise<void> {
    const result = await client['annotations.exportW3C']({});
    setFailed(!result.ok);
    if (result.ok) downloadFile(JSON.stringify(result.value.document, null, 2), result.value.fileName, result.value.mediaType);
  }

  async function exportDocument(format: 'markdown' | 'html'): Promise<void> {
    const result = await client['annotations.exportDocument']({ format, language });
    setFailed(!result.ok);
    if (result.ok) downloadFile(result.value.document, result.value.fileName, result.value.mediaType);
  }

  return (
    <section className="notes-tools__part" aria-labelledby="notes-export-heading">
      <h2 id="notes-export-heading">{t('annotations:ui.export.heading')}</h2>
      <p>{t('annotations:ui.export.intro')}</p>
      <p className="notes-tools__buttons">
        <button type="button" className="button" onClick={() => void exportW3C()}>
          {t('annotations:ui.export.w3c')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void exportDocument('markdown')}>
          {t('annotations:ui.export.markdown')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void exportDocument('html')}>
          {t('annotations:ui.export.html')}
        </button>
      </p>
      {failed ? (
        <p className="annotation-error" role="alert">
          {t('annotations:ui.error.export')}
        </p>
      ) : null}
    </section>
  );
}
