import type { Unit } from '../../../shared/domain';
import { formatValueWords } from '../../../shared/locale-format';
import { textLookup } from './textLookup';
import type { Translate } from './useText';

/**
 * A value with its unit in words where the unit needs words: "23.5 days" / "23.5 diwrnod",
 * "63.5 per 1,000" / "63.5 fesul 1,000"; other units as shared/format.ts prints them.
 */
export function formatValueWithUnit(value: number, unit: Unit, t: Translate): string {
  return formatValueWords(value, unit, textLookup(t));
}
