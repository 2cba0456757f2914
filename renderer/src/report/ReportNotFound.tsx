import { PageHeading } from '../common/PageHeading';
import { useText } from '../text/useText';

export function ReportNotFound() {
  const { t } = useText();
  return (
    <div className="narrow">
      <PageHeading>{t('report:notFound.heading')}</PageHeading>
      <p>{t('report:notFound.body')}</p>
    </div>
  );
}
