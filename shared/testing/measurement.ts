import type { MeasurementView } from '../domain';

let nextId = 1;

/**
 * A measurement for unit tests: this report's own headline figure of 50 for indicator 1 in
 * Quarter 1 2017/18, with `changes` applied and an id of its own. One builder, so that a field
 * added to MeasurementView is added to every test's figures in one place.
 */
export function measurement(changes: Partial<MeasurementView> = {}): MeasurementView {
  return {
    id: nextId++,
    indicatorId: 1,
    period: '2017-18.Q1',
    dimension: '',
    dimensionLabel: null,
    value: 50,
    numerator: null,
    denominator: null,
    target: null,
    face: null,
    arrow: null,
    provisional: false,
    pending: false,
    unavailable: false,
    role: 'current',
    sourceReportId: 1,
    sectionKey: null,
    blockNumber: null,
    page: null,
    ...changes,
  };
}
