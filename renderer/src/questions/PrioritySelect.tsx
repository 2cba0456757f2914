import { useId } from 'react';
import { PRIORITIES, type Priority } from '../../../shared/question-model';
import { PRIORITY_KEYS } from '../../../shared/question-text';
import { useText } from '../text/useText';

export function PrioritySelect({ value, onChange }: Readonly<{ value: Priority; onChange: (priority: Priority) => void }>) {
  const { t } = useText();
  const id = useId();
  return (
    <div className="question-field">
      <label htmlFor={id}>{t('questions:field.priority')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Priority)}>
        {PRIORITIES.map((priority) => (
          <option key={priority} value={priority}>
            {t(PRIORITY_KEYS[priority])}
          </option>
        ))}
      </select>
    </div>
  );
}
