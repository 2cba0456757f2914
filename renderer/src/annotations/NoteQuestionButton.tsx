import type { Annotation } from '../../../shared/annotation-model';
import { AddToQuestionsButton } from '../questions/AddToQuestionsButton';
import { withoutMarkup } from '../questions/evidenceWords';
import { useText } from '../text/useText';

/**
 * "Add to my questions" on one of the councillor's notes: the question arrives with the note as
 * its evidence (the report, the section or paragraph, the quoted words and the note itself).
 */
export function NoteQuestionButton({ annotation, meetingId, describedBy }: Readonly<{ annotation: Annotation; meetingId?: number | undefined; describedBy?: string | undefined }>) {
  const { t } = useText();
  const quote = annotation.target.kind === 'text' ? withoutMarkup(annotation.target.exact) : null;
  const note = annotation.body.trim() || t('questions:ui.noteEmpty');
  return (
    <p className="annotation-item__question">
      <AddToQuestionsButton
        evidence={{ kind: 'annotation', annotationId: annotation.id }}
        meetingId={meetingId}
        summary={quote ? t('questions:evidence.annotationOn', { quote, note }) : t('questions:evidence.annotation', { note })}
        describedBy={describedBy}
      />
    </p>
  );
}
