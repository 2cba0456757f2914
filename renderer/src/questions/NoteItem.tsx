import { useId } from 'react';
import type { AnnotationListItem } from '../../../shared/annotation-model';
import type { QuestionView } from '../../../shared/question-model';
import { langIfDifferent, pickText } from '../text/bilingual';
import { PART_MARKER } from '../text/sentencePart';
import { SentenceWithPart } from '../text/SentenceWithPart';
import { useText } from '../text/useText';
import { AddToQuestionsButton } from './AddToQuestionsButton';
import { withoutMarkup } from './evidenceWords';

/** One of the councillor's notes: what they wrote, on which words, where; and Add to my questions. */
export function NoteItem({ note, meetingId, onAdded }: Readonly<{ note: AnnotationListItem; meetingId: number; onAdded: (question: QuestionView) => void }>) {
  const { t, language } = useText();
  const bodyId = useId();
  const title = pickText(note.report.title, language);
  const quote = note.target.kind === 'text' ? note.target.exact : null;
  // The quote and the section heading are in the language of the version the note was made on.
  const contentLang = note.target.kind === 'indicator' ? undefined : langIfDifferent(note.target.lang, language);
  const body = note.body.trim() || t('questions:ui.noteEmpty');
  return (
    <li className="note-item">
      <p id={bodyId} className="note-item__body">
        {body}
      </p>
      {quote ? (
        <p className="note-item__quote">
          <SentenceWithPart sentence={t('questions:evidence.quote', { quote: PART_MARKER })} part={withoutMarkup(quote)} lang={contentLang} />
        </p>
      ) : null}
      <p className="note-item__where muted">
        {title ? <span lang={langIfDifferent(title.lang, language)}>{title.text}</span> : null}
        {title && note.sectionHeading ? ' · ' : null}
        {note.sectionHeading ? <span lang={contentLang}>{note.sectionHeading}</span> : null}
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
