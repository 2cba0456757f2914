import { isUnanswered, type QuestionListView } from '../../../shared/question-model';
import { PageHeading } from '../common/PageHeading';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatDate } from '../text/formatDate';
import { useText } from '../text/useText';
import { PrintQuestion } from './PrintQuestion';

/**
 * The printable list: the meeting, committee and counts, then each question numbered, with who it
 * is for, priority, status, its evidence written out with the report it comes from, the answer
 * notes and where it was carried from. The same words as the Markdown and text exports.
 */
export function QuestionPrintDocument({ list }: Readonly<{ list: QuestionListView }>) {
  const { t, language } = useText();
  const { meeting, questions } = list;
  const committee = pickText(meeting.committee.name, language);
  const council = pickText(meeting.committee.council, language);
  const unanswered = questions.filter((question) => isUnanswered(question.status)).length;
  return (
    <article className="print-document">
      <PageHeading>{t('questions:export.title', { date: formatDate(meeting.date, t) })}</PageHeading>
      {committee ? <p lang={langIfDifferent(committee.lang, language)}>{committee.text}</p> : null}
      {council ? <p lang={langIfDifferent(council.lang, language)}>{council.text}</p> : null}
      <p className="question-counts">
        <span>{t('questions:count.questions', { count: questions.length })}</span>
        <span>{t('questions:count.unanswered', { count: unanswered })}</span>
      </p>
      {questions.length === 0 ? (
        <p>{t('questions:export.empty')}</p>
      ) : (
        <ol className="print-document__questions">
          {questions.map((question, index) => (
            <PrintQuestion key={question.id} question={question} position={index + 1} total={questions.length} />
          ))}
        </ol>
      )}
    </article>
  );
}
