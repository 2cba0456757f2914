import { useText } from '../text/useText';
import { useReportAnnotations } from './annotationsContext';

/** Opens and closes the side panel; its label counts the report's notes. */
export function AnnotationPanelToggle() {
  const { t } = useText();
  const annotations = useReportAnnotations();
  if (!annotations) return null;
  const count = annotations.list?.length ?? 0;
  return (
    <button
      type="button"
      className="button button--secondary annotation-toggle"
      aria-expanded={annotations.panelOpen}
      aria-controls="annotation-panel"
      onClick={() => annotations.setPanelOpen(!annotations.panelOpen)}
    >
      {t('annotations:ui.panel.toggle', { count })}
    </button>
  );
}
