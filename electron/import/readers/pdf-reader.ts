import { ImportCancelled, ImportFailure } from '../failure';
import { cleanLine } from '../parse/text';
import type { SourceCell, SourceDocument, SourceLine } from '../source';

/**
 * Text extraction from PDFs with pdf.js (pdfjs-dist's legacy build, which runs under plain Node
 * and Electron's main process), page by page, keeping each line's page and each cell's x position.
 *
 * pdf.js normally parses in a web worker. Under Node it uses a "fake worker" on the same thread;
 * we hand it the worker module ourselves (globalThis.pdfjsWorker) so nothing is looked up by file
 * path at run time, and we yield to the event loop between pages so the app keeps answering other
 * calls — progress polls, Cancel — while a long agenda pack is read.
 */

export interface PdfReadOptions {
  readonly signal?: AbortSignal;
  /** Told before the first page (0 of n) and after each page. */
  readonly onProgress?: (pagesDone: number, pagesTotal: number) => void;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoading: Promise<PdfJs> | null = null;

function loadPdfjs(): Promise<PdfJs> {
  pdfjsLoading ??= (async () => {
    const worker = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as unknown;
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsLoading;
}

/** `%PDF-` within the first kilobyte, as the PDF specification allows. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** Every complete PDF ends with `%%EOF` (give or take trailing whitespace or a few stray bytes). */
export function hasPdfEnd(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return tail.includes('%%EOF');
}

interface Item {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

interface PageLines {
  readonly page: number;
  readonly height: number;
  readonly lines: { y: number; size: number; cells: SourceCell[]; gapBefore: boolean }[];
}

export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<SourceDocument> {
  if (!hasPdfHeader(bytes)) throw new ImportFailure('import_not_pdf', 'No %PDF- header in the first kilobyte');
  if (!hasPdfEnd(bytes)) throw new ImportFailure('import_truncated', 'No %%EOF at the end of the file: it was cut short');
  const pdfjs = await loadPdfjs();
  throwIfCancelled(options.signal);
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw translatePdfError(error);
  }
  try {
    const total = document.numPages;
    options.onProgress?.(0, total);
    const pages: PageLines[] = [];
    let characters = 0;
    for (let number = 1; number <= total; number++) {
      throwIfCancelled(options.signal);
      let page;
      try {
        page = await document.getPage(number);
      } catch (error) {
        throw translatePdfError(error);
      }
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        const [a, b, c, d, e, f] = raw.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || raw.height || 10;
        items.push({ text: raw.str, x: e ?? 0, y: f ?? 0, width: raw.width, size });
        characters += raw.str.replace(/\s/g, '').length;
      }
      page.cleanup();
      pages.push({ page: number, height: viewport.height, lines: toLines(items) });
      options.onProgress?.(number, total);
      // Let other calls (progress, cancel, the rest of the app) be served between pages.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // A scan has pages but (nearly) no text: say so rather than import an empty report.
    if (characters < Math.max(20, total * 5)) {
      throw new ImportFailure('import_no_text', `Only ${characters} characters of text in ${total} pages: a scanned PDF with no text layer`);
    }
    return { origin: 'pdf', pageCount: total, lines: dropRunningHeaders(pages), gapsMarkParagraphs: true };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelled();
}

function translatePdfError(error: unknown): Error {
  if (error instanceof ImportFailure || error instanceof ImportCancelled) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ImportFailure('import_encrypted', `The PDF needs a password: ${message}`);
  if (/password|encrypt/i.test(message)) return new ImportFailure('import_encrypted', message);
  return new ImportFailure('import_damaged', `pdf.js could not read the file: ${String(name ?? '')} ${message}`.trim());
}

/**
 * Items into lines (top to bottom), and each line into cells: items close together join into one
 * cell; a wide gap (a table's gutter) starts a new cell with its own x position.
 */
function toLines(items: readonly Item[]): PageLines['lines'] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - item.y) <= Math.max(anchor.size, item.size) * 0.45) row.push(item);
    else rows.push([item]);
  }
  const lines: PageLines['lines'] = [];
  let previous: { y: number; size: number } | null = null;
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((item) => item.size));
    const cells: SourceCell[] = [];
    let cellText = '';
    let cellX = row[0]!.x;
    let end = row[0]!.x;
    for (const [index, item] of row.entries()) {
      const gap = item.x - end;
      if (index > 0 && gap > size * 1.2) {
        cells.push({ text: cellText.trim(), x: cellX });
        cellText = '';
        cellX = item.x;
      } else if (index > 0 && gap > size * 0.15 && !/\s$/.test(cellText) && !/^\s/.test(item.text)) {
        cellText += ' ';
      }
      cellText += item.text;
      end = Math.max(end, item.x + item.width);
    }
    cells.push({ text: cellText.trim(), x: cellX });
    const y = row[0]!.y;
    const gapBefore = previous !== null && previous.y - y > Math.max(previous.size, size) * 1.7;
    lines.push({ y, size, cells: cells.map((cell) => ({ text: cleanLine(cell.text).trim(), x: cell.x })).filter((cell) => cell.text !== ''), gapBefore });
    previous = { y, size };
  }
  return lines.filter((line) => line.cells.length > 0);
}

const PAGE_NUMBER = /^(?:page|tudalen)?\s*\d{1,4}(?:\s*(?:of|o)\s*\d{1,4})?$/i;

/**
 * Removes what repeats in the top and bottom margins of many pages — running titles, "Page 3 of
 * 12" — and lone page numbers there, which would otherwise be read into the middle of paragraphs.
 */
function dropRunningHeaders(pages: readonly PageLines[]): SourceLine[] {
  const inMargin = (page: PageLines, y: number): boolean => y > page.height * 0.92 || y < page.height * 0.08;
  const shape = (text: string): string => text.replace(/\d+/g, '#').toLowerCase();
  const pagesWith = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (!inMargin(page, line.y)) continue;
      const key = shape(line.cells.map((cell) => cell.text).join(' '));
      if (!pagesWith.has(key)) pagesWith.set(key, new Set());
      pagesWith.get(key)!.add(page.page);
    }
  }
  const repeated = new Set([...pagesWith].filter(([, seen]) => seen.size >= 3 && seen.size >= pages.length * 0.4).map(([key]) => key));
  const lines: SourceLine[] = [];
  for (const page of pages) {
    let first = true;
    for (const line of page.lines) {
      const text = line.cells.map((cell) => cell.text).join(' ');
      if (inMargin(page, line.y) && (PAGE_NUMBER.test(text) || repeated.has(shape(text)))) continue;
      // A paragraph often runs on over a page break: the top of a page starts a new paragraph
      // only when the previous page ended a sentence.
      const previous = lines[lines.length - 1];
      const gapBefore = first ? previous === undefined || /[.:?!]$/.test(previous.text) : line.gapBefore;
      lines.push({ page: page.page, text, cells: line.cells, gapBefore, leadingSpace: false });
      first = false;
    }
  }
  return lines;
}
