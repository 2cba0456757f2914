import { useId } from 'react';
import type { AnnotationListItem } from '../../../shared/annotation-model';
import type { MeetingOverview, QuestionView } from '../../../shared/question-model';
import { useCall } from '../client/useCall';
import { LoadingState } from '../common/LoadingState';
import { useText } from '../text/useText';
import { InlineRetry } from './InlineRetry';
import { NoteItem } from './NoteItem';

/**
 * The councillor's notes on this meeting's reports, each with "Add to my questions": preparing
 * questions usually starts from what was noted while reading. Listed in document order per report.
 */
export function MeetingNotes({ meeting, onAdded }: Readonly<{ meeting: MeetingOverview; onAdded: (question: QuestionView) => void }>) {
  const { t } = useText();
  const headingId = useId();
  const library = useCall('library.get', {});
  const notes = useCall('annotations.listAll', {});
  if (meeting.reportCount === 0) return null;

  const reportIds = new Set(
    library.state.status === 'ready'
      ? library.state.value.committees.flatMap((committee) => committee.meetings.filter((m) => m.id === meeting.id).flatMap((m) => m.reports.map((r) => r.id)))
      : [],
  );
  const mine: AnnotationListItem[] = notes.state.status === 'ready' ? notes.state.value.filter((note) => reportIds.has(note.reportId)) : [];
  const failed = library.state.status === 'failed' ? library : notes.state.status === 'failed' ? notes : null;

  return (
    <section className="meeting-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('questions:ui.notesHeading')}</h2>
      {library.state.status === 'loading' || notes.state.status === 'loading' ? <LoadingState label={t('questions:ui.notesLoading')} /> : null}
      {failed && failed.state.status === 'failed' ? <InlineRetry error={failed.state.error} onRetry={failed.reload} /> : null}
      {library.state.status === 'ready' && notes.state.status === 'ready' ? (
        mine.length === 0 ? (
          <p className="muted">{t('questions:ui.notesNone')}</p>
        ) : (
          <>
            <p>{t('questions:ui.notesIntro')}</p>
            <ul className="meeting-notes__list">
              {mine.map((note) => (
                <NoteItem key={note.id} note={note} meetingId={meeting.id} onAdded={onAdded} />
              ))}
            </ul>
          </>
        )
      ) : null}
    </section>
  );
}
