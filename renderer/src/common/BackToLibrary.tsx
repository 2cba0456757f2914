import { libraryHref } from '../routing/route';
import { useText } from '../text/useText';

export function BackToLibrary() {
  const { t } = useText();
  return (
    <p className="back-link">
      <a href={libraryHref()}>
        <span aria-hidden="true">← </span>
        {t('report:back')}
      </a>
    </p>
  );
}
