import { useCall } from '../client/useCall';
import { BackToLibrary } from '../common/BackToLibrary';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeading } from '../common/PageHeading';
import { useText } from '../text/useText';
import { CompareReports } from './CompareReports';
import '../indicators/indicators.css';
import './compare.css';

/**
 * Two reports of one committee side by side (#/compare/<left>/<right>). Each side is an ordinary
 * `report.get`: the alignment is done here, from the figures the report screen shows, so the two
 * screens cannot disagree about what a report says.
 */
export function CompareScreen({ leftReportId, rightReportId }: Readonly<{ leftReportId: number; rightReportId: number }>) {
  const { t } = useText();
  const left = useCall('report.get', { reportId: leftReportId });
  const right = useCall('report.get', { reportId: rightReportId });
  const failed = left.state.status === 'failed' ? left.state.error : right.state.status === 'failed' ? right.state.error : null;
  const retry = () => {
    if (left.state.status === 'failed') left.reload();
    if (right.state.status === 'failed') right.reload();
  };
  return (
    <div className="compare-page">
      <BackToLibrary />
      {failed === null && (left.state.status === 'loading' || right.state.status === 'loading') ? (
        <LoadingState label={t('report:compareScreen.loading')} />
      ) : null}
      {failed?.code === 'not_found' ? (
        <div className="narrow">
          <PageHeading>{t('report:compareScreen.notFound.heading')}</PageHeading>
          <p>{t('report:compareScreen.notFound.body')}</p>
        </div>
      ) : null}
      {failed && failed.code !== 'not_found' ? <ErrorState level={1} heading={t('report:compareScreen.errorHeading')} error={failed} onRetry={retry} /> : null}
      {left.state.status === 'ready' && right.state.status === 'ready' ? <CompareReports left={left.state.value} right={right.state.value} /> : null}
    </div>
  );
}
