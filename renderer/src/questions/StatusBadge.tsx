import type { QuestionStatus } from '../../../shared/question-model';
import { STATUS_KEYS } from '../../../shared/question-text';
import { useText } from '../text/useText';

/** A question's status as a word on a tinted badge (the colour only repeats the word). */
export function StatusBadge({ status }: Readonly<{ status: QuestionStatus }>) {
  const { t } = useText();
  return <span className={`status-badge status-badge--${status}`}>{t(STATUS_KEYS[status])}</span>;
}
