import { useRef } from 'react';
import type { MeetingOverview } from '../../../shared/question-model';
import { useCall } from '../client/useCall';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeading } from '../common/PageHeading';
import { useText } from '../text/useText';
import { CommitteeMeetings } from './CommitteeMeetings';
import { committeesOf } from './meetingGroups';
import './questions.css';

/** Every meeting, by committee and newest first, with how many questions each list holds. */
export function MeetingsScreen() {
  const { t } = useText();
  const { state, reload } = useCall('meetings.list', {});
  // After a meeting is added the list is read again; the old one stays up meanwhile, so the form
  // that added it (and its focus) does not vanish under a spinner.
  const shown = useRef<readonly MeetingOverview[] | null>(null);
  if (state.status === 'ready') shown.current = state.value;
  const meetings = shown.current;
  const committees = meetings ? committeesOf(meetings) : [];
  return (
    <div className="meetings-page">
      <PageHeading>{t('questions:ui.heading')}</PageHeading>
      <p className="meetings-page__intro">{t('questions:meetings.intro')}</p>
      {state.status === 'loading' && !meetings ? <LoadingState label={t('questions:meetings.loading')} /> : null}
      {state.status === 'failed' ? <ErrorState level={2} heading={t('questions:meetings.error')} error={state.error} onRetry={reload} /> : null}
      {meetings && committees.length === 0 ? <p className="notice">{t('questions:meetings.empty')}</p> : null}
      {committees.map((committee) => (
        <CommitteeMeetings key={committee.committee.id} committee={committee.committee} meetings={committee.meetings} onAdded={reload} />
      ))}
    </div>
  );
}
