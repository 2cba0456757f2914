import type { ReportSummary } from '../../../shared/domain';
import { MetaList } from '../common/MetaList';
import { reportHref } from '../routing/route';
import { langIfDifferent, pickText } from '../text/bilingual';
import { formatPeriod } from '../text/formatPeriod';
import { REPORT_KIND_KEYS, versionsKey } from '../text/labels';
import { useText } from '../text/useText';

/**
 * One report: a link named by its title (interface language, else the other one, marked with its
 * `lang`), then period, type and the language versions that exist.
 */
export function ReportListItem({ report }: Readonly<{ report: ReportSummary }>) {
  const { t, language } = useText();
  const title = pickText(report.title, language);
  return (
    <li className="report-list__item">
      <a className="report-list__link" href={reportHref(report.id)} lang={title ? langIfDifferent(title.lang, language) : undefined}>
        {title ? title.text : t('library:report.untitled')}
      </a>
      <MetaList
        className="meta-list--inline"
        items={[
          { term: t('library:report.period'), value: formatPeriod(report.period, t) },
          { term: t('library:report.kind'), value: t(REPORT_KIND_KEYS[report.kind]) },
          { term: t('library:report.languages'), value: t(versionsKey(report.languages)) },
        ]}
      />
    </li>
  );
}
