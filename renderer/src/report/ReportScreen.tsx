import { useCall } from '../client/useCall';
import { BackToLibrary } from '../common/BackToLibrary';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useText } from '../text/useText';
import { ReportDocument } from './ReportDocument';
import { ReportNotFound } from './ReportNotFound';
import './report.css';

export function ReportScreen({ reportId }: Readonly<{ reportId: number }>) {
  const { t } = useText();
  const { state, reload } = useCall('report.get', { reportId });
  return (
    <div className="report-page">
      <BackToLibrary />
      {state.status === 'loading' ? <LoadingState label={t('report:loading')} /> : null}
      {state.status === 'failed' && state.error.code === 'not_found' ? <ReportNotFound /> : null}
      {state.status === 'failed' && state.error.code !== 'not_found' ? (
        <ErrorState level={1} heading={t('report:error.heading')} error={state.error} onRetry={reload} />
      ) : null}
      {state.status === 'ready' ? <ReportDocument report={state.value} /> : null}
    </div>
  );
}
