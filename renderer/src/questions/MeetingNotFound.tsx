import { PageHeading } from '../common/PageHeading';
import { meetingsHref } from '../routing/route';
import { useText } from '../text/useText';

/** A link to a meeting that is not (or no longer) in the library. */
export function MeetingNotFound() {
  const { t } = useText();
  return (
    <div className="error-state">
      <PageHeading>{t('questions:ui.notFoundHeading')}</PageHeading>
      <p>{t('questions:ui.notFound')}</p>
      <p>
        <a href={meetingsHref()}>{t('questions:ui.backToMeetings')}</a>
      </p>
    </div>
  );
}
