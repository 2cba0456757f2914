import { randomUUID } from 'node:crypto';
import type { ImportCorrections, ImportDraft, ImportError, ImportProgress, ImportSaveResult, ImportState } from '../../shared/import';
import { AppFailure } from '../../shared/result';
import type { Store } from '../store/store';
import { buildPack } from './build-pack';
import { makeDraft } from './draft';
import { ImportCancelled, ImportFailure } from './failure';
import { readImport } from './read-import';

interface Job {
  readonly id: string;
  readonly fileName: string;
  state: ImportState;
  pagesDone: number;
  pagesTotal: number | null;
  draft: ImportDraft | null;
  error: ImportError | null;
  readonly abort: AbortController;
  /** Settles when reading has finished one way or another (tests and the CLI wait on it). */
  readonly finished: Promise<void>;
}

export interface ImportJobsOptions {
  readonly store: Store;
  readonly now: () => string;
  /** Jobs kept at once; the oldest finished ones are forgotten first. */
  readonly maxJobs?: number;
}

/**
 * Imports in progress. `start` returns at once with a job id and reads the file in the background
 * (a PDF page by page, yielding between pages), so the renderer can poll `progress`, show pages
 * read and offer Cancel. Nothing is written until `save`, which turns the reviewed draft into one
 * pack and writes it in one transaction; a cancelled or failed job writes nothing at all.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly maxJobs: number;

  constructor(private readonly options: ImportJobsOptions) {
    this.maxJobs = options.maxJobs ?? 8;
  }

  /**
   * `source` is the file's bytes (sent by the renderer) or a way to read them (a file the operating
   * system asked Briffio to open): a read that fails fails the job with its reason, like a bad file.
   */
  start(fileName: string, source: Uint8Array | (() => Promise<Uint8Array>)): string {
    this.forgetOldJobs();
    const id = randomUUID();
    const abort = new AbortController();
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const job: Job = { id, fileName, state: 'running', pagesDone: 0, pagesTotal: null, draft: null, error: null, abort, finished };
    this.jobs.set(id, job);
    // Started on the next turn of the event loop, so `start` answers before any reading happens.
    setImmediate(() => {
      void this.read(job, source).finally(finish);
    });
    return id;
  }

  private async read(job: Job, source: Uint8Array | (() => Promise<Uint8Array>)): Promise<void> {
    try {
      const bytes = typeof source === 'function' ? await source() : source;
      if (job.abort.signal.aborted) throw new ImportCancelled();
      const read = await readImport(bytes, job.fileName, {
        signal: job.abort.signal,
        onProgress: (done, total) => {
          job.pagesDone = done;
          job.pagesTotal = total;
        },
      });
      if (job.abort.signal.aborted) throw new ImportCancelled();
      job.draft = makeDraft(read, { fileName: job.fileName, bytes: bytes.length }, this.options.store.importContext());
      job.state = 'done';
    } catch (error) {
      if (error instanceof ImportCancelled || job.abort.signal.aborted) {
        job.state = 'cancelled';
        return;
      }
      job.state = 'failed';
      job.error = toImportError(error);
      if (!(error instanceof AppFailure)) console.error(`briffio: importing ${job.fileName} failed:`, error);
    }
  }

  progress(jobId: string): ImportProgress {
    return this.view(this.job(jobId));
  }

  /** Stops a running job, or forgets a finished one; either way nothing is written. */
  cancel(jobId: string): ImportProgress {
    const job = this.job(jobId);
    if (job.state === 'running') {
      job.abort.abort();
      job.state = 'cancelled';
    } else {
      this.jobs.delete(jobId);
      if (job.state === 'done') job.state = 'cancelled';
    }
    return this.view(job);
  }

  /** Writes the reviewed draft in one transaction and forgets the job. */
  save(jobId: string, corrections: ImportCorrections): ImportSaveResult {
    const job = this.job(jobId);
    if (job.state !== 'done' || !job.draft) throw new AppFailure('conflict', `Import ${jobId} is ${job.state}, not ready to save`);
    const { store, now } = this.options;
    const context = store.importContext();
    const chosen = corrections.target?.mode === 'existing' ? corrections.target.reportId : corrections.target ? null : (job.draft.candidates[0]?.reportId ?? null);
    const existing = chosen !== null ? store.exportPack(chosen) : null;
    const built = buildPack(job.draft, corrections, context, existing);
    const outcome = store.writePack(built.pack, { origin: 'import', sourceName: job.fileName, now: now() });
    this.jobs.delete(jobId);
    return { reportId: outcome.reportId, created: outcome.created, lang: built.lang, revision: store.latestRevision(outcome.reportId, built.lang) };
  }

  /** For tests and the command line: resolves when the job has finished reading. */
  async settled(jobId: string): Promise<ImportProgress> {
    await this.job(jobId).finished;
    return this.progress(jobId);
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppFailure('not_found', `No import job ${jobId}`);
    return job;
  }

  private view(job: Job): ImportProgress {
    return {
      jobId: job.id,
      fileName: job.fileName,
      state: job.state,
      pagesDone: job.pagesDone,
      pagesTotal: job.pagesTotal,
      ...(job.draft && job.state === 'done' ? { draft: job.draft } : {}),
      ...(job.error ? { error: job.error } : {}),
    };
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.state !== 'running');
    while (this.jobs.size >= this.maxJobs && finished.length > 0) this.jobs.delete(finished.shift()!.id);
  }
}

export function toImportError(error: unknown): ImportError {
  if (error instanceof ImportFailure) return { code: error.code, message: error.message, ...(error.problems ? { problems: error.problems } : {}) };
  if (error instanceof AppFailure) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
