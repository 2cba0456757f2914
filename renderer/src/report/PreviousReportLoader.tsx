import { useRef } from 'react';
import type { LibraryView, ReportView } from '../../../shared/domain';
import type { ReportInLibrary } from '../../../shared/indicators-changes';
import { useCall, type Call } from '../client/useCall';
import { LoadingState } from '../common/LoadingState';
import type { ReportPlace } from '../routing/route';
import { useText } from '../text/useText';
import { ReportDocument } from './ReportDocument';

/** Loads the previous report of the committee, then shows the report (see ReportBriefingLoader). */
export function PreviousReportLoader({
  report,
  at,
  library,
  previous,
}: Readonly<{ report: ReportView; at?: ReportPlace | undefined; library: Call<LibraryView>; previous: ReportInLibrary }>) {
  const { t } = useText();
  const previousReport = useCall('report.get', { reportId: previous.id });
  const settled = useRef(false);
  if (previousReport.state.status === 'loading' && !settled.current) return <LoadingState label={t('report:loading')} />;
  settled.current = true;
  return <ReportDocument report={report} at={at} library={library} previous={{ summary: previous, report: previousReport }} />;
}
