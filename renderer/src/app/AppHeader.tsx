import { aboutHref, importHref, indicatorsHref, libraryHref, meetingsHref, notesHref, type Route } from '../routing/route';
import { SearchButton } from '../search/SearchButton';
import { useText } from '../text/useText';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader({ route, onOpenSearch }: Readonly<{ route: Route; onOpenSearch: () => void }>) {
  const { t } = useText();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <p className="app-header__name">{t('common:app.name')}</p>
        <nav className="app-header__nav" aria-label={t('common:nav.label')}>
          <ul>
            <li>
              <a href={libraryHref()} aria-current={route.name === 'library' ? 'page' : undefined}>
                {t('common:nav.library')}
              </a>
            </li>
            <li>
              <a href={indicatorsHref()} aria-current={route.name === 'indicators' ? 'page' : undefined}>
                {t('common:nav.indicators')}
              </a>
            </li>
            <li>
              <a
                href={meetingsHref()}
                aria-current={route.name === 'meetings' || route.name === 'questions' || route.name === 'questions_print' ? 'page' : undefined}
              >
                {t('common:nav.questions')}
              </a>
            </li>
            <li>
              <a href={notesHref()} aria-current={route.name === 'notes' ? 'page' : undefined}>
                {t('annotations:ui.notes.nav')}
              </a>
            </li>
            <li>
              <a href={importHref()} aria-current={route.name === 'import' ? 'page' : undefined}>
                {t('common:nav.import')}
              </a>
            </li>
            <li>
              <a href={aboutHref()} aria-current={route.name === 'about' ? 'page' : undefined}>
                {t('about:nav')}
              </a>
            </li>
          </ul>
        </nav>
        <SearchButton onOpen={onOpenSearch} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
