import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import { MAX_IMPORT_BYTES } from '../../shared/import';
import { AppFailure } from '../../shared/result';
import { ImportFailure } from '../import/failure';
import { ImportJobs } from '../import/jobs';
import type { HandlerDeps } from './handler-deps';

type ImportCalls = 'import.start' | 'import.progress' | 'import.cancel' | 'import.save' | 'report.exportPack';

/**
 * Importing reports (electron/import) and exporting them as Briffio packs. The file arrives as
 * base64 through the contract in both hosts, so the desktop app and browser mode share one path;
 * reading happens in the background and is polled with `import.progress`.
 */
export function importHandlers({ store, now, importJobs }: HandlerDeps): Pick<Handlers, ImportCalls> {
  const jobs = importJobs ?? new ImportJobs({ store, now });
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

/**
 * Starts importing a file on this computer, as `import.start` does with a file the page sends:
 * same job, same size limit, same reasons; the page follows it at `#/import/<jobId>`. Only the
 * main process calls this, with a path the operating system gave it (a double-clicked `.briffio`
 * file, "Open with Briffio"): no contract call takes a path, so the page can never ask for one.
 * It answers at once; a file that cannot be read makes a failed job with its translated reason.
 */
export function startImportFromPath(jobs: ImportJobs, filePath: string): string {
  return jobs.start(path.basename(filePath) || filePath, () => readImportFile(filePath));
}

/**
 * A file's bytes, or an ImportFailure a councillor can act on: `import_unreadable` (missing,
 * moved, on a drive no longer connected, not allowed), `import_unsupported` (a folder, a device),
 * `import_too_large` (checked before reading, so a huge file is never loaded). An empty file
 * reads as empty, for the import to refuse as it refuses an empty upload.
 */
export async function readImportFile(filePath: string): Promise<Uint8Array> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new ImportFailure('import_unsupported', `${filePath} is not a file`);
    if (info.size > MAX_IMPORT_BYTES) throw new ImportFailure('import_too_large', `${info.size} bytes is over the ${MAX_IMPORT_BYTES}-byte limit`);
    return await readFile(filePath);
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // Replaced by a folder between the two steps.
    if (code === 'EISDIR') throw new ImportFailure('import_unsupported', `${filePath} is not a file`);
    throw new ImportFailure('import_unreadable', `Cannot read ${filePath}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
