import { useId } from 'react';
import type { AnnotationListItem } from '../../../shared/annotation-model';
import type { QuestionView } from '../../../shared/question-model';
import { pickText } from '../text/bilingual';
import { useText } from '../text/useText';
import { AddToQuestionsButton } from './AddToQuestionsButton';
import { withoutMarkup } from './evidenceWords';

/** One of the councillor's notes: what they wrote, on which words, where; and Add to my questions. */
export function NoteItem({ note, meetingId, onAdded }: Readonly<{ note: AnnotationListItem; meetingId: number; onAdded: (question: QuestionView) => void }>) {
  const { t, language } = useText();
  const bodyId = useId();
  const title = pickText(note.report.title, language);
  const quote = note.target.kind === 'text' ? note.target.exact : null;
  const body = note.body.trim() || t('questions:ui.noteEmpty');
  return (
    <li className="note-item">
      <p id={bodyId} className="note-item__body">
        {body}
      </p>
      {quote ? <p className="note-item__quote">{t('questions:evidence.quote', { quote: withoutMarkup(quote) })}</p> : null}
      <p className="note-item__where muted">
        {[title?.text, note.sectionHeading].filter(Boolean).join(' · ')}
      </p>
      <AddToQuestionsButton
        evidence={{ kind: 'annotation', annotationId: note.id }}
        meetingId={meetingId}
        summary={quote ? t('questions:evidence.annotationOn', { quote: withoutMarkup(quote), note: body }) : t('questions:evidence.annotation', { note: body })}
        describedBy={bodyId}
        onAdded={(question) => {
          if (question.meetingId === meetingId) onAdded(question);
        }}
      />
    </li>
  );
}
