import type { Handlers } from '../../shared/contract';
import { AppFailure } from '../../shared/result';
import type { HandlerDeps } from './handler-deps';

export function libraryHandlers({ store, info }: HandlerDeps): Pick<Handlers, 'app.info' | 'library.get' | 'report.get'> {
  return {
    'app.info': () => info(),
    'library.get': () => store.library(),
    'report.get': ({ reportId }) => {
      const report = store.report(reportId);
      if (!report) throw new AppFailure('not_found', `No report with id ${reportId}`);
      return report;
    },
  };
}
