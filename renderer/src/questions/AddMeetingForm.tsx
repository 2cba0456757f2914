import { useId, useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/result';
import { useClient } from '../client/ClientProvider';
import { usePageFocus } from '../app/PageFocus';
import { formatDate } from '../text/formatDate';
import { errorMessageKey } from '../text/labels';
import { useText } from '../text/useText';

/**
 * Adds a meeting of a committee by its date, before any report for it arrives, so questions can be
 * prepared (or carried forward) for the next meeting. A date already taken opens nothing new.
 */
export function AddMeetingForm({ committeeId, onAdded }: Readonly<{ committeeId: number; onAdded: () => void }>) {
  const { t } = useText();
  const client = useClient();
  const focus = usePageFocus();
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const dateId = useId();
  const problemId = useId();
  const headingId = useId();

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setProblem(null);
    setError(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setProblem(t('questions:meetings.chooseDate'));
      return;
    }
    const result = await client['meetings.create']({ committeeId, date });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setDate('');
    const key = result.value.created ? 'questions:meetings.added' : 'questions:meetings.exists';
    focus.announce(t(key, { date: formatDate(result.value.date, t) }));
    onAdded();
  }

  return (
    <form className="add-meeting" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId} className="add-meeting__heading">
        {t('questions:meetings.addHeading')}
      </h3>
      <label htmlFor={dateId}>{t('questions:ui.meetingDate')}</label>
      <div className="add-meeting__row">
        <input
          id={dateId}
          type="date"
          value={date}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => setDate(event.target.value)}
        />
        <button type="submit" className="button button--secondary">
          {t('questions:meetings.add')}
        </button>
      </div>
      {problem ? (
        <p id={problemId} className="field-error">
          {problem}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(error.code))}
        </p>
      ) : null}
    </form>
  );
}
