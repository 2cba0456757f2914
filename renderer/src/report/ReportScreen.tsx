import { AnnotationsPreloadProvider, useStartAnnotationsPreload } from '../annotations/annotationsPreload';
import { useCall } from '../client/useCall';
import { BackToLibrary } from '../common/BackToLibrary';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import type { ReportPlace } from '../routing/route';
import { useText } from '../text/useText';
import { ReportBriefingLoader } from './ReportBriefingLoader';
import { ReportNotFound } from './ReportNotFound';
import '../charts/charts.css';
import '../indicators/indicators.css';
import './report.css';

/** A report by id, optionally opened at a place (a deep link: #/report/<id>/at/<section>[/<block>]). */
export function ReportScreen({ reportId, at }: Readonly<{ reportId: number; at?: ReportPlace | undefined }>) {
  const { t } = useText();
  const { state, reload } = useCall('report.get', { reportId });
  // Asked for at once, beside the report: which report came before, and what to compare with.
  const library = useCall('library.get', {});
  // And the report's private notes, so its highlights are drawn with it (not a round trip later).
  const notes = useStartAnnotationsPreload(reportId);
  return (
    <AnnotationsPreloadProvider value={notes}>
      <div className="report-page">
        <BackToLibrary />
        {state.status === 'loading' ? <LoadingState label={t('report:loading')} /> : null}
        {state.status === 'failed' && state.error.code === 'not_found' ? <ReportNotFound /> : null}
        {state.status === 'failed' && state.error.code !== 'not_found' ? (
          <ErrorState level={1} heading={t('report:error.heading')} error={state.error} onRetry={reload} />
        ) : null}
        {state.status === 'ready' ? <ReportBriefingLoader report={state.value} at={at} library={library} /> : null}
      </div>
    </AnnotationsPreloadProvider>
  );
}
