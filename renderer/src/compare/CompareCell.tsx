import type { IndicatorView, MeasurementView } from '../../../shared/domain';
import { formatFractionOf } from '../../../shared/format';
import { FaceBadge } from '../indicators/FaceBadge';
import { FlagList } from '../indicators/FlagList';
import { formatFigure } from '../indicators/format';
import { useText } from '../text/useText';

/**
 * One report's figure for an indicator on the compare screen: value, fraction, face and flags.
 * `changed` marks the later report's cell when its face changed or the figure is new.
 */
export function CompareCell({
  indicator,
  measurement,
  changed = false,
}: Readonly<{ indicator: IndicatorView; measurement: MeasurementView | null; changed?: boolean }>) {
  const { t } = useText();
  if (!measurement) return <td className="compare-table__missing">{t('report:compareScreen.notInReport')}</td>;
  const fraction = formatFractionOf(measurement);
  return (
    <td className={changed ? 'compare-table__changed' : undefined}>
      <span className="compare-table__value">{formatFigure(measurement, indicator.unit, t)}</span>
      {fraction ? <span className="compare-table__fraction"> {fraction}</span> : null}
      {measurement.face ? (
        <span className="compare-table__face">
          <FaceBadge face={measurement.face} />
        </span>
      ) : null}
      <FlagList measurement={measurement} />
    </td>
  );
}
