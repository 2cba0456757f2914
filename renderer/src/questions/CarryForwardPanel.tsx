import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CarryForwardResult, MeetingOverview, QuestionListView } from '../../../shared/question-model';
import type { AppError } from '../../../shared/result';
import { useClient } from '../client/ClientProvider';
import { useCall } from '../client/useCall';
import { LoadingState } from '../common/LoadingState';
import { questionsHref } from '../routing/route';
import { formatDate } from '../text/formatDate';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';
import { InlineRetry } from './InlineRetry';

interface Done {
  readonly result: CarryForwardResult;
  readonly to: MeetingOverview;
}

/**
 * Carries the unanswered questions (draft, ready, or asked without an answer) to a later meeting
 * of the same committee in one action: the next one is chosen already; when the committee has no
 * later meeting yet, its date can be added here. The copies keep their evidence and history; the
 * originals stay on this list, marked carried forward.
 */
export function CarryForwardPanel({
  id,
  meeting,
  unanswered,
  beforeCarry,
  onCarried,
  onClose,
}: Readonly<{
  id: string;
  meeting: MeetingOverview;
  unanswered: number;
  beforeCarry: () => Promise<void>;
  onCarried: (list: QuestionListView) => void;
  onClose: () => void;
}>) {
  const { t } = useText();
  const client = useClient();
  const meetings = useCall('meetings.list', { committeeId: meeting.committee.id });
  const [added, setAdded] = useState<readonly MeetingOverview[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);
  const [date, setDate] = useState('');
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const headingId = useId();
  const dateId = useId();
  const dateHintId = useId();
  const doneRef = useRef<HTMLDivElement>(null);

  const later = [...(meetings.state.status === 'ready' ? meetings.state.value : []), ...added]
    .filter((candidate, index, all) => candidate.date > meeting.date && all.findIndex((other) => other.id === candidate.id) === index)
    .sort((a, b) => a.date.localeCompare(b.date));
  const target = later.find((candidate) => candidate.id === chosen) ?? later[0] ?? null;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function addMeeting(): Promise<void> {
    setDateProblem(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setDateProblem(t('questions:meetings.chooseDate'));
      return;
    }
    if (date <= meeting.date) {
      setDateProblem(t('questions:carry.notLater'));
      return;
    }
    const result = await client['meetings.create']({ committeeId: meeting.committee.id, date });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setAdded((list) => [...list, result.value]);
    setChosen(result.value.id);
    setDate('');
  }

  async function carry(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!target || busy) return;
    setBusy(true);
    setError(null);
    try {
      await beforeCarry();
      const result = await client['questions.carryForward']({ fromMeetingId: meeting.id, toMeetingId: target.id });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      const list = await client['questions.list']({ meetingId: meeting.id });
      if (list.ok) onCarried(list.value);
      setDone({ result: result.value, to: target });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section id={id} className="carry-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('questions:carry.action')}</h2>
      {done ? (
        <div ref={doneRef} tabIndex={-1} className="carry-panel__done" role="status">
          <p>{t('questions:carry.done', { count: done.result.carriedIds.length, date: formatDate(done.to.date, t) })}</p>
          {done.result.alreadyCarried > 0 ? <p>{t('questions:carry.already', { count: done.result.alreadyCarried })}</p> : null}
          <p>
            <a href={questionsHref(done.to.id)}>{t('questions:carry.openNext', { date: formatDate(done.to.date, t) })}</a>
          </p>
        </div>
      ) : (
        <>
          <p>{unanswered === 0 ? t('questions:carry.nothing') : t('questions:carry.explain')}</p>
          {meetings.state.status === 'loading' ? <LoadingState label={t('questions:carry.loading')} /> : null}
          {meetings.state.status === 'failed' ? <InlineRetry error={meetings.state.error} onRetry={meetings.reload} /> : null}
          {meetings.state.status === 'ready' && unanswered > 0 ? (
            <form onSubmit={(event) => void carry(event)}>
              {later.length === 0 ? (
                <p className="notice">{t('questions:carry.noLaterMeeting')}</p>
              ) : (
                <fieldset className="carry-panel__meetings">
                  <legend>{t('questions:carry.chooseMeeting')}</legend>
                  {later.map((candidate) => (
                    <p key={candidate.id} className="question-field__check">
                      <input
                        id={`${id}-meeting-${candidate.id}`}
                        type="radio"
                        name={`${id}-meeting`}
                        value={candidate.id}
                        checked={target?.id === candidate.id}
                        onChange={() => setChosen(candidate.id)}
                      />
                      <label htmlFor={`${id}-meeting-${candidate.id}`}>{formatDate(candidate.date, t)}</label>
                    </p>
                  ))}
                </fieldset>
              )}
              <fieldset className="carry-panel__add">
                <legend>{t('questions:carry.orAdd')}</legend>
                <label htmlFor={dateId}>{t('questions:ui.meetingDate')}</label>
                <div className="carry-panel__add-row">
                  <input
                    id={dateId}
                    type="date"
                    value={date}
                    min={meeting.date}
                    aria-invalid={dateProblem ? true : undefined}
                    aria-describedby={dateProblem ? dateHintId : undefined}
                    onChange={(event) => setDate(event.target.value)}
                  />
                  <button type="button" className="button button--secondary" onClick={() => void addMeeting()}>
                    {t('questions:meetings.add')}
                  </button>
                </div>
                {dateProblem ? (
                  <p id={dateHintId} className="field-error">
                    {dateProblem}
                  </p>
                ) : null}
              </fieldset>
              <div className="carry-panel__actions">
                <button type="submit" className="button" aria-disabled={target ? undefined : true}>
                  {t('questions:carry.confirm')}
                </button>
                <button type="button" className="button button--secondary" onClick={onClose}>
                  {t('questions:carry.cancel')}
                </button>
              </div>
            </form>
          ) : null}
        </>
      )}
      {error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(error.code))}
        </p>
      ) : null}
    </section>
  );
}
