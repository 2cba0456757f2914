import { libraryHref, type Route } from '../routing/route';
import { useText } from '../text/useText';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader({ route }: Readonly<{ route: Route }>) {
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
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
