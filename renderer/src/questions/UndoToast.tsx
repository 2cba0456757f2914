import { useEffect, useRef } from 'react';
import { useText } from '../text/useText';

/**
 * "Question deleted — Undo". It stays until dismissed or replaced (a toast that disappears on a
 * timer fails councillors who read slowly: WCAG 2.2.1), and the Undo button takes focus, so a
 * keyboard user who deleted by mistake presses Enter once.
 */
export function UndoToast({ message, onUndo, onDismiss }: Readonly<{ message: string; onUndo: () => void; onDismiss: () => void }>) {
  const { t } = useText();
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
  }, [message]);
  return (
    <div className="undo-toast" role="group" aria-label={message}>
      <p className="undo-toast__message">{message}</p>
      <button ref={undo} type="button" className="button" onClick={onUndo}>
        {t('questions:ui.undo')}
      </button>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('questions:ui.dismiss')}
      </button>
    </div>
  );
}
