import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import type { LibraryView } from '../../../shared/domain';
import type { EvidenceInput } from '../../../shared/question-contract';
import { QUESTION_LIMITS, type Addressee, type MeetingOverview, type Priority, type QuestionView } from '../../../shared/question-model';
import type { AppError } from '../../../shared/result';
import { useClient } from '../client/ClientProvider';
import { useCall } from '../client/useCall';
import { LoadingState } from '../common/LoadingState';
import { pickText } from '../text/bilingual';
import { formatDate } from '../text/formatDate';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';
import { AddresseeField } from './AddresseeField';
import { InlineRetry } from './InlineRetry';
import { PrioritySelect } from './PrioritySelect';

/** The meeting a report went to, from the library. */
function meetingOfReport(library: LibraryView, reportId: number): number | null {
  for (const committee of library.committees) {
    for (const meeting of committee.meetings) if (meeting.reports.some((report) => report.id === reportId)) return meeting.id;
  }
  return null;
}

/**
 * The dialog behind "Add to my questions": which meeting (the report's own meeting first), the
 * question (may be left empty and written later on the list), who it is for, and priority. A
 * modal <dialog>, so the page behind is inert, Escape cancels and focus comes back to the button.
 * Rendered into <body>, since the buttons sit inside paragraphs and list items where a dialog
 * may not go.
 */
export function AddToQuestionsDialog({
  evidence,
  summary,
  defaultMeetingId,
  onClose,
  onAdded,
}: Readonly<{
  evidence: EvidenceInput;
  summary?: string | undefined;
  defaultMeetingId?: number | undefined;
  onClose: () => void;
  onAdded: (question: QuestionView, meeting: MeetingOverview) => void;
}>) {
  const { t, language } = useText();
  const client = useClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const textField = useRef<HTMLTextAreaElement>(null);
  const meetings = useCall('meetings.list', {});
  const library = useCall('library.get', {});
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [addressedTo, setAddressedTo] = useState<Addressee>('cabinet_member');
  const [addressedRole, setAddressedRole] = useState('');
  const [priority, setPriority] = useState<Priority>('normal');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const meetingFieldId = useId();
  const textFieldId = useId();
  const hintId = useId();

  const ready = meetings.state.status === 'ready' && library.state.status !== 'loading';
  const list = meetings.state.status === 'ready' ? meetings.state.value : [];
  const reportId = 'reportId' in evidence ? evidence.reportId : null;
  const fromReport = reportId !== null && library.state.status === 'ready' ? meetingOfReport(library.state.value, reportId) : null;
  const fallback = [defaultMeetingId, fromReport, list[0]?.id].find((id) => id != null && list.some((meeting) => meeting.id === id)) ?? null;
  const chosen = list.find((meeting) => meeting.id === (meetingId ?? fallback)) ?? null;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // The question field once the form is there (showModal's own focus lands on the first control).
  useEffect(() => {
    if (ready) textField.current?.focus();
  }, [ready]);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!chosen || busy) return;
    setBusy(true);
    setError(null);
    const role = addressedRole.trim();
    const result = await client['questions.create']({
      meetingId: chosen.id,
      text: text.trim(),
      addressedTo,
      ...(role ? { addressedRole: role } : {}),
      priority,
      evidence: [evidence],
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onAdded(result.value, chosen);
  }

  return createPortal(
    <dialog
      ref={dialog}
      className="add-question-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>{t('questions:add.heading')}</h2>
      {summary ? (
        <div className="add-question-dialog__evidence">
          <p className="add-question-dialog__label">{t('questions:field.evidence')}</p>
          <p>{summary}</p>
        </div>
      ) : null}
      {!ready && meetings.state.status !== 'failed' ? <LoadingState label={t('questions:meetings.loading')} /> : null}
      {meetings.state.status === 'failed' ? <InlineRetry error={meetings.state.error} onRetry={meetings.reload} /> : null}
      {ready && list.length === 0 ? <p>{t('questions:add.noMeetings')}</p> : null}
      {ready && list.length > 0 ? (
        <form onSubmit={(event) => void submit(event)}>
          <div className="question-field">
            <label htmlFor={meetingFieldId}>{t('questions:ui.chooseMeeting')}</label>
            <select id={meetingFieldId} value={chosen?.id ?? ''} onChange={(event) => setMeetingId(Number(event.target.value))}>
              {list.map((meeting) => (
                <option key={meeting.id} value={meeting.id}>
                  {t('questions:add.meetingOption', {
                    date: formatDate(meeting.date, t),
                    committee: pickText(meeting.committee.name, language)?.text ?? '',
                  })}
                </option>
              ))}
            </select>
          </div>
          <div className="question-field">
            <label htmlFor={textFieldId}>{t('questions:field.text')}</label>
            <textarea
              ref={textField}
              id={textFieldId}
              rows={3}
              value={text}
              maxLength={QUESTION_LIMITS.text}
              aria-describedby={hintId}
              onChange={(event) => setText(event.target.value)}
            />
            <p id={hintId} className="question-field__hint">
              {t('questions:add.textHint')}
            </p>
          </div>
          <AddresseeField
            addressedTo={addressedTo}
            addressedRole={addressedRole}
            onAddressee={(next) => {
              setAddressedTo(next);
              if (next !== 'other') setAddressedRole('');
            }}
            onRole={setAddressedRole}
          />
          <PrioritySelect value={priority} onChange={setPriority} />
          {error ? (
            <p role="alert" className="field-error">
              {t(errorMessageKey(error.code))}
            </p>
          ) : null}
          <div className="add-question-dialog__actions">
            <button type="submit" className="button" aria-disabled={busy ? true : undefined}>
              {t('questions:add.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('questions:add.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {ready && list.length === 0 ? (
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('questions:add.cancel')}
        </button>
      ) : null}
    </dialog>,
    document.body,
  );
}
