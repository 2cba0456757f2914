import { reportSideBySideHref } from '../routing/route';
import { useText } from '../text/useText';
import './bilingual.css';

/** From the reading view to the side-by-side view; shown only when both versions exist. */
export function SideBySideLink({ reportId }: Readonly<{ reportId: number }>) {
  const { t } = useText();
  return (
    <p className="version-switch">
      <a className="button button--secondary" href={reportSideBySideHref(reportId)}>
        {t('report:sideBySide.open')}
      </a>
    </p>
  );
}
