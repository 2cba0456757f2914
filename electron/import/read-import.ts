import { MAX_IMPORT_BYTES, type ImportFormat } from '../../shared/import';
import type { Pack } from '../../shared/pack';
import { ImportFailure } from './failure';
import { parseReport, type ParsedReport } from './parse/parse-report';
import { readPack } from './readers/pack-reader';
import { hasPdfHeader, readPdf, type PdfReadOptions } from './readers/pdf-reader';
import { decodeText, textToDocument } from './readers/text-reader';

export type ReadImport = { readonly format: 'pack'; readonly pack: Pack } | { readonly format: 'pdf' | 'text'; readonly report: ParsedReport };

/** Signatures of files people drop by mistake: office documents, archives, images. */
const OTHER_FORMATS: readonly number[][] = [
  [0x50, 0x4b, 0x03, 0x04], // zip: .docx, .xlsx, .pptx, .odt
  [0xd0, 0xcf, 0x11, 0xe0], // old Office: .doc, .xls
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
];

/** Which reader a file needs, from its first bytes (and its name only to say "not a PDF"). */
export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  if (hasPdfHeader(bytes)) return 'pdf';
  if (/\.pdf$/i.test(fileName)) throw new ImportFailure('import_not_pdf', `${fileName} is named .pdf but has no PDF header`);
  if (OTHER_FORMATS.some((signature) => signature.every((byte, index) => bytes[index] === byte))) {
    throw new ImportFailure('import_unsupported', `${fileName} is an office document, archive or image`);
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x09)) start++;
  if (bytes[start] === 0x7b || /\.(json|briffio)$/i.test(fileName)) return 'pack';
  return 'text';
}

/**
 * Reads an imported file — a PDF, the text of a report, or a Briffio pack — into what the review
 * screen shows. Throws ImportFailure with one reason for anything it cannot read; writes nothing.
 */
export async function readImport(bytes: Uint8Array, fileName: string, options: PdfReadOptions = {}): Promise<ReadImport> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFailure('import_too_large', `${bytes.length} bytes is over the ${MAX_IMPORT_BYTES}-byte limit`);
  if (bytes.length === 0) throw new ImportFailure('import_empty', 'The file is empty');
  const format = detectFormat(bytes, fileName);
  if (format === 'pdf') {
    const document = await readPdf(bytes, options);
    return { format, report: parseReport(document, fileName) };
  }
  const text = decodeText(bytes);
  if (text.trim() === '') throw new ImportFailure('import_empty', 'The file has no text');
  if (format === 'pack') return { format, pack: readPack(text) };
  return { format, report: parseReport(textToDocument(text), fileName) };
}
