import type { EffectiveArrow } from '../../../shared/indicators';
import { useText } from '../text/useText';
import { ArrowIcon } from './ArrowIcon';
import { ARROW_KEYS } from './labels';

/**
 * The arrow as icon and words. An arrow Briffio worked out from the figures (the report printed
 * none) says so, so a councillor never quotes it as the council's own assessment.
 */
export function ArrowBadge({ arrow }: Readonly<{ arrow: EffectiveArrow | null }>) {
  const { t } = useText();
  if (!arrow) return <span className="badge badge--none">{t('indicators:arrow.none')}</span>;
  return (
    <span className={`badge arrow arrow--${arrow.arrow}`}>
      <ArrowIcon arrow={arrow.arrow} />
      <span>
        {t(ARROW_KEYS[arrow.arrow])}
        {arrow.source === 'computed' ? <span className="badge__note"> ({t('indicators:arrow.computed')})</span> : null}
      </span>
    </span>
  );
}
