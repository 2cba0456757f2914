import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../shared/import';
import { ImportFailure } from './failure';
import { makeEncryptedPdf, makeReportPdf, makeScannedPdf } from './fixtures/make-pdf';
import type { ParsedReport } from './parse/parse-report';
import { readImport, type ReadImport } from './read-import';

const FIXTURES = path.join(__dirname, 'fixtures');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

function report(read: ReadImport): ParsedReport {
  if (read.format === 'pack') throw new Error('expected a report, got a pack');
  return read.report;
}

async function failure(work: Promise<unknown>): Promise<ImportFailure> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ImportFailure) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('a PDF generated from the cover report', () => {
  it('is read page by page, keeping page numbers, and parses like its text', async () => {
    const pdf = await makeReportPdf(fixture('cover-report.txt'), { footer: true });
    const progress: [number, number][] = [];
    const read = report(await readImport(pdf, 'cover-q3.pdf', { onProgress: (done, total) => progress.push([done, total]) }));
    const fromText = report(await readImport(bytesOf(fixture('cover-report.txt')), 'cover-q3.txt'));

    expect(read.pageCount).toBeGreaterThan(1);
    expect(progress[0]).toEqual([0, read.pageCount]);
    expect(progress[progress.length - 1]).toEqual([read.pageCount, read.pageCount]);
    expect(read.identity).toMatchObject({ committeeName: 'Corporate Parenting Advisory Committee', meetingDate: '2018-03-14', period: '2017-18.Q3', kind: 'cover' });
    expect(read.identity.council).toEqual({ en: 'City and County of Cardiff', cy: 'Dinas a Sir Caerdydd' });
    expect(read.identity).toMatchObject({ author: 'Eleri Morgan', authorRole: 'Director of Social Services', signedOn: '2018-02-09' });
    // Same sections and paragraphs as the text, and the footer ("Page 1 of 3") is not among them.
    const outline = (parsed: ParsedReport) => parsed.sections.map((section) => [section.key, section.blocks.length]);
    expect(outline(read)).toEqual(outline(fromText));
    expect(JSON.stringify(read.sections)).not.toMatch(/Page \d+ of/);
    // Every section and every value links to a page.
    expect(read.sections.every((section) => typeof section.page === 'number')).toBe(true);
    const cla = read.figures.indicators.find((indicator) => indicator.code === 'CS LAC 58')!;
    expect(cla.measurements[0]).toMatchObject({ value: 60.8, numerator: 378, denominator: 622, blockNumber: '10' });
    expect(cla.measurements.every((m) => typeof m.page === 'number' && m.page >= 1)).toBe(true);
  });

  it('keeps Welsh letters (ŵ, ŷ) through the PDF text layer', async () => {
    const pdf = await makeReportPdf(fixture('welsh-cover-report.txt'));
    const read = report(await readImport(pdf, 'adroddiad.pdf'));
    expect(read.language).toBe('cy');
    expect(read.identity).toMatchObject({ meetingDate: '2018-03-14', period: '2017-18.Q3', signedOn: '2018-02-09' });
    const text = JSON.stringify(read.sections);
    expect(text).toContain('ynglŷn â phob dangosydd');
    expect(text).toContain('tŷ newydd');
    expect(text).toContain('hŵyr');
  });

  it('splits a three-column Signs of Safety table by where its columns are on the page', async () => {
    const pdf = await makeReportPdf(fixture('table-report.txt'));
    const area = report(await readImport(pdf, 'table.pdf')).sections.find((section) => section.key === 'children-looked-after')!;
    const grouped = area.blocks.flatMap((block) => (block.type === 'list' ? block.items.map((item) => [block.group, item.text]) : []));
    expect(grouped).toEqual([
      ['working_well', 'Maintained a low number of children with three or more placements.'],
      ['working_well', 'Achieved timely health assessments for most children entering care.'],
      ['worried', 'Lack of local residential places for children with complex needs.'],
      ['worried', 'Delay in updating records when a child changes placement.'],
      ['worried', 'Fewer local foster carers than last year.'],
      ['to_do', 'Develop more local residential provision with partners.'],
      ['to_do', 'Review how placement changes are recorded.'],
    ]);
  });

  it('stops when cancelled, between pages', async () => {
    const pdf = await makeReportPdf(fixture('cover-report.txt'));
    const abort = new AbortController();
    const reading = readImport(pdf, 'cover.pdf', {
      signal: abort.signal,
      onProgress: (done) => {
        if (done === 1) abort.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: 'ImportCancelled' });
  });
});

describe('files that cannot be imported get one clear reason', () => {
  it('a PDF cut short (an unfinished download)', async () => {
    const pdf = await makeReportPdf(fixture('cover-report.txt'));
    expect((await failure(readImport(pdf.subarray(0, Math.floor(pdf.length * 0.6)), 'cut.pdf'))).code).toBe('import_truncated');
  });

  it('a corrupted PDF', async () => {
    const junk = new Uint8Array(4000).map((_, index) => (index * 7919) % 251);
    const corrupted = new Uint8Array([...bytesOf('%PDF-1.7\n'), ...junk, ...bytesOf('\n%%EOF\n')]);
    expect((await failure(readImport(corrupted, 'broken.pdf'))).code).toBe('import_damaged');
  });

  it('random bytes, whether or not they are named .pdf', async () => {
    const random = new Uint8Array(2048).map((_, index) => (index * 2654435761) % 256);
    expect((await failure(readImport(random, 'report.pdf'))).code).toBe('import_not_pdf');
    expect((await failure(readImport(random, 'report.bin'))).code).toBe('import_unsupported');
  });

  it('a PDF that needs a password', async () => {
    expect((await failure(readImport(makeEncryptedPdf(), 'locked.pdf'))).code).toBe('import_encrypted');
  });

  it('a scanned PDF with no text layer', async () => {
    const failed = await failure(readImport(await makeScannedPdf(3), 'scan.pdf'));
    expect(failed.code).toBe('import_no_text');
  });

  it('an empty file, and a text file of blank lines', async () => {
    expect((await failure(readImport(new Uint8Array(0), 'empty.pdf'))).code).toBe('import_empty');
    expect((await failure(readImport(bytesOf('\n\n   \n'), 'blank.txt'))).code).toBe('import_empty');
  });

  it('a file over the size limit, before reading any of it', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect((await failure(readImport(big, 'huge.pdf'))).code).toBe('import_too_large');
  });

  it('a Word document dropped by mistake', async () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    expect((await failure(readImport(docx, 'report.docx'))).code).toBe('import_unsupported');
  });

  it('a pack that fails the schema names the fields at fault', async () => {
    const broken = { format: 'briffio-pack', version: 1, committee: { key: 'Bad Key', name: { en: 'X' } }, meeting: { date: '16/01/2018' }, report: { kind: 'minutes' } };
    const failed = await failure(readImport(bytesOf(JSON.stringify(broken)), 'broken.json'));
    expect(failed.code).toBe('import_invalid_pack');
    expect(failed.problems).toEqual(
      expect.arrayContaining([
        { path: 'committee.key', kind: 'invalid' },
        { path: 'committee.name.cy', kind: 'missing' },
        { path: 'committee.council', kind: 'missing' },
        { path: 'meeting.date', kind: 'invalid' },
        { path: 'report.kind', kind: 'not_allowed' },
        { path: 'report.versions', kind: 'missing' },
      ]),
    );
  });

  it('a pack cut short', async () => {
    expect((await failure(readImport(bytesOf('{"format": "briffio-pack", "version": 1, "committee": {'), 'cut.json'))).code).toBe('import_truncated');
  });
});
