import type { QuestionView } from '../../../shared/question-model';
import { STATUS_KEYS } from '../../../shared/question-text';
import { questionsHref } from '../routing/route';
import { formatDate } from '../text/formatDate';
import { useText } from '../text/useText';

/**
 * Where a question has been: the meetings it was carried from (oldest first, with what happened
 * there) and the later meeting it was carried to. Nothing for a question asked once.
 */
export function QuestionHistory({ question }: Readonly<{ question: Pick<QuestionView, 'history' | 'carriedTo'> }>) {
  const { t } = useText();
  const { history, carriedTo } = question;
  if (history.length === 0 && carriedTo === null) return null;
  const from = history.at(-1);
  return (
    <div className="question-history">
      {from ? <p>{t('questions:export.carriedFrom', { date: formatDate(from.meetingDate, t) })}</p> : null}
      {history.length > 0 ? (
        <ul>
          {history.map((entry) => (
            <li key={entry.questionId}>
              <a href={questionsHref(entry.meetingId)}>
                {t('questions:export.history', { date: formatDate(entry.meetingDate, t), status: t(STATUS_KEYS[entry.status]) })}
              </a>
              {entry.answerNotes ? <span className="question-history__notes"> {entry.answerNotes}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {carriedTo ? (
        <p>
          {t('questions:export.carriedTo', { date: formatDate(carriedTo.meetingDate, t) })}{' '}
          <a href={questionsHref(carriedTo.meetingId)}>{t('questions:ui.openCopy', { date: formatDate(carriedTo.meetingDate, t) })}</a>
        </p>
      ) : null}
    </div>
  );
}
