import type { Arrow, Face, MeasurementRole, Plan, Polarity, Unit } from '../../../shared/domain';

/** Translation keys chosen by value, written out so every key stays a literal the type checker sees. */

export const FACE_KEYS = {
  will: 'indicators:face.will',
  may: 'indicators:face.may',
  will_not: 'indicators:face.will_not',
} as const satisfies Record<Face, string>;

export const ARROW_KEYS = {
  improved: 'indicators:arrow.improved',
  sustained: 'indicators:arrow.sustained',
  declined: 'indicators:arrow.declined',
} as const satisfies Record<Arrow, string>;

export const POLARITY_KEYS = {
  higher_is_better: 'indicators:polarity.higher_is_better',
  lower_is_better: 'indicators:polarity.lower_is_better',
  neutral: 'indicators:polarity.neutral',
} as const satisfies Record<Polarity, string>;

export const PLAN_KEYS = {
  corporate_plan: 'indicators:plan.corporate_plan',
  directorate_delivery_plan: 'indicators:plan.directorate_delivery_plan',
} as const satisfies Record<Plan, string>;

export const UNIT_KEYS = {
  percent: 'indicators:unit.percent',
  count: 'indicators:unit.count',
  days: 'indicators:unit.days',
  rate_per_1000: 'indicators:unit.rate_per_1000',
  money: 'indicators:unit.money',
  ratio: 'indicators:unit.ratio',
} as const satisfies Record<Unit, string>;

export const FLAG_KEYS = {
  provisional: 'indicators:flag.provisional',
  pending: 'indicators:flag.pending',
  unavailable: 'indicators:flag.unavailable',
} as const;

export type Flag = keyof typeof FLAG_KEYS;

/** The flags a measurement carries, in a fixed order. */
export function flagsOf(measurement: Readonly<{ provisional: boolean; pending: boolean; unavailable: boolean }>): Flag[] {
  return (['provisional', 'pending', 'unavailable'] as const).filter((flag) => measurement[flag]);
}

export const ROLE_KEYS = {
  current: 'indicators:detail.role.current',
  comparison: 'indicators:detail.role.comparison',
  series: 'indicators:detail.role.series',
} as const satisfies Record<MeasurementRole, string>;
