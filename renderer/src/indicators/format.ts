import type { MeasurementView, Unit } from '../../../shared/domain';
import type { Change } from '../../../shared/indicators';
import { financialYearLabel, parsePeriodKey } from '../../../shared/period';
import { formatValueWithUnit } from '../text/formatMeasurement';
import type { Translate } from '../text/useText';

/**
 * Words for indicator figures and changes, in the interface language. Changes are written in
 * words ("down 1 percentage point") rather than with a minus sign, which screen readers read
 * inconsistently and which says nothing about whether the change is good news.
 */

export function formatChange(change: Change, unit: Unit, t: Translate): string {
  if (change.delta === 0) return t('indicators:change.level');
  const size = Math.abs(change.delta);
  if (change.inPoints) {
    const value = formatValueWithUnit(size, 'ratio', t);
    return change.delta > 0 ? t('indicators:change.upPoints', { count: size, value }) : t('indicators:change.downPoints', { count: size, value });
  }
  const value = formatValueWithUnit(size, unit, t);
  return change.delta > 0 ? t('indicators:change.up', { value }) : t('indicators:change.down', { value });
}

/** A figure with its unit, or the reason there is none (pending, unavailable, no figure). */
export function formatFigure(measurement: Pick<MeasurementView, 'value' | 'pending' | 'unavailable'>, unit: Unit, t: Translate): string {
  if (measurement.value !== null) return formatValueWithUnit(measurement.value, unit, t);
  if (measurement.pending) return t('indicators:value.pending');
  if (measurement.unavailable) return t('indicators:value.unavailable');
  return t('indicators:value.none');
}

/** "Q2 2017/18" / "Ch2 2017/18" for chart axes; a whole year is just "2018/19". */
export function formatPeriodShort(key: string, t: Translate): string {
  const period = parsePeriodKey(key);
  if (!period) return key;
  const year = financialYearLabel(period.startYear);
  if (period.kind === 'year') return t('charts:period.yearShort', { year });
  return t('charts:period.quarterShort', { quarter: String(period.quarter), year });
}
