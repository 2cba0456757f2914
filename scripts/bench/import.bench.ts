// Import speed: a generated 300-page report PDF read, parsed, matched against the sample library
// and saved (the whole import, as File → Import… does it), in pages per second, beside the same
// file through poppler's pdftotext (text extraction only) as the baseline. Figures, not pass/fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeReportPdf } from '../../electron/import/fixtures/make-pdf';
import { ImportJobs } from '../../electron/import/jobs';
import { readPdf } from '../../electron/import/readers/pdf-reader';
import { loadSampleLibrary, seedSampleLibrary } from '../../electron/seed/sample-library';
import { Store } from '../../electron/store/store';
import { importCorrectionsSchema } from '../../shared/import';

const PAGES = 300;
const RUNS = 3;
const PDFTOTEXT = '/usr/bin/pdftotext';
const appRoot = process.env.BRIFFIO_ROOT ?? process.cwd();

/** A long performance report in our own words: numbered paragraphs, lists, coded figures, a table. */
function reportText(pages: number): string {
  const parts = [
    'CITY AND COUNTY OF CARDIFF',
    'CORPORATE PARENTING ADVISORY COMMITTEE',
    '14 March 2018',
    '',
    'Corporate Parenting Advisory Committee Performance Summary',
    'Quarter 3 2017/18',
    '',
  ];
  let paragraph = 0;
  for (let page = 1; page <= pages; page++) {
    if (page % 25 === 1) parts.push('', `Detailed Commentary – Part ${Math.ceil(page / 25)}`, '');
    for (let line = 0; line < 4; line++) {
      paragraph++;
      const share = (50 + ((paragraph * 37) % 500) / 10).toFixed(1);
      parts.push(
        `${paragraph}. The service kept working on its plan this quarter. ${share}% (${300 + paragraph} / ${600 + paragraph}) of reviews were held on time in Quarter 3, compared with 61.9% (375 / 606) in Quarter 2 (CS LAC ${paragraph}).`,
        '',
        '\uF0B7 Visits to children were made within the required time in most cases.',
        '\uF0B7 Records were brought up to date after each visit.',
        '',
        'a. Recruitment continued across the three teams in the quarter.',
        '',
      );
    }
    parts.push('\f');
  }
  return parts.join('\n');
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'briffio-import-bench-'));
  try {
    const started = performance.now();
    const pdf = await makeReportPdf(reportText(PAGES), { footer: true, subsetFont: true });
    const file = path.join(dir, 'report-300-pages.pdf');
    writeFileSync(file, pdf);
    console.log(`generated a ${PAGES}-page PDF (${(pdf.length / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const samples = loadSampleLibrary(path.join(appRoot, 'assets', 'sample-library'));
    const importTimes: number[] = [];
    let pages = 0;
    for (let run = 0; run < RUNS; run++) {
      const store = Store.open(path.join(dir, `run-${run}.sqlite`));
      seedSampleLibrary(store, samples, new Date().toISOString());
      const jobs = new ImportJobs({ store, now: () => new Date().toISOString() });
      const start = performance.now();
      const jobId = jobs.start('report-300-pages.pdf', pdf);
      const progress = await jobs.settled(jobId);
      if (progress.state !== 'done') throw new Error(`import ${progress.state}: ${progress.error?.message ?? ''}`);
      jobs.save(jobId, importCorrectionsSchema.parse({ target: { mode: 'new' } }));
      importTimes.push(performance.now() - start);
      pages = progress.pagesTotal ?? 0;
      store.close();
    }
    const extractTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      await readPdf(pdf);
      extractTimes.push(performance.now() - start);
    }
    const importRate = pages / (median(importTimes) / 1000);
    console.log(`Briffio import (read, parse, match, save): ${importRate.toFixed(1)} pages/s   (median of ${RUNS}: ${(median(importTimes) / 1000).toFixed(2)} s for ${pages} pages)`);
    console.log(`  of which pdf.js text extraction:          ${(pages / (median(extractTimes) / 1000)).toFixed(1)} pages/s   (${(median(extractTimes) / 1000).toFixed(2)} s)`);

    if (!existsSync(PDFTOTEXT)) {
      console.log(`pdftotext baseline: not available (${PDFTOTEXT} is missing; Debian: apt-get install poppler-utils)`);
      return;
    }
    const popplerTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const result = spawnSync(PDFTOTEXT, [file, path.join(dir, 'out.txt')]);
      if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr.toString()}`);
      popplerTimes.push(performance.now() - start);
    }
    const popplerRate = pages / (median(popplerTimes) / 1000);
    console.log(`pdftotext (text extraction only):          ${popplerRate.toFixed(1)} pages/s   (median of ${RUNS}: ${(median(popplerTimes) / 1000).toFixed(2)} s)`);
    console.log(`ratio: Briffio runs at ${(importRate / popplerRate).toFixed(2)}× pdftotext's speed (pdftotext is ${(popplerRate / importRate).toFixed(1)}× faster)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
