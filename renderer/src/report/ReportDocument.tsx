import { useState } from 'react';
import type { ReportView } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import { PageHeading } from '../common/PageHeading';
import { useText } from '../text/useText';
import { chooseVersion } from './chooseVersion';
import { IndicatorTable } from './IndicatorTable';
import { ReportHeader } from './ReportHeader';
import { ReportSection } from './ReportSection';
import { VersionNotice } from './VersionNotice';

/**
 * A loaded report: the version in the interface language when it exists (else the other, with a
 * notice), its sections in order (the report's own key stats among them) and the indicators it
 * mentions. Report text is
 * wrapped in the version's `lang`; interface text inside it carries the interface `lang`.
 */
export function ReportDocument({ report }: Readonly<{ report: ReportView }>) {
  const { t, language } = useText();
  // A version the councillor picked by hand; forgotten when the interface language changes.
  const [picked, setPicked] = useState<{ readonly version: Language; readonly interfaceLanguage: Language } | null>(null);
  const preferred = picked && picked.interfaceLanguage === language ? picked.version : language;
  const version = chooseVersion(report.versions, preferred);

  if (!version) {
    return <PageHeading>{t('common:versions.none')}</PageHeading>;
  }

  const alternative = report.versions.find((candidate) => candidate.lang !== version.lang) ?? null;
  return (
    <article className="report">
      <ReportHeader report={report} version={version} />
      <VersionNotice
        shown={version.lang}
        alternative={alternative?.lang ?? null}
        onShow={(next) => setPicked({ version: next, interfaceLanguage: language })}
      />
      <div className="report__body" lang={version.lang}>
        {version.sections.map((section) => (
          <ReportSection key={section.id} section={section} contentLanguage={version.lang} />
        ))}
      </div>
      <IndicatorTable report={report} />
    </article>
  );
}
