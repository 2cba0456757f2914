import { useCall } from '../client/useCall';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeading } from '../common/PageHeading';
import { useText } from '../text/useText';
import { LibraryContents } from './LibraryContents';
import './library.css';

export function LibraryScreen() {
  const { t } = useText();
  const { state, reload } = useCall('library.get', {});
  return (
    <div className="library">
      <PageHeading>{t('library:heading')}</PageHeading>
      {state.status === 'loading' ? <LoadingState label={t('library:loading')} /> : null}
      {state.status === 'failed' ? (
        <ErrorState level={2} heading={t('library:error.heading')} error={state.error} onRetry={reload} />
      ) : null}
      {state.status === 'ready' ? <LibraryContents library={state.value} /> : null}
    </div>
  );
}
