import { useId } from 'react';
import { ADDRESSEES, QUESTION_LIMITS, type Addressee } from '../../../shared/question-model';
import { ADDRESSEE_KEYS } from '../../../shared/question-text';
import { useText } from '../text/useText';

/**
 * Who the question is for: the Cabinet Member, the Director, or someone else named by role
 * ("Head of Children Looked After"). The role field shows for "someone else", and whenever a
 * role was typed, since a named role is what the lists and exports print.
 */
export function AddresseeField({
  addressedTo,
  addressedRole,
  onAddressee,
  onRole,
  onBlur,
}: Readonly<{
  addressedTo: Addressee;
  addressedRole: string | null;
  onAddressee: (addressee: Addressee) => void;
  onRole: (role: string) => void;
  onBlur?: () => void;
}>) {
  const { t } = useText();
  const selectId = useId();
  const roleId = useId();
  const hintId = useId();
  const showRole = addressedTo === 'other' || (addressedRole ?? '') !== '';
  return (
    <div className="question-field question-field--addressee">
      <label htmlFor={selectId}>{t('questions:field.addressedTo')}</label>
      <select id={selectId} value={addressedTo} onChange={(event) => onAddressee(event.target.value as Addressee)} onBlur={onBlur}>
        {ADDRESSEES.map((addressee) => (
          <option key={addressee} value={addressee}>
            {t(ADDRESSEE_KEYS[addressee])}
          </option>
        ))}
      </select>
      {showRole ? (
        <>
          <label htmlFor={roleId}>{t('questions:field.addressedRole')}</label>
          <input
            id={roleId}
            type="text"
            value={addressedRole ?? ''}
            maxLength={QUESTION_LIMITS.addressedRole}
            aria-describedby={hintId}
            onChange={(event) => onRole(event.target.value)}
            onBlur={onBlur}
          />
          <p id={hintId} className="question-field__hint">
            {t('questions:ui.roleHint')}
          </p>
        </>
      ) : null}
    </div>
  );
}
