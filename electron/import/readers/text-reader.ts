import { ImportFailure } from '../failure';
import { cleanLine } from '../parse/text';
import type { SourceDocument, SourceLine } from '../source';

/**
 * Decodes a text file: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark,
 * or — for text saved by older Windows tools — Windows-1252. A file of control bytes is not text.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new ImportFailure('import_unsupported', 'The file holds binary data, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/** NUL bytes, or more than 2% control characters other than tab, line breaks and form feed. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

/**
 * Plain text (as extracted from a PDF, e.g. by pdftotext or copy and paste) into source lines.
 * Form feeds separate pages; tabs separate table columns.
 */
export function textToDocument(text: string): SourceDocument {
  const pages = text.replace(/\r\n?/g, '\n').split('\f');
  const raw: { page: number; line: string }[] = [];
  pages.forEach((pageText, index) => {
    for (const line of pageText.split('\n')) raw.push({ page: index + 1, line });
  });
  const nonBlank = raw.filter((entry) => entry.line.trim() !== '').length;
  const blank = raw.length - nonBlank;
  // Double-spaced extraction: a blank line after (nearly) every line means blank lines carry nothing.
  const gapsMarkParagraphs = nonBlank === 0 || blank / nonBlank < 0.6;

  const lines: SourceLine[] = [];
  let gap = false;
  for (const { page, line } of raw) {
    const cleaned = cleanLine(line);
    if (cleaned.trim() === '') {
      gap = true;
      continue;
    }
    // In a tabbed table a cell that starts with a space and a capital lost its bullet glyph.
    const cells = cleaned.includes('\t')
      ? cleaned.split('\t').map((cell, column) => ({ text: column > 0 && /^ +[A-Z]/.test(cell) ? `\u2022 ${cell.trim()}` : cell.trim(), x: column }))
      : [{ text: cleaned.trim(), x: 0 }];
    lines.push({
      page,
      text: cells
        .map((cell) => cell.text)
        .filter(Boolean)
        .join(' '),
      cells,
      gapBefore: gap,
      leadingSpace: /^[ ]/.test(cleaned),
    });
    gap = false;
  }
  return { origin: 'text', pageCount: pages.length, lines, gapsMarkParagraphs };
}
