import type { Handlers } from '../../shared/contract';
import { AppFailure } from '../../shared/result';
import type { HandlerDeps } from './handler-deps';

export function libraryHandlers({ store }: HandlerDeps): Pick<Handlers, 'library.get' | 'report.get'> {
  return {
    'library.get': () => store.library(),
    'report.get': ({ reportId }) => {
      const report = store.report(reportId);
      if (!report) throw new AppFailure('not_found', `No report with id ${reportId}`);
      return report;
    },
  };
}
