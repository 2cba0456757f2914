import { useRef } from 'react';
import type { LibraryView, ReportView } from '../../../shared/domain';
import { previousReport, type ReportInLibrary } from '../../../shared/indicators-changes';
import type { Call } from '../client/useCall';
import { LoadingState } from '../common/LoadingState';
import type { ReportPlace } from '../routing/route';
import { useText } from '../text/useText';
import { PreviousReportLoader } from './PreviousReportLoader';
import { ReportDocument } from './ReportDocument';

/**
 * Waits for what the briefing needs besides the report: the library (which report came before, the
 * reports to compare with; loaded beside the report) and then that previous report (for "What
 * changed"). The report is shown once all are settled, so nothing moves under the reader's eyes (or
 * under a deep link's target) after it appears; a failure here only puts a Retry inside the panel
 * that needed the data.
 */
export function ReportBriefingLoader({
  report,
  at,
  library,
}: Readonly<{ report: ReportView; at?: ReportPlace | undefined; library: Call<LibraryView> }>) {
  const { t } = useText();
  // Only the first load holds the page back; a Retry later reloads inside the panel that needs it.
  const settled = useRef(false);
  // While the library reloads, the previous report stays as it was, so the page is not rebuilt.
  const lastPrevious = useRef<ReportInLibrary | null>(null);
  if (library.state.status === 'loading' && !settled.current) return <LoadingState label={t('report:loading')} />;
  settled.current = true;
  if (library.state.status === 'ready') lastPrevious.current = previousReport(library.state.value, report);
  const previous = lastPrevious.current;
  if (!previous) return <ReportDocument report={report} at={at} library={library} previous={null} />;
  return <PreviousReportLoader report={report} at={at} library={library} previous={previous} />;
}
