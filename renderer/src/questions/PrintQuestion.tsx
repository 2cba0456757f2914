import type { QuestionView } from '../../../shared/question-model';
import { addresseeText, PRIORITY_KEYS, STATUS_KEYS } from '../../../shared/question-text';
import { useText } from '../text/useText';
import { EvidenceList } from './EvidenceList';
import { QuestionHistory } from './QuestionHistory';
import { textLookup } from '../text/textLookup';

/** One question on paper: its words, then label–value lines, evidence, answer notes and history. */
export function PrintQuestion({ question, position, total }: Readonly<{ question: QuestionView; position: number; total: number }>) {
  const { t } = useText();
  const labelled = (label: string, value: string) => t('questions:labelled', { label, value });
  return (
    <li className="print-question">
      <h2 className="print-question__heading">{t('questions:count.position', { position, total })}</h2>
      <p className="print-question__text">{question.text.trim() || t('questions:export.untitled')}</p>
      <ul className="print-question__facts">
        <li>{labelled(t('questions:field.addressedTo'), addresseeText(question, textLookup(t)))}</li>
        <li>{labelled(t('questions:field.priority'), t(PRIORITY_KEYS[question.priority]))}</li>
        <li>{labelled(t('questions:field.status'), t(STATUS_KEYS[question.status]))}</li>
      </ul>
      <EvidenceList evidence={question.evidence} headingLevel={3} />
      {question.answerNotes.trim() ? (
        <div className="print-question__notes">
          <h3>{t('questions:field.answerNotes')}</h3>
          <p>{question.answerNotes}</p>
        </div>
      ) : null}
      <QuestionHistory question={question} />
    </li>
  );
}
