import { useEffect, useState, type ReactElement } from 'react';
import { LibraryScreen } from '../library/LibraryScreen';
import { ReportScreen } from '../report/ReportScreen';
import type { Route } from '../routing/route';
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
      return <ReportScreen reportId={route.reportId} />;
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

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('common:app.title');
  }, [language, t]);

  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <AppHeader route={route} />
      <main id={MAIN_ID} tabIndex={-1} className="page">
        {/* Keyed by visit: every navigation starts the screen afresh, its data included. */}
        <div key={visit} className="page__inner">
          {screenFor(route)}
        </div>
        {/* Inside a landmark, so all content is in one (axe "region"). */}
        <LiveRegion />
      </main>
      {welcoming ? <LanguageWelcome onDone={() => setWelcoming(false)} /> : null}
    </>
  );
}
