import { useCall } from '../client/useCall';
import { BackToLibrary } from '../common/BackToLibrary';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useText } from '../text/useText';
import { BilingualView } from './BilingualView';
import { ReportNotFound } from './ReportNotFound';
import './report.css';
import './bilingual.css';

/** A report's Welsh and English versions side by side (#/report/<id>/side-by-side). */
export function SideBySideScreen({ reportId }: Readonly<{ reportId: number }>) {
  const { t } = useText();
  const { state, reload } = useCall('report.get', { reportId });
  return (
    <div className="report-page report-page--side-by-side">
      <BackToLibrary />
      {state.status === 'loading' ? <LoadingState label={t('report:loading')} /> : null}
      {state.status === 'failed' && state.error.code === 'not_found' ? <ReportNotFound /> : null}
      {state.status === 'failed' && state.error.code !== 'not_found' ? (
        <ErrorState level={1} heading={t('report:error.heading')} error={state.error} onRetry={reload} />
      ) : null}
      {state.status === 'ready' ? <BilingualView report={state.value} /> : null}
    </div>
  );
}
