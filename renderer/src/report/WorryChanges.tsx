import type { ReportVersionView, ReportView } from '../../../shared/domain';
import { worryChanges } from '../../../shared/indicators-changes';
import type { Language } from '../../../shared/languages';
import type { ReportPlace } from '../routing/route';
import { useText } from '../text/useText';
import { WorryList } from './WorryList';

/**
 * Worries are compared in one language, so both versions must exist in it: the interface
 * language when both reports have it, else the other one.
 */
function commonVersions(current: ReportView, previous: ReportView, preferred: Language): [ReportVersionView, ReportVersionView] | null {
  for (const lang of [preferred, preferred === 'en' ? 'cy' : 'en'] as const) {
    const now = current.versions.find((v) => v.lang === lang);
    const before = previous.versions.find((v) => v.lang === lang);
    if (now && before) return [now, before];
  }
  return null;
}

/** New and departed items under "What are we worried about?", against the previous report. */
export function WorryChanges({
  report,
  previous,
  shownLanguage,
  onJump,
}: Readonly<{ report: ReportView; previous: ReportView; shownLanguage: Language; onJump: (place: ReportPlace) => void }>) {
  const { t, language } = useText();
  const versions = commonVersions(report, previous, language);
  if (!versions) return <p>{t('report:whatChanged.noCommonLanguage')}</p>;
  const [now, before] = versions;
  const changes = worryChanges(now, before);
  if (changes.added.length === 0 && changes.removed.length === 0 && changes.carried === 0) {
    return <p>{t('report:whatChanged.noWorries')}</p>;
  }
  return (
    <>
      <WorryList
        heading={t('report:whatChanged.newWorries')}
        empty={t('report:whatChanged.noNewWorries')}
        items={changes.added}
        reportId={report.id}
        contentLanguage={now.lang}
        change={{ listChange: 'added', comparedReportId: previous.id }}
        // Block positions are those of the compared version: jump in the page only when it is the one shown.
        onJump={now.lang === shownLanguage ? onJump : undefined}
      />
      <WorryList
        heading={t('report:whatChanged.goneWorries')}
        empty={t('report:whatChanged.noGoneWorries')}
        items={changes.removed}
        reportId={previous.id}
        contentLanguage={before.lang}
        change={{ listChange: 'removed', comparedReportId: report.id }}
      />
      <p className="what-changed__note">{t('report:whatChanged.matchNote')}</p>
    </>
  );
}
