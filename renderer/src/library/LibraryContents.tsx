import type { LibraryView } from '../../../shared/domain';
import { useText } from '../text/useText';
import { CommitteeSection } from './CommitteeSection';
import { LibraryEmpty } from './LibraryEmpty';

/** Committees → meetings → reports in the order the service gives (newest first at each level). */
export function LibraryContents({ library }: Readonly<{ library: LibraryView }>) {
  const { t } = useText();
  const hasReports = library.committees.some((committee) => committee.meetings.some((meeting) => meeting.reports.length > 0));
  if (!hasReports) return <LibraryEmpty />;
  return (
    <>
      <p className="library__intro">{t('library:intro')}</p>
      {library.committees.map((committee) => (
        <CommitteeSection key={committee.id} committee={committee} />
      ))}
    </>
  );
}
