import { useState } from 'react';
import type { MeetingOverview } from '../../../shared/question-model';
import type { AppError } from '../../../shared/result';
import { usePageFocus } from '../app/PageFocus';
import { useClient } from '../client/ClientProvider';
import { meetingModeHref, questionsPrintHref } from '../routing/route';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';
import { downloadFile } from '../common/downloadFile';
import { requestPrint } from './pendingPrint';

/**
 * The ways to take a list out: meeting mode, the print view (print, or save as PDF from the print
 * dialog, in Electron and in the browser alike), a PDF file, a Markdown file, and plain text on
 * the clipboard. The files are written in the interface language, so they read like the screen;
 * whatever is still being typed is saved first. "Save as PDF" asks the desktop app to save one
 * (questions.savePdf: a save dialog, then the print view printed to PDF); where the host cannot
 * (browser mode answers `unavailable`), it opens the print view and the browser's print dialog,
 * whose "Save as PDF" uses the same print stylesheet.
 */
export function ListExports({ meeting, beforeExport }: Readonly<{ meeting: MeetingOverview; beforeExport: () => Promise<void> }>) {
  const { t, language } = useText();
  const client = useClient();
  const focus = usePageFocus();
  const [failure, setFailure] = useState<{ readonly error: AppError | null } | null>(null);
  // Shown as well as announced, so sighted councillors see that the copy or download happened.
  const [done, setDone] = useState<string | null>(null);
  // One PDF at a time: the desktop app shows a save dialog and renders the list in the background.
  const [savingPdf, setSavingPdf] = useState(false);

  function report(message: string): void {
    setDone(message);
    focus.announce(message);
  }

  async function exported(format: 'markdown' | 'text'): Promise<string | null> {
    setFailure(null);
    setDone(null);
    await beforeExport();
    const result = await client['questions.export']({ meetingId: meeting.id, format, language });
    if (!result.ok) {
      setFailure({ error: result.error });
      return null;
    }
    return result.value;
  }

  async function download(): Promise<void> {
    const text = await exported('markdown');
    if (text === null) return;
    const file = `${t('questions:ui.fileName', { date: meeting.date })}.md`;
    downloadFile(text, file, 'text/markdown;charset=utf-8');
    report(t('questions:ui.downloaded', { file }));
  }

  async function savePdf(): Promise<void> {
    if (savingPdf) return;
    setFailure(null);
    setDone(null);
    setSavingPdf(true);
    try {
      await beforeExport();
      const result = await client['questions.savePdf']({ meetingId: meeting.id, language });
      if (!result.ok && result.error.code === 'unavailable') {
        requestPrint(meeting.id);
        window.location.hash = questionsPrintHref(meeting.id);
      } else if (!result.ok) {
        setFailure({ error: result.error });
      } else {
        report(result.value.saved ? t('questions:ui.pdfSaved', { file: result.value.fileName }) : t('questions:ui.pdfNotSaved'));
      }
    } finally {
      setSavingPdf(false);
    }
  }

  async function copy(): Promise<void> {
    const text = await exported('text');
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      report(t('questions:ui.copied'));
    } catch {
      setFailure({ error: null });
    }
  }

  return (
    <>
      <a className="button button--secondary" href={meetingModeHref(meeting.id)}>
        {t('questions:ui.meetingMode')}
      </a>
      <a className="button button--secondary" href={questionsPrintHref(meeting.id)}>
        {t('questions:ui.printView')}
      </a>
      <button type="button" className="button button--secondary" aria-disabled={savingPdf || undefined} onClick={() => void savePdf()}>
        {savingPdf ? t('questions:ui.savingPdf') : t('questions:ui.savePdf')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void download()}>
        {t('questions:ui.downloadMarkdown')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('questions:ui.copyText')}
      </button>
      {failure ? (
        <p role="alert" className="question-tools__failure">
          {failure.error ? t(errorMessageKey(failure.error.code)) : t('questions:ui.copyFailed')}
        </p>
      ) : null}
      {done ? <p className="question-tools__done">{done}</p> : null}
    </>
  );
}
