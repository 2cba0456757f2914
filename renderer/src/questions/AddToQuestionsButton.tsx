/**
 * "Add to my questions": the one way every screen turns evidence into a question.
 *
 * Usage (any screen where evidence appears):
 *
 *   <AddToQuestionsButton
 *     evidence={{ kind: 'annotation', annotationId: note.id }}   // shared/question-contract.ts EvidenceInput
 *     summary={noteText}          // optional: what is being linked, shown in the dialog; or a function
 *                                 //   of `t`, worked out only when the dialog opens (lists of hundreds)
 *     describedBy={titleId}       // optional: id of the element naming the evidence (the card title…),
 *                                 //   so each button is told apart by screen readers
 *     meetingId={meeting.id}      // optional: the meeting chosen first; by default the meeting the
 *                                 //   evidence's report went to, else the newest meeting
 *     label={t('questions:add.passage')}   // optional: the button's words (default "Add to my questions")
 *     onAdded={(question) => …}   // optional: after the question is saved
 *     onOpenChange={(open) => …}  // optional: the dialog opened or closed (a selection toolbar stays up meanwhile)
 *   />
 *
 * The button opens a dialog (choose the meeting, write the question — it may stay empty for now —
 * who it is for, priority). Once added, a confirmation with a link to the list shows beside the
 * button and is announced; focus returns to the button.
 */
import { useEffect, useRef, useState } from 'react';
import type { EvidenceInput } from '../../../shared/question-contract';
import type { MeetingOverview, QuestionView } from '../../../shared/question-model';
import { usePageFocus } from '../app/PageFocus';
import { questionsHref } from '../routing/route';
import { formatDate } from '../text/formatDate';
import { useText, type Translate } from '../text/useText';
import { AddToQuestionsDialog } from './AddToQuestionsDialog';
import './questions.css';

export interface AddToQuestionsProps {
  readonly evidence: EvidenceInput;
  /** Words, or a function of `t` (so an entry of a long list need not translate until it is used). */
  readonly summary?: string | ((t: Translate) => string) | undefined;
  readonly describedBy?: string | undefined;
  readonly meetingId?: number | undefined;
  readonly label?: string | undefined;
  readonly className?: string | undefined;
  readonly onAdded?: ((question: QuestionView, meeting: MeetingOverview) => void) | undefined;
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
}

export function AddToQuestionsButton({ evidence, summary, describedBy, meetingId, label, className, onAdded, onOpenChange }: Readonly<AddToQuestionsProps>) {
  const { t } = useText();
  const focus = usePageFocus();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<MeetingOverview | null>(null);

  const wasOpen = useRef(false);

  // Back to the button once the dialog has gone: while it is still open the page behind is inert.
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  function show(next: boolean): void {
    setOpen(next);
    onOpenChange?.(next);
  }

  return (
    <span className={className ? `add-to-questions ${className}` : 'add-to-questions'}>
      <button ref={button} type="button" className="link-button add-to-questions__button" aria-describedby={describedBy} aria-haspopup="dialog" onClick={() => show(true)}>
        {label ?? t('questions:add.button')}
      </button>
      {added ? (
        <span className="add-to-questions__done">
          {t('questions:ui.addedTo', { date: formatDate(added.date, t) })}{' '}
          <a href={questionsHref(added.id)}>{t('questions:add.openList')}</a>
        </span>
      ) : null}
      {open ? (
        <AddToQuestionsDialog
          evidence={evidence}
          summary={typeof summary === 'function' ? summary(t) : summary}
          defaultMeetingId={meetingId}
          onClose={() => show(false)}
          onAdded={(question, meeting) => {
            setAdded(meeting);
            show(false);
            focus.announce(t('questions:ui.addedTo', { date: formatDate(meeting.date, t) }));
            onAdded?.(question, meeting);
          }}
        />
      ) : null}
    </span>
  );
}
