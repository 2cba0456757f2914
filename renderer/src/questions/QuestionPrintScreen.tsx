import { useEffect } from 'react';
import { useCall } from '../client/useCall';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { questionsHref } from '../routing/route';
import { useText } from '../text/useText';
import { BackLink } from './BackLink';
import { MeetingNotFound } from './MeetingNotFound';
import { takePrintRequest } from './pendingPrint';
import { QuestionPrintDocument } from './QuestionPrintDocument';
import './questions.css';

/**
 * #/meetings/<id>/print: the list as a document, for paper or PDF. The print stylesheet drops
 * the app's header and these controls, so what prints is the document alone; the desktop app
 * and the browser both save it as a PDF from their print dialog. "Save as PDF" on the list opens
 * it too: in browser mode it asks to print once the list shows (pendingPrint.ts); the desktop
 * app renders it in a hidden window and waits for `data-print-state="ready"` before printing it
 * to a PDF (electron/main/pdf-export.ts).
 */
export function QuestionPrintScreen({ meetingId }: Readonly<{ meetingId: number }>) {
  const { t } = useText();
  const { state, reload } = useCall('questions.list', { meetingId });
  const status = state.status;
  useEffect(() => {
    // Printed once the document is on screen; a list that failed to load drops the request.
    if (status !== 'loading' && takePrintRequest(meetingId) && status === 'ready') window.print();
  }, [status, meetingId]);
  return (
    <div className="print-screen" data-print-state={state.status}>
      <div className="print-screen__controls">
        <BackLink href={questionsHref(meetingId)} label={t('questions:print.backToList')} />
        {state.status === 'ready' ? (
          <>
            <button type="button" className="button" onClick={() => window.print()}>
              {t('questions:ui.print')}
            </button>
            <p className="muted">{t('questions:print.hint')}</p>
          </>
        ) : null}
      </div>
      {state.status === 'loading' ? <LoadingState label={t('questions:ui.loading')} /> : null}
      {state.status === 'failed' && state.error.code === 'not_found' ? <MeetingNotFound /> : null}
      {state.status === 'failed' && state.error.code !== 'not_found' ? (
        <ErrorState level={1} heading={t('questions:ui.errorHeading')} error={state.error} onRetry={reload} />
      ) : null}
      {state.status === 'ready' ? <QuestionPrintDocument list={state.value} /> : null}
    </div>
  );
}
