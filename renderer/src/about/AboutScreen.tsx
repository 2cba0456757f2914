import { useCall } from '../client/useCall';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeading } from '../common/PageHeading';
import { useText } from '../text/useText';
import { AboutDetails } from './AboutDetails';
import './about.css';

/** #/about: which Briffio this is, and where the councillor's data lives on this computer. */
export function AboutScreen() {
  const { t } = useText();
  const { state, reload } = useCall('app.info', {});
  return (
    <div className="about narrow">
      <PageHeading>{t('about:heading')}</PageHeading>
      {state.status === 'loading' ? <LoadingState label={t('about:loading')} /> : null}
      {state.status === 'failed' ? <ErrorState level={2} heading={t('about:error.heading')} error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' ? <AboutDetails info={state.value} /> : null}
    </div>
  );
}
