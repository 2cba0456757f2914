import { useId, useState } from 'react';
import type { IndicatorMovement } from '../../../shared/indicators-changes';
import { ArrowIcon } from '../indicators/ArrowIcon';
import { useText } from '../text/useText';
import { MovementItem } from './MovementItem';

const SHOWN_AT_FIRST = 5;

/** One group of movements ("Got worse"), biggest first; the rest behind a Show all button. */
export function MovementList({
  heading,
  movements,
  tone,
}: Readonly<{ heading: string; movements: readonly IndicatorMovement[]; tone: 'improved' | 'declined' | 'changed' }>) {
  const { t } = useText();
  const listId = useId();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? movements : movements.slice(0, SHOWN_AT_FIRST);
  return (
    <div className={`movements movements--${tone}`}>
      <h4 id={headingId} className="movements__heading">
        {tone === 'changed' ? null : <ArrowIcon arrow={tone} />}
        <span>{heading}</span>
      </h4>
      {movements.length === 0 ? (
        <p className="muted">{t('report:whatChanged.noneInGroup')}</p>
      ) : (
        <ul id={listId} className="movements__list" aria-labelledby={headingId}>
          {shown.map((movement) => (
            <MovementItem key={movement.indicator.id} movement={movement} />
          ))}
        </ul>
      )}
      {movements.length > SHOWN_AT_FIRST ? (
        <button type="button" className="link-button" aria-expanded={all} aria-controls={listId} onClick={() => setAll((value) => !value)}>
          {all ? t('report:whatChanged.showFewer') : t('report:whatChanged.showAll')}
        </button>
      ) : null}
    </div>
  );
}
