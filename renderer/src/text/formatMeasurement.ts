import type { Unit } from '../../../shared/domain';
import { formatValue } from '../../../shared/format';
import type { Translate } from './useText';

/**
 * A value with its unit in words where the unit needs words: "23.5 days" / "23.5 diwrnod",
 * "63.5 per 1,000" / "63.5 fesul 1,000"; other units as shared/format.ts prints them.
 */
export function formatValueWithUnit(value: number, unit: Unit, t: Translate): string {
  const formatted = formatValue(value, unit);
  if (unit === 'days') return t('common:unit.days', { count: value, value: formatted });
  if (unit === 'rate_per_1000') return t('common:unit.ratePer1000', { value: formatted });
  return formatted;
}
