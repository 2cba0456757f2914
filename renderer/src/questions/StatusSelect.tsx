import { useId } from 'react';
import { SETTABLE_STATUSES, type QuestionStatus, type SettableStatus } from '../../../shared/question-model';
import { STATUS_KEYS } from '../../../shared/question-text';
import { useText } from '../text/useText';

/**
 * The statuses a councillor sets by hand. "Carried forward" is set only by carrying the question
 * forward, so it is listed (to show it) but cannot be chosen.
 */
export function StatusSelect({ value, onChange }: Readonly<{ value: QuestionStatus; onChange: (status: SettableStatus) => void }>) {
  const { t } = useText();
  const id = useId();
  return (
    <div className="question-field">
      <label htmlFor={id}>{t('questions:field.status')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SettableStatus)}>
        {SETTABLE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(STATUS_KEYS[status])}
          </option>
        ))}
        {value === 'carried_forward' ? (
          <option value="carried_forward" disabled>
            {t(STATUS_KEYS.carried_forward)}
          </option>
        ) : null}
      </select>
    </div>
  );
}
