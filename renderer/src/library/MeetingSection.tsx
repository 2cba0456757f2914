import type { MeetingSummary } from '../../../shared/domain';
import { formatDate } from '../text/formatDate';
import { useText } from '../text/useText';
import { ReportListItem } from './ReportListItem';

export function MeetingSection({ meeting }: Readonly<{ meeting: MeetingSummary }>) {
  const { t } = useText();
  return (
    <section className="meeting">
      <h3>{t('library:meeting.heading', { date: formatDate(meeting.date, t) })}</h3>
      <p className="meeting__count">{t('library:meeting.reportCount', { count: meeting.reports.length })}</p>
      {meeting.reports.length > 0 ? (
        <ul className="report-list">
          {meeting.reports.map((report) => (
            <ReportListItem key={report.id} report={report} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
