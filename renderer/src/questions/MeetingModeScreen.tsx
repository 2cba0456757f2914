import { useCall } from '../client/useCall';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useText } from '../text/useText';
import { MeetingMode } from './MeetingMode';
import { MeetingNotFound } from './MeetingNotFound';
import './questions.css';

/** #/meetings/<id>/meeting-mode: loads the list, then shows it one question at a time. */
export function MeetingModeScreen({ meetingId }: Readonly<{ meetingId: number }>) {
  const { t } = useText();
  const { state, reload } = useCall('questions.list', { meetingId });
  return (
    <div className="meeting-mode-screen">
      {state.status === 'loading' ? <LoadingState label={t('questions:ui.loading')} /> : null}
      {state.status === 'failed' && state.error.code === 'not_found' ? <MeetingNotFound /> : null}
      {state.status === 'failed' && state.error.code !== 'not_found' ? (
        <ErrorState level={1} heading={t('questions:ui.errorHeading')} error={state.error} onRetry={reload} />
      ) : null}
      {state.status === 'ready' ? <MeetingMode initial={state.value} /> : null}
    </div>
  );
}
