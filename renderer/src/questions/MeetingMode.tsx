import { useEffect, useId, useRef, useState } from 'react';
import type { QuestionListView } from '../../../shared/question-model';
import { addresseeText, PRIORITY_KEYS, STATUS_KEYS } from '../../../shared/question-text';
import { usePageFocus } from '../app/PageFocus';
import { PageHeading } from '../common/PageHeading';
import { questionsHref } from '../routing/route';
import { formatDate } from '../text/formatDate';
import { useText } from '../text/useText';
import { EvidenceList } from './EvidenceList';
import { MeetingModeKeys } from './MeetingModeKeys';
import { meetingAction, startIndex, type MeetingAction } from './meetingKeys';
import { SaveStatus } from './SaveStatus';
import { StatusBadge } from './StatusBadge';
import { textLookup } from '../text/textLookup';
import { useQuestionList } from './useQuestionList';

const LETTERS_SETTING = 'briffio.meetingMode.singleKeys';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}

function lettersSetting(): boolean {
  try {
    return window.localStorage.getItem(LETTERS_SETTING) !== 'off';
  } catch {
    return true;
  }
}

/**
 * At the meeting: one question at a time in large text, without the app's header. Its evidence
 * is one key away (E), asked and answered one key each (A, S), notes one key away (T), next and
 * previous with N/P or the arrows, Escape to leave. Every key is also a visible button, the keys
 * are listed on screen, and the letters can be turned off. Notes and marks autosave as on the list.
 */
export function MeetingMode({ initial }: Readonly<{ initial: QuestionListView }>) {
  const { t } = useText();
  const focus = usePageFocus();
  const model = useQuestionList(initial);
  const { meeting, questions } = model;
  const [index, setIndex] = useState(() => startIndex(initial.questions.map((question) => question.status)));
  const [showEvidence, setShowEvidence] = useState(false);
  const [letters, setLetters] = useState(lettersSetting);
  const notes = useRef<HTMLTextAreaElement>(null);
  const questionRef = useRef<HTMLElement>(null);
  const positionId = useId();
  const evidenceId = useId();
  const notesId = useId();
  const current = questions[Math.min(index, questions.length - 1)] ?? null;
  const position = Math.min(index, questions.length - 1) + 1;

  function go(step: 1 | -1): void {
    const next = index + step;
    if (next < 0 || next >= questions.length) {
      focus.announce(t(step > 0 ? 'questions:mode.last' : 'questions:mode.first'));
      return;
    }
    void model.flush();
    setIndex(next);
    setShowEvidence(false);
    const question = questions[next]!;
    focus.announce(
      t('questions:mode.announce', {
        position: next + 1,
        total: questions.length,
        text: question.text.trim() || t('questions:export.untitled'),
      }),
    );
  }

  function mark(status: 'asked' | 'answered'): void {
    if (!current) return;
    model.edit(current.id, { status }, { immediately: true });
    focus.announce(t('questions:labelled', { label: t('questions:field.status'), value: t(STATUS_KEYS[status]) }));
  }

  function run(action: MeetingAction): void {
    switch (action) {
      case 'next':
        return go(1);
      case 'previous':
        return go(-1);
      case 'asked':
        return mark('asked');
      case 'answered':
        return mark('answered');
      case 'evidence':
        setShowEvidence((open) => !open);
        return;
      case 'notes':
        notes.current?.focus();
        return;
      case 'leave':
        window.location.hash = questionsHref(meeting.id);
        return;
    }
  }

  // The latest `run` and letters setting for the window's key listener, which is added once.
  const runRef = useRef(run);
  runRef.current = run;
  const lettersRef = useRef(letters);
  lettersRef.current = letters;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing || document.querySelector('dialog:modal')) return;
      const action = meetingAction(
        { key: event.key, altKey: event.altKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, typing: isTyping(event.target) },
        lettersRef.current,
      );
      if (action === null) return;
      event.preventDefault();
      if (action === 'stopTyping') {
        questionRef.current?.focus();
        return;
      }
      runRef.current(action);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  function changeLetters(on: boolean): void {
    setLetters(on);
    try {
      window.localStorage.setItem(LETTERS_SETTING, on ? 'on' : 'off');
    } catch {
      // Not remembered; it still applies until meeting mode is left.
    }
  }

  const keyHint = (letter: string) => (letters ? letter : undefined);

  return (
    <div className="meeting-mode">
      <div className="meeting-mode__bar">
        <p className="meeting-mode__label">{t('questions:ui.meetingMode')}</p>
        <PageHeading>{t('questions:ui.listFor', { date: formatDate(meeting.date, t) })}</PageHeading>
        <SaveStatus save={model.save} onRetry={() => void model.flush()} />
        <a className="button button--secondary meeting-mode__leave" href={questionsHref(meeting.id)} aria-keyshortcuts="Escape">
          {t('questions:ui.leaveMeetingMode')}
        </a>
      </div>

      {current === null ? (
        <p className="meeting-mode__empty">{t('questions:export.empty')}</p>
      ) : (
        <section ref={questionRef} tabIndex={-1} className="meeting-mode__question" aria-labelledby={positionId}>
          <h2 id={positionId} className="meeting-mode__position">
            {t('questions:count.position', { position, total: questions.length })}
          </h2>
          <p className="meeting-mode__text">{current.text.trim() || t('questions:export.untitled')}</p>
          <ul className="meeting-mode__facts">
            <li>{t('questions:labelled', { label: t('questions:field.addressedTo'), value: addresseeText(current, textLookup(t)) })}</li>
            <li>{t('questions:labelled', { label: t('questions:field.priority'), value: t(PRIORITY_KEYS[current.priority]) })}</li>
            <li>
              <span className="visually-hidden">{t('questions:field.status')}</span> <StatusBadge status={current.status} />
            </li>
          </ul>

          <div className="meeting-mode__buttons">
            <button type="button" className="button button--secondary" aria-keyshortcuts={keyHint('P')} onClick={() => run('previous')}>
              <span aria-hidden="true">← </span>
              {t('questions:ui.previous')}
            </button>
            <button type="button" className="button" aria-keyshortcuts={keyHint('A')} onClick={() => run('asked')}>
              {t('questions:ui.markAsked')}
            </button>
            <button type="button" className="button" aria-keyshortcuts={keyHint('S')} onClick={() => run('answered')}>
              {t('questions:ui.markAnswered')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={showEvidence}
              aria-controls={showEvidence ? evidenceId : undefined}
              aria-keyshortcuts={keyHint('E')}
              onClick={() => run('evidence')}
            >
              {showEvidence ? t('questions:ui.hideEvidence') : t('questions:ui.showEvidence')}
            </button>
            <button type="button" className="button button--secondary" aria-keyshortcuts={keyHint('N')} onClick={() => run('next')}>
              {t('questions:ui.next')}
              <span aria-hidden="true"> →</span>
            </button>
          </div>

          {showEvidence ? (
            <div id={evidenceId} className="meeting-mode__evidence">
              <EvidenceList evidence={current.evidence} headingLevel={3} />
            </div>
          ) : null}

          <div className="question-field meeting-mode__notes">
            <label htmlFor={notesId}>{t('questions:field.answerNotes')}</label>
            <textarea
              ref={notes}
              id={notesId}
              rows={4}
              value={current.answerNotes}
              aria-keyshortcuts={keyHint('T')}
              onChange={(event) => model.edit(current.id, { answerNotes: event.target.value })}
              onBlur={() => void model.flush(current.id)}
            />
          </div>
        </section>
      )}

      <MeetingModeKeys letters={letters} onLetters={changeLetters} />
    </div>
  );
}
