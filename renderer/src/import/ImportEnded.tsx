import { PageHeading } from '../common/PageHeading';
import { importHref } from '../routing/route';
import { useText } from '../text/useText';

/** An import that stopped without saving (cancelled, or no longer open): say so, offer another file. */
export function ImportEnded({ heading, body }: Readonly<{ heading: string; body: string }>) {
  const { t } = useText();
  return (
    <div className="narrow">
      <PageHeading>{heading}</PageHeading>
      <p>{body}</p>
      <p>
        <a href={importHref()}>{t('import:chooseAnother')}</a>
      </p>
    </div>
  );
}
