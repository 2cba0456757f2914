import { useCall } from '../client/useCall';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { meetingsHref } from '../routing/route';
import { useText } from '../text/useText';
import { BackLink } from './BackLink';
import { MeetingNotFound } from './MeetingNotFound';
import { QuestionListPage } from './QuestionListPage';
import './questions.css';

/** #/meetings/<id>/questions: loads the meeting's list, then edits it in place. */
export function QuestionListScreen({ meetingId }: Readonly<{ meetingId: number }>) {
  const { t } = useText();
  const { state, reload } = useCall('questions.list', { meetingId });
  return (
    <div className="questions-screen">
      <BackLink href={meetingsHref()} label={t('questions:ui.backToMeetings')} />
      {state.status === 'loading' ? <LoadingState label={t('questions:ui.loading')} /> : null}
      {state.status === 'failed' && state.error.code === 'not_found' ? <MeetingNotFound /> : null}
      {state.status === 'failed' && state.error.code !== 'not_found' ? (
        <ErrorState level={1} heading={t('questions:ui.errorHeading')} error={state.error} onRetry={reload} />
      ) : null}
      {state.status === 'ready' ? <QuestionListPage initial={state.value} /> : null}
    </div>
  );
}
