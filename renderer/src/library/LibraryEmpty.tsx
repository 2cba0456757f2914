import { useText } from '../text/useText';

export function LibraryEmpty() {
  const { t } = useText();
  return (
    <div className="empty-state">
      <span className="empty-state__icon" aria-hidden="true" />
      <h2>{t('library:empty.heading')}</h2>
      <p>{t('library:empty.body')}</p>
    </div>
  );
}
