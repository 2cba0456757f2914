import { useState } from 'react';
import type { ReportVersionView, ReportView } from '../../../shared/domain';
import type { AppError } from '../../../shared/result';
import { downloadFile } from '../common/downloadFile';
import { usePageFocus } from '../app/PageFocus';
import { useClient } from '../client/ClientProvider';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';
import { PACK_MEDIA_TYPE, packFileName } from './packFileName';

type ExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | { readonly status: 'done'; readonly file: string }
  | { readonly status: 'failed'; readonly error: AppError };

/**
 * "Export as pack": the report as a Briffio pack (the format Briffio imports), saved through the
 * browser's download under the shown version's title. Says what happened, on screen and to screen
 * readers.
 */
export function ExportPackButton({ report, version }: Readonly<{ report: ReportView; version: ReportVersionView }>) {
  const { t } = useText();
  const client = useClient();
  const focus = usePageFocus();
  const [state, setState] = useState<ExportState>({ status: 'idle' });

  async function exportPack(): Promise<void> {
    if (state.status === 'working') return;
    setState({ status: 'working' });
    const result = await client['report.exportPack']({ reportId: report.id });
    if (!result.ok) {
      setState({ status: 'failed', error: result.error });
      return;
    }
    const file = packFileName(version.title, report.key);
    downloadFile(`${JSON.stringify(result.value, null, 2)}\n`, file, PACK_MEDIA_TYPE);
    setState({ status: 'done', file });
    focus.announce(t('report:exportPack.done', { file }));
  }

  return (
    <div className="export-pack">
      <button type="button" className="button button--secondary" onClick={() => void exportPack()}>
        {state.status === 'working' ? t('report:exportPack.working') : t('report:exportPack.button')}
      </button>
      {state.status === 'done' ? <p className="export-pack__done">{t('report:exportPack.done', { file: state.file })}</p> : null}
      {state.status === 'failed' ? (
        <p className="export-pack__failed" role="alert">
          {t('report:exportPack.failed')} <span>{t(errorMessageKey(state.error.code))}</span>
        </p>
      ) : null}
    </div>
  );
}
