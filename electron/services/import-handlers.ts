import type { Handlers } from '../../shared/contract';
import { AppFailure } from '../../shared/result';
import { ImportJobs } from '../import/jobs';
import type { HandlerDeps } from './handler-deps';

type ImportCalls = 'import.start' | 'import.progress' | 'import.cancel' | 'import.save' | 'report.exportPack';

/**
 * Importing reports (electron/import) and exporting them as Briffio packs. The file arrives as
 * base64 through the contract in both hosts, so the desktop app and browser mode share one path;
 * reading happens in the background and is polled with `import.progress`.
 */
export function importHandlers({ store, now }: HandlerDeps): Pick<Handlers, ImportCalls> {
  const jobs = new ImportJobs({ store, now });
  return {
    'import.start': ({ fileName, bytesBase64 }) => ({ jobId: jobs.start(fileName, Buffer.from(bytesBase64, 'base64')) }),
    'import.progress': ({ jobId }) => jobs.progress(jobId),
    'import.cancel': ({ jobId }) => jobs.cancel(jobId),
    'import.save': ({ jobId, corrections }) => jobs.save(jobId, corrections),
    'report.exportPack': ({ reportId }) => {
      const pack = store.exportPack(reportId);
      if (!pack) throw new AppFailure('not_found', `No report with id ${reportId}`);
      return pack;
    },
  };
}
