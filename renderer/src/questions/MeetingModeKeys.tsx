import { useId } from 'react';
import { useText } from '../text/useText';
import { ACTION_LETTERS, type MeetingAction } from './meetingKeys';

const ACTION_LABELS = {
  next: 'questions:ui.next',
  previous: 'questions:ui.previous',
  asked: 'questions:ui.markAsked',
  answered: 'questions:ui.markAnswered',
  evidence: 'questions:mode.toggleEvidence',
  notes: 'questions:mode.typeNotes',
} as const satisfies Record<Exclude<MeetingAction, 'leave'>, string>;

/** Meeting mode's keys, listed on screen in the interface language, and the switch for the letters. */
export function MeetingModeKeys({ letters, onLetters }: Readonly<{ letters: boolean; onLetters: (on: boolean) => void }>) {
  const { t } = useText();
  const headingId = useId();
  const switchId = useId();
  const hintId = useId();
  return (
    <section className="meeting-mode__keys" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('questions:mode.keysHeading')}</h2>
      <dl>
        {ACTION_LETTERS.map(([action, letter]) => (
          <div key={action} className={letters ? undefined : 'meeting-mode__key--off'}>
            <dt>
              <kbd>{letter}</kbd>
              {action === 'next' ? (
                <>
                  {' / '}
                  <kbd aria-hidden="true">→</kbd>
                </>
              ) : null}
              {action === 'previous' ? (
                <>
                  {' / '}
                  <kbd aria-hidden="true">←</kbd>
                </>
              ) : null}
            </dt>
            <dd>{t(ACTION_LABELS[action])}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>{t('questions:mode.escapeKey')}</kbd>
          </dt>
          <dd>{t('questions:mode.escape')}</dd>
        </div>
      </dl>
      <p className="question-field__check">
        <input id={switchId} type="checkbox" checked={letters} aria-describedby={hintId} onChange={(event) => onLetters(event.target.checked)} />
        <label htmlFor={switchId}>{t('questions:mode.shortcuts')}</label>
      </p>
      <p id={hintId} className="muted">
        {t('questions:mode.shortcutsHint')}
      </p>
    </section>
  );
}
