import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { AboutScreen } from '../about/AboutScreen';
import { CompareScreen } from '../compare/CompareScreen';
import { IndicatorScreen } from '../indicators/IndicatorScreen';
import { IndicatorsScreen } from '../indicators/IndicatorsScreen';
import { DropImport } from '../import/DropImport';
import { ImportScreen } from '../import/ImportScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { MyNotesScreen } from '../annotations/MyNotesScreen';
import { MeetingModeScreen } from '../questions/MeetingModeScreen';
import { MeetingsScreen } from '../questions/MeetingsScreen';
import { QuestionListScreen } from '../questions/QuestionListScreen';
import { QuestionPrintScreen } from '../questions/QuestionPrintScreen';
import { ReportScreen } from '../report/ReportScreen';
import { SideBySideScreen } from '../report/SideBySideScreen';
import type { Route } from '../routing/route';
import { SearchDialog } from '../search/SearchDialog';
import { useSearchShortcuts } from '../search/useSearchShortcuts';
import { useRoute } from '../routing/useRoute';
import { useText } from '../text/useText';
import { AppHeader } from './AppHeader';
import { LanguageWelcome } from './LanguageWelcome';
import { LiveRegion } from './LiveRegion';
import { NotFoundScreen } from './NotFoundScreen';
import { usePageFocus } from './PageFocus';
import { SkipLink } from './SkipLink';

const MAIN_ID = 'main';

function screenFor(route: Route): ReactElement {
  switch (route.name) {
    case 'library':
      return <LibraryScreen />;
    case 'report':
      return <ReportScreen reportId={route.reportId} at={route.at} />;
    case 'report_side_by_side':
      return <SideBySideScreen reportId={route.reportId} />;
    case 'indicators':
      return <IndicatorsScreen query={route.query} />;
    case 'indicator':
      return <IndicatorScreen indicatorId={route.indicatorId} />;
    case 'compare':
      return <CompareScreen leftReportId={route.leftReportId} rightReportId={route.rightReportId} />;
    case 'about':
      return <AboutScreen />;
    case 'import':
      return <ImportScreen jobId={route.jobId} />;
    case 'meetings':
      return <MeetingsScreen />;
    case 'questions':
      return <QuestionListScreen meetingId={route.meetingId} />;
    case 'meeting_mode':
      return <MeetingModeScreen meetingId={route.meetingId} />;
    case 'questions_print':
      return <QuestionPrintScreen meetingId={route.meetingId} />;
    case 'notes':
      return <MyNotesScreen />;
    case 'not_found':
      return <NotFoundScreen />;
  }
}

/** The shell: skip link, header (name, navigation, language), the current screen, announcements. */
export function App({ firstRun }: Readonly<{ firstRun: boolean }>) {
  const focus = usePageFocus();
  const [welcoming, setWelcoming] = useState(firstRun);
  const { route, visit } = useRoute(focus.request);
  const { t, language } = useText();
  const [searching, setSearching] = useState(false);
  const openSearch = useCallback(() => setSearching(true), []);
  useSearchShortcuts(openSearch);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('common:app.title');
  }, [language, t]);

  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <AppHeader route={route} onOpenSearch={openSearch} />
      <main id={MAIN_ID} tabIndex={-1} className="page">
        {/* Keyed by visit: every navigation starts the screen afresh, its data included. */}
        <div key={visit} className="page__inner">
          {screenFor(route)}
        </div>
        {/* Inside a landmark, so all content is in one (axe "region"). */}
        <LiveRegion />
        <DropImport />
      </main>
      {welcoming ? <LanguageWelcome onDone={() => setWelcoming(false)} /> : null}
      <SearchDialog open={searching} onClose={() => setSearching(false)} />
    </>
  );
}
