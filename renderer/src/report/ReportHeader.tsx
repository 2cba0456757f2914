import type { ReportVersionView, ReportView } from '../../../shared/domain';
import { MetaList, type MetaItem } from '../common/MetaList';
import { PageHeading } from '../common/PageHeading';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatDate } from '../text/formatDate';
import { formatPeriod } from '../text/formatPeriod';
import { REPORT_KIND_KEYS, versionsKey } from '../text/labels';
import { useText } from '../text/useText';

export function ReportHeader({ report, version }: Readonly<{ report: ReportView; version: ReportVersionView }>) {
  const { t, language } = useText();
  const council = pickText(report.committee.council, language);
  const committee = pickText(report.committee.name, language);
  const versionLang = langIfDifferent(version.lang, language);

  const items: MetaItem[] = [];
  if (council) items.push({ term: t('report:meta.council'), value: council.text, lang: langIfDifferent(council.lang, language) });
  if (committee) items.push({ term: t('report:meta.committee'), value: committee.text, lang: langIfDifferent(committee.lang, language) });
  items.push(
    { term: t('report:meta.meetingDate'), value: formatDate(report.meeting.date, t) },
    { term: t('report:meta.period'), value: formatPeriod(report.period, t) },
    { term: t('report:meta.kind'), value: t(REPORT_KIND_KEYS[report.kind]) },
    { term: t('report:meta.languages'), value: t(versionsKey(report.versions.map((v) => v.lang))) },
  );
  if (version.author) {
    const author = version.authorRole ? (
      <>
        {version.author}
        <br />
        {version.authorRole}
      </>
    ) : (
      version.author
    );
    items.push({ term: t('report:meta.author'), value: author, lang: versionLang });
  }
  if (version.signedOn) items.push({ term: t('report:meta.signedOn'), value: formatDate(version.signedOn, t) });

  return (
    <div className="report__header">
      <PageHeading lang={versionLang}>{version.title}</PageHeading>
      <MetaList className="meta-list--grid" items={items} />
    </div>
  );
}
