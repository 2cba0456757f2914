import type { MouseEvent, Ref } from 'react';
import { useText } from '../text/useText';
import type { ReviewField } from './reviewForm';

export const FIELD_IDS = {
  committee: 'import-committee',
  meetingDate: 'import-meeting-date',
  period: 'import-quarter',
  title: 'import-title',
  target: 'import-target-report',
} as const satisfies Record<ReviewField, string>;

const MESSAGE_KEYS = {
  committee: 'import:review.errors.committee',
  meetingDate: 'import:review.errors.meetingDate',
  period: 'import:review.errors.period',
  title: 'import:review.errors.title',
  target: 'import:review.errors.target',
} as const satisfies Record<ReviewField, string>;

export function errorMessageFor(field: ReviewField): (typeof MESSAGE_KEYS)[ReviewField] {
  return MESSAGE_KEYS[field];
}

/**
 * The problems that stop a save, listed at the top of the form (focused when Save is pressed) with
 * a link to each field. The links move focus by script: the address hash belongs to the router.
 */
export function ReviewErrors({ problems, ref }: Readonly<{ problems: readonly ReviewField[]; ref: Ref<HTMLDivElement> }>) {
  const { t } = useText();
  function jump(event: MouseEvent<HTMLAnchorElement>, field: ReviewField): void {
    event.preventDefault();
    document.getElementById(FIELD_IDS[field])?.focus();
  }
  return (
    <div className="import-errors" ref={ref} tabIndex={-1} role="alert">
      <h2>{t('import:review.errors.summary')}</h2>
      <ul>
        {problems.map((field) => (
          <li key={field}>
            <a href={`#${FIELD_IDS[field]}`} onClick={(event) => jump(event, field)}>
              {t(MESSAGE_KEYS[field])}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
