import { useCallback, useEffect, useState } from 'react';
import type { LibraryView, ReportView } from '../../../shared/domain';
import type { ReportInLibrary } from '../../../shared/indicators-changes';
import type { Language } from '../../../shared/languages';
import type { Call } from '../client/useCall';
import { AnnotateDialog } from '../annotations/AnnotateDialog';
import { AnnotationPanel } from '../annotations/AnnotationPanel';
import { AnnotationPanelToggle } from '../annotations/AnnotationPanelToggle';
import { AnnotationsProvider } from '../annotations/AnnotationsProvider';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import { PageHeading } from '../common/PageHeading';
import { PassageQuestionToolbar } from '../questions/PassageQuestionToolbar';
import { reportHref, type ReportPlace } from '../routing/route';
import { langIfDifferent } from '../text/bilingual';
import { useText } from '../text/useText';
import { blockElementId, sectionElementId } from './blocks';
import { chooseVersion } from './chooseVersion';
import { CompareChooser } from './CompareChooser';
import { ExportPackButton } from './ExportPackButton';
import { IndicatorCards } from './IndicatorCards';
import { KeyStatsStrip } from './KeyStatsStrip';
import { ReportHeader } from './ReportHeader';
import { ReportSection } from './ReportSection';
import { ReportToc, type TocEntry } from './ReportToc';
import { ReportTrends } from './ReportTrends';
import { revealElement } from './revealElement';
import { SideBySideLink } from './SideBySideLink';
import { VersionNotice } from './VersionNotice';
import { WhatChangedPanel } from './WhatChangedPanel';

const PANEL_IDS = {
  keyStats: 'briefing-key-stats',
  changes: 'briefing-changes',
  indicators: 'briefing-indicators',
  trends: 'briefing-trends',
} as const;

/** The element a place names: the block, else its section; and whether the block was missing. */
function findPlace(place: ReportPlace): { element: HTMLElement | null; blockMissing: boolean } {
  const section = document.getElementById(sectionElementId(place.sectionKey));
  if (place.blockIndex === undefined) return { element: section, blockMissing: false };
  const block = document.getElementById(blockElementId(place.sectionKey, place.blockIndex));
  return { element: block ?? section, blockMissing: block === null };
}

/**
 * A loaded report as a briefing: key stats, what changed since the last report, a card per
 * indicator and the trend charts, then the report's own text, section by section, with a table of
 * contents that follows the reader. The version in the interface language is shown when it
 * exists (else the other, with a notice); report text carries the version's `lang`.
 *
 * Opened at a place (a deep link), the section or paragraph is scrolled to, focused and marked.
 */
export function ReportDocument({
  report,
  at,
  library,
  previous,
}: Readonly<{
  report: ReportView;
  at?: ReportPlace | undefined;
  /** The library, for the reports to compare with. */
  library: Call<LibraryView>;
  /** The committee's previous report, for "What changed"; null when this is its earliest. */
  previous: { readonly summary: ReportInLibrary; readonly report: Call<ReportView> } | null;
}>) {
  const { t, language } = useText();
  // A version the councillor picked by hand; forgotten when the interface language changes.
  const [picked, setPicked] = useState<{ readonly version: Language; readonly interfaceLanguage: Language } | null>(null);
  const preferred = picked && picked.interfaceLanguage === language ? picked.version : language;
  const version = chooseVersion(report.versions, preferred);
  const [arrival, setArrival] = useState<'found' | 'section_only' | 'missing'>('found');

  const jumpTo = useCallback(
    (place: ReportPlace) => {
      const { element } = findPlace(place);
      if (!element) return;
      revealElement(element, place.blockIndex === undefined ? 'start' : 'center');
      // The address follows, so a bookmark or reload returns here; replaceState fires no
      // hashchange, so the report is not loaded again.
      window.history.replaceState(window.history.state, '', reportHref(report.id, place));
    },
    [report.id],
  );

  const jumpToId = useCallback(
    (id: string) => {
      const section = version?.sections.find((s) => sectionElementId(s.key) === id);
      if (section) {
        jumpTo({ sectionKey: section.key });
        return;
      }
      const element = document.getElementById(id);
      if (element) revealElement(element, 'start');
    },
    [jumpTo, version],
  );

  // Arrival by deep link: once (only the place the page was opened at, so `at` is deliberately not a
  // dependency), after the first render has put every section in the page and after PageHeading
  // has claimed the navigation focus, which this then moves to the place.
  useEffect(() => {
    if (!at) return;
    const { element, blockMissing } = findPlace(at);
    if (!element) {
      setArrival('missing');
      return;
    }
    revealElement(element, at.blockIndex === undefined || blockMissing ? 'start' : 'center');
    if (blockMissing) setArrival('section_only');
  }, []);

  if (!version) {
    return <PageHeading>{t('common:versions.none')}</PageHeading>;
  }

  const alternative = report.versions.find((candidate) => candidate.lang !== version.lang) ?? null;
  const contentLang = langIfDifferent(version.lang, language);
  const toc: TocEntry[] = [
    ...(report.keyStats.length > 0 ? [{ id: PANEL_IDS.keyStats, label: t('report:toc.keyStats'), href: reportHref(report.id) }] : []),
    { id: PANEL_IDS.changes, label: t('report:toc.changes'), href: reportHref(report.id) },
    { id: PANEL_IDS.indicators, label: t('report:toc.indicators'), href: reportHref(report.id) },
    { id: PANEL_IDS.trends, label: t('report:toc.trends'), href: reportHref(report.id) },
    ...version.sections.map((section) => ({
      id: sectionElementId(section.key),
      label: section.heading,
      lang: contentLang,
      detail: section.area && section.area !== section.heading ? section.area : undefined,
      href: reportHref(report.id, { sectionKey: section.key }),
    })),
  ];

  return (
    <AnnotationsProvider reportId={report.id} meetingId={report.meeting.id} version={version}>
    <article className="report">
      <ReportHeader report={report} version={version} />
      <div className="report__tools">
        <VersionNotice
          shown={version.lang}
          alternative={alternative?.lang ?? null}
          onShow={(next) => setPicked({ version: next, interfaceLanguage: language })}
        />
        {alternative ? <SideBySideLink reportId={report.id} /> : null}
        {library.state.status === 'ready' ? <CompareChooser report={report} library={library.state.value} /> : null}
        <AnnotationPanelToggle />
        <ExportPackButton report={report} version={version} />
      </div>
      {arrival !== 'found' ? (
        <p className="notice" role="status">
          {arrival === 'missing' ? t('report:deepLink.missing') : t('report:deepLink.sectionOnly')}
        </p>
      ) : null}
      <div className="report__layout">
        <ReportToc entries={toc} onJump={jumpToId} />
        <div className="report__main">
          {report.keyStats.length > 0 ? <KeyStatsStrip id={PANEL_IDS.keyStats} stats={report.keyStats} /> : null}
          <WhatChangedPanel
            id={PANEL_IDS.changes}
            report={report}
            library={library}
            previous={previous}
            shownLanguage={version.lang}
            onJump={jumpTo}
          />
          <IndicatorCards id={PANEL_IDS.indicators} report={report} version={version} onJump={jumpTo} />
          <ReportTrends id={PANEL_IDS.trends} report={report} />
          <div className="report__body" lang={version.lang}>
            {version.sections.map((section) => (
              <ReportSection key={section.id} section={section} contentLanguage={version.lang} />
            ))}
          </div>
          <PassageQuestionToolbar reportId={report.id} version={version} />
        </div>
      </div>
    </article>
    <SelectionToolbar />
    <AnnotateDialog />
    <AnnotationPanel />
    </AnnotationsProvider>
  );
}
