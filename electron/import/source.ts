/**
 * The text of a report as the readers deliver it to the parser: lines in reading order, each with
 * its page and, where the source shows them, its columns. PDF and plain text give the same shape,
 * so one parser serves both; only the PDF knows real x positions.
 */
export interface SourceCell {
  readonly text: string;
  /**
   * Horizontal position: points from the page's left edge for a PDF, the tab-separated column
   * number for text. Lets a flattened three-column table be split back into its columns.
   */
  readonly x: number;
}

export interface SourceLine {
  /** 1-based page number. */
  readonly page: number;
  /** The whole line, cells joined by single spaces, cleaned (see parse/text.ts cleanLine). */
  readonly text: string;
  readonly cells: readonly SourceCell[];
  /** A paragraph gap before this line: a blank line in text, extra vertical space in a PDF. */
  readonly gapBefore: boolean;
  /**
   * Leading spaces in text. Extraction often turns a bullet glyph it cannot map into a space, so a
   * line starting with one after the end of a sentence is read as a list item.
   */
  readonly leadingSpace: boolean;
}

export interface SourceDocument {
  readonly origin: 'pdf' | 'text';
  readonly pageCount: number;
  readonly lines: readonly SourceLine[];
  /**
   * Whether blank lines mark paragraphs. Some extractions put a blank line after every line
   * (double spacing); there a blank line says nothing and paragraphs are found from their numbers,
   * bullets and sentence ends instead.
   */
  readonly gapsMarkParagraphs: boolean;
}
