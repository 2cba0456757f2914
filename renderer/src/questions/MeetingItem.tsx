import { useId } from 'react';
import type { MeetingOverview } from '../../../shared/question-model';
import { meetingModeHref, questionsHref } from '../routing/route';
import { formatDate } from '../text/formatDate';
import { useText } from '../text/useText';

/** A meeting: a link to its list, how many questions (and unanswered) and reports it has. */
export function MeetingItem({ meeting }: Readonly<{ meeting: MeetingOverview }>) {
  const { t } = useText();
  const date = formatDate(meeting.date, t);
  const headingId = useId();
  return (
    <li className="meeting-item">
      <h3 id={headingId} className="meeting-item__heading">
        <a href={questionsHref(meeting.id)}>{t('questions:ui.listFor', { date })}</a>
      </h3>
      <p className="meeting-item__counts">
        <span className="meeting-item__count">{t('questions:count.questions', { count: meeting.questionCount })}</span>
        {meeting.questionCount > 0 ? <span>{t('questions:count.unanswered', { count: meeting.unansweredCount })}</span> : null}
        <span>{t('library:meeting.reportCount', { count: meeting.reportCount })}</span>
      </p>
      {meeting.questionCount > 0 ? (
        <p className="meeting-item__links">
          <a href={meetingModeHref(meeting.id)} aria-describedby={headingId}>
            {t('questions:ui.meetingMode')}
          </a>
        </p>
      ) : null}
    </li>
  );
}
