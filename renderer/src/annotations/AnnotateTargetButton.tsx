import { DEFAULT_COLOUR } from '../../../shared/annotation-model';
import { useText } from '../text/useText';
import { useReportAnnotations, type NewTarget } from './annotationsContext';

/** "Add a note" on a whole section or an indicator card; the note opens in the side panel. */
export function AnnotateTargetButton({ target, describedBy }: Readonly<{ target: NewTarget; describedBy?: string }>) {
  const { t } = useText();
  const annotations = useReportAnnotations();
  if (!annotations) return null;
  return (
    <button
      type="button"
      className="button button--small button--secondary annotate-target"
      aria-describedby={describedBy}
      onClick={() => void annotations.create(target, DEFAULT_COLOUR, { edit: true })}
    >
      {t(target.kind === 'indicator' ? 'annotations:ui.target.addIndicator' : 'annotations:ui.target.addSection')}
    </button>
  );
}
