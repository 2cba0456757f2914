import { PageHeading } from '../common/PageHeading';
import { libraryHref } from '../routing/route';
import { useText } from '../text/useText';

export function NotFoundScreen() {
  const { t } = useText();
  return (
    <div className="narrow">
      <PageHeading>{t('common:notFound.heading')}</PageHeading>
      <p>{t('common:notFound.body')}</p>
      <p>
        <a href={libraryHref()}>{t('common:notFound.toLibrary')}</a>
      </p>
    </div>
  );
}
