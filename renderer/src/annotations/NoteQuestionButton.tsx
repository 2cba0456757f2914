import type { Annotation } from '../../../shared/annotation-model';
import { AddToQuestionsButton } from '../questions/AddToQuestionsButton';
import { withoutMarkup } from '../questions/evidenceWords';
import type { Translate } from '../text/useText';

/** What the dialog shows is being linked: the quoted words and the note. */
function noteSummary(annotation: Annotation, t: Translate): string {
  const quote = annotation.target.kind === 'text' ? withoutMarkup(annotation.target.exact) : null;
  const note = annotation.body.trim() || t('questions:ui.noteEmpty');
  return quote ? t('questions:evidence.annotationOn', { quote, note }) : t('questions:evidence.annotation', { note });
}

/**
 * "Add to my questions" on one of the councillor's notes: the question arrives with the note as
 * its evidence (the report, the section or paragraph, the quoted words and the note itself). It
 * translates nothing itself: a side panel has one per note (hundreds), so the summary is worked out
 * by the button's dialog when it opens.
 */
export function NoteQuestionButton({ annotation, meetingId, describedBy }: Readonly<{ annotation: Annotation; meetingId?: number | undefined; describedBy?: string | undefined }>) {
  return (
    <p className="annotation-item__question">
      <AddToQuestionsButton
        evidence={{ kind: 'annotation', annotationId: annotation.id }}
        meetingId={meetingId}
        summary={(t) => noteSummary(annotation, t)}
        describedBy={describedBy}
      />
    </p>
  );
}
