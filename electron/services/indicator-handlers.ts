import type { Handlers } from '../../shared/contract';
import { AppFailure } from '../../shared/result';
import { readIndicatorDetail, readIndicatorList } from '../store/indicator-queries';
import type { HandlerDeps } from './handler-deps';

/**
 * The indicator screens' calls. Comparing two reports needs no call of its own: the renderer
 * aligns two `report.get` answers (shared/indicators-compare.ts), which already carry every
 * figure both reports state, so the two screens cannot disagree about a report's figures.
 */
export function indicatorHandlers({ store }: HandlerDeps): Pick<Handlers, 'indicators.list' | 'indicator.get'> {
  return {
    'indicators.list': () => readIndicatorList(store.db),
    'indicator.get': ({ indicatorId }) => {
      const detail = readIndicatorDetail(store.db, indicatorId);
      if (!detail) throw new AppFailure('not_found', `No indicator with id ${indicatorId}`);
      return detail;
    },
  };
}
