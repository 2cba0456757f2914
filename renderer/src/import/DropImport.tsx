import { useEffect, useState } from 'react';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';
import { useStartImport } from './useStartImport';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Dropping a file anywhere on the window imports it, as File → Import… does. The overlay shows
 * while a file is dragged over the window; the file picker on the Import screen is the keyboard
 * way to do the same. Drops are always stopped here, so a dropped file can never navigate the
 * window away from the app.
 */
export function DropImport() {
  const { t } = useText();
  const { state, start } = useStartImport();
  const [dragging, setDragging] = useState(false);
  const [dismissed, setDismissed] = useState<unknown>(null);

  useEffect(() => {
    let depth = 0;
    function enter(event: DragEvent): void {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    }
    function over(event: DragEvent): void {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
    function leave(event: DragEvent): void {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    }
    function drop(event: DragEvent): void {
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void start(file);
    }
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [start]);

  return (
    <>
      {dragging ? (
        <div className="import-drop" role="status">
          <p className="import-drop__message">{t('import:drop.overlay')}</p>
        </div>
      ) : null}
      {state.status === 'failed' && dismissed !== state ? (
        <div className="import-drop-error error-state" role="alert">
          <p>{t(errorMessageKey(state.error.code))}</p>
          <p>{t('import:nothingSaved')}</p>
          <button type="button" className="button button--secondary" onClick={() => setDismissed(state)}>
            {t('import:dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
}
