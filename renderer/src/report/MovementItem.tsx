import { useId } from 'react';
import type { IndicatorMovement } from '../../../shared/indicators-changes';
import { formatChange } from '../indicators/format';
import { useIndicatorName } from '../indicators/useIndicatorName';
import { AddToQuestionsButton } from '../questions/AddToQuestionsButton';
import { indicatorHref } from '../routing/route';
import { formatValueWithUnit } from '../text/formatMeasurement';
import { formatPeriod } from '../text/formatPeriod';
import { useText } from '../text/useText';

/** "CS LAC 58 …: 61.9% in Quarter 2 2017/18, from 62.9% in Quarter 1 2017/18 — down 1 percentage point". */
export function MovementItem({ movement }: Readonly<{ movement: IndicatorMovement }>) {
  const { t } = useText();
  const name = useIndicatorName(movement.indicator);
  const nameId = useId();
  const unit = movement.indicator.unit;
  return (
    <li>
      <a id={nameId} href={indicatorHref(movement.indicator.id)}>
        {name}
      </a>
      <span className="movements__figures">
        {t('report:whatChanged.movement', {
          value: formatValueWithUnit(movement.current.value, unit, t),
          period: formatPeriod(movement.current.period, t),
          previous: formatValueWithUnit(movement.previous.value, unit, t),
          previousPeriod: formatPeriod(movement.previous.period, t),
        })}
      </span>
      <span className="movements__change">{formatChange(movement.change, unit, t)}</span>
      <AddToQuestionsButton
        evidence={{
          kind: 'change',
          reportId: movement.current.sourceReportId,
          indicatorId: movement.indicator.id,
          period: movement.current.period,
          comparePeriod: movement.previous.period,
        }}
        summary={name}
        describedBy={nameId}
      />
    </li>
  );
}
