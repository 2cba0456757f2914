import { useEffect, useRef } from 'react';
import { useText } from '../text/useText';
import { useReportAnnotations } from './annotationsContext';

/**
 * "Note deleted — Undo". It stays until dismissed or replaced (a toast on a timer fails slow
 * readers, WCAG 2.2.1), and Undo takes focus so one Enter brings the note back.
 */
export function AnnotationUndo() {
  const { t } = useText();
  const annotations = useReportAnnotations();
  const undo = useRef<HTMLButtonElement>(null);
  const deleted = annotations?.deleted ?? null;
  useEffect(() => {
    if (deleted) undo.current?.focus();
  }, [deleted]);
  if (!annotations || !deleted) return null;
  const message = t('annotations:ui.deleted', { colour: t(`annotations:colour.${deleted.colour}`) });
  return (
    <div className="undo-toast annotation-undo" role="group" aria-label={message}>
      <p className="undo-toast__message">{message}</p>
      <button ref={undo} type="button" className="button" onClick={() => void annotations.undoDelete()}>
        {t('annotations:ui.undo')}
      </button>
      <button type="button" className="button button--secondary" onClick={annotations.dismissUndo}>
        {t('annotations:ui.dismiss')}
      </button>
    </div>
  );
}
