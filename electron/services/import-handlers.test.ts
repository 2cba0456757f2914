import { mkdirSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import { dispatch } from '../../shared/dispatch';
import { MAX_IMPORT_BYTES, type ImportProgress } from '../../shared/import';
import { openCore, type BriffioCore } from '../core/open-core';
import { makeReportPdf } from '../import/fixtures/make-pdf';
import { ImportJobs } from '../import/jobs';
import { Store } from '../store/store';
import { fixturePack } from '../test-support/fixture-pack';
import { makeAppRoot } from '../test-support/temp-app-root';
import { useTempDirs } from '../test-support/temp-dir';
import { startImportFromPath } from './import-handlers';

const tempDir = useTempDirs();
const NOW = '2026-03-01T10:00:00.000Z';
const FIXTURES = path.resolve(__dirname, '..', 'import', 'fixtures');

/** A file on "the desktop" with these contents; its absolute path. */
function fileOnDisk(name: string, contents: string | Uint8Array): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, contents);
  return file;
}

/** Opens a file from disk, as main does for a double-clicked file, and waits for it to be read. */
async function openFromDisk(filePath: string): Promise<{ store: Store; progress: ImportProgress }> {
  const store = Store.open(path.join(tempDir(), 'briffio.sqlite'));
  const jobs = new ImportJobs({ store, now: () => NOW });
  const jobId = startImportFromPath(jobs, filePath);
  return { store, progress: await jobs.settled(jobId) };
}

function reportCount(store: Store): number {
  return (store.db.prepare('SELECT COUNT(*) AS n FROM reports').get() as { n: number }).n;
}

describe('importing a file the operating system asked Briffio to open', () => {
  it('reads a double-clicked Briffio pack onto the review screen, under its own file name', async () => {
    const pack = fixturePack();
    const file = fileOnDisk('Test performance summary.briffio', JSON.stringify(pack, null, 2));
    const { store, progress } = await openFromDisk(file);
    try {
      expect(progress).toMatchObject({ state: 'done', fileName: 'Test performance summary.briffio' });
      expect(progress.draft?.source).toMatchObject({ format: 'pack', fileName: 'Test performance summary.briffio', bytes: readFileSync(file).length });
      expect(progress.draft?.versions.map((version) => version.title)).toEqual(pack.report.versions.map((version) => version.title));
      // Reading writes nothing: the councillor saves from the review screen.
      expect(reportCount(store)).toBe(0);
    } finally {
      store.close();
    }
  });

  it('reads a PDF opened with Briffio page by page', async () => {
    const pdf = await makeReportPdf(readFileSync(path.join(FIXTURES, 'cover-report.txt'), 'utf8'), { footer: true });
    const { store, progress } = await openFromDisk(fileOnDisk('cpac q3.PDF', pdf));
    try {
      expect(progress.state).toBe('done');
      expect(progress.pagesTotal).toBeGreaterThan(1);
      expect(progress.pagesDone).toBe(progress.pagesTotal);
      expect(progress.draft?.source).toMatchObject({ format: 'pdf', fileName: 'cpac q3.PDF', bytes: pdf.length });
      expect(progress.draft?.identity).toMatchObject({ period: '2017-18.Q3', meetingDate: '2018-03-14' });
    } finally {
      store.close();
    }
  });

  it.each([
    ['a file that has been moved or deleted', () => path.join(tempDir(), 'gone.briffio'), 'import_unreadable'],
    ['a path through a file', () => path.join(fileOnDisk('a.txt', 'text'), 'inside.pdf'), 'import_unreadable'],
    ['a folder named like a report', () => {
      const folder = path.join(tempDir(), 'reports.pdf');
      mkdirSync(folder);
      return folder;
    }, 'import_unsupported'],
    ['an empty file', () => fileOnDisk('empty.txt', ''), 'import_empty'],
    ['a pack that is not JSON', () => fileOnDisk('broken.briffio', 'not a pack at all'), 'import_damaged'],
    ['a file over the size limit (never read whole)', () => {
      const file = path.join(tempDir(), 'agenda pack.pdf');
      // Sparse: one byte over the limit without writing 40 MB.
      const fd = openSync(file, 'w');
      ftruncateSync(fd, MAX_IMPORT_BYTES + 1);
      closeSync(fd);
      return file;
    }, 'import_too_large'],
  ] as const)('fails the job with a translated reason for %s, saving nothing', async (_what, make, code) => {
    const { store, progress } = await openFromDisk(make());
    try {
      expect(progress.state).toBe('failed');
      expect(progress.error?.code).toBe(code);
      expect(progress.draft).toBeUndefined();
      expect(reportCount(store)).toBe(0);
    } finally {
      store.close();
    }
  });
});

describe('BriffioCore.importFromPath', () => {
  function open(): BriffioCore {
    return openCore({ dataDir: tempDir(), appRoot: makeAppRoot(tempDir(), []), version: 'test', host: 'electron', now: () => NOW, rollingBackups: false });
  }

  async function call<N extends CallName>(core: BriffioCore, name: N, input: CallInput<N>): Promise<CallResult<N>> {
    const result = await dispatch(core.handlers, name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
    return result.value as CallResult<N>;
  }

  it('starts a job the page follows and saves with the ordinary import calls', async () => {
    const core = open();
    try {
      const file = fileOnDisk('report.briffio', JSON.stringify(fixturePack({ title: 'Opened from the desktop' })));
      const jobId = core.importFromPath(file);
      // The page polls import.progress at #/import/<jobId>; so does the test, until reading ends.
      const progress = await vi.waitFor(async () => {
        const answer = await call(core, 'import.progress', { jobId });
        expect(answer.state).not.toBe('running');
        return answer;
      });
      expect(progress).toMatchObject({ jobId, state: 'done', fileName: 'report.briffio' });
      const saved = await call(core, 'import.save', { jobId, corrections: { droppedIndicatorKeys: [] } });
      expect(saved.created).toBe(true);
      const library = await call(core, 'library.get', {});
      expect(JSON.stringify(library)).toContain('Opened from the desktop');
    } finally {
      core.close();
    }
  });

  it('reports a missing file through import.progress with its translated reason', async () => {
    const core = open();
    try {
      const jobId = core.importFromPath(path.join(tempDir(), 'moved away.pdf'));
      const progress = await vi.waitFor(async () => {
        const answer = await call(core, 'import.progress', { jobId });
        expect(answer.state).not.toBe('running');
        return answer;
      });
      expect(progress).toMatchObject({ state: 'failed', fileName: 'moved away.pdf', error: { code: 'import_unreadable' } });
    } finally {
      core.close();
    }
  });
});
