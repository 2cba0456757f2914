/**
 * Folding for search: the one place that decides which characters count as "the same" when a
 * councillor types a query. The store folds text with these functions when it indexes (they are
 * registered as SQLite functions, so triggers use them), and the query parser folds what was typed
 * with the very same code, so the two always agree.
 *
 * What folding does, per character:
 * - drops diacritics: ŷ ŵ â ê î ô û (and é, ï, …) become y w a e i o u, whether the text has them
 *   precomposed (NFC) or as a letter followed by a combining mark (NFD);
 * - lowercases;
 * - applies compatibility forms (NFKD): ligatures "ﬁ" → "fi", full-width letters → ASCII;
 * - turns every apostrophe-like mark (’ ‘ ʼ ʻ ′ ` ´) into "'", which the tokenizer treats as a
 *   separator, so "sy’n", "sy'n" and "syʼn" all index as "sy" "n" (ʼ U+02BC is a *letter* to Unicode
 *   and would otherwise glue the two words together);
 * - turns control characters (newlines included) into spaces.
 *
 * Folding may change the length of the text (a ligature grows, a combining mark vanishes), so
 * `foldWithOffsets` also says where every folded character came from: highlights found in the
 * folded text are mapped back onto the text as stored and shown.
 */

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02BC', '\u02BB', '\u2032', '\u0060', '\u00B4']);
const COMBINING_MARK = /^\p{M}$/u;
const MARKS = /\p{M}/gu;

function foldCodePoint(char: string): string {
  const code = char.codePointAt(0)!;
  // Plain ASCII (most report text) needs no Unicode tables: the same result, much faster. The index
  // folds every word written, on every write.
  if (code < 0x80) {
    if (code < 0x20 || code === 0x7f) return ' ';
    if (code === 0x60) return "'";
    return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : char;
  }
  if (COMBINING_MARK.test(char)) return '';
  if (APOSTROPHES.has(char)) return "'";
  return char.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** The folded form of `text` (see the module comment). Deterministic: the index depends on it. */
export function foldSearchText(text: string): string {
  let folded = '';
  for (const char of text) folded += foldCodePoint(char);
  return folded;
}

export interface FoldedText {
  readonly folded: string;
  /** For each UTF-16 unit of `folded`: the start (in the original) of the character it came from. */
  readonly starts: readonly number[];
  /** For each UTF-16 unit of `folded`: the end (in the original) of the character it came from. */
  readonly ends: readonly number[];
}

/** Folds and keeps a map from folded positions back to original positions. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let position = 0;
  let lastEnd = 0;
  for (const char of text) {
    const start = position;
    position += char.length;
    const out = foldCodePoint(char);
    if (out === '') {
      // A dropped combining mark belongs to the letter before it: a highlight of that letter
      // must cover the mark too, or "ŷ" written as y + ̂ would be cut in half.
      if (ends.length > 0 && ends[ends.length - 1] === lastEnd) ends[ends.length - 1] = position;
      lastEnd = position;
      continue;
    }
    folded += out;
    for (let i = 0; i < out.length; i++) {
      starts.push(start);
      ends.push(position);
    }
    lastEnd = position;
  }
  return { folded, starts, ends };
}

/** A half-open range [start, end) of UTF-16 positions. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Maps a range of folded positions back onto the original text. */
export function originalRange(map: FoldedText, range: TextRange): TextRange | null {
  if (range.end <= range.start || range.start < 0 || range.end > map.folded.length) return null;
  return { start: map.starts[range.start]!, end: map.ends[range.end - 1]! };
}

export interface SearchToken extends TextRange {
  readonly text: string;
}

/**
 * Tokens as SQLite's unicode61 tokenizer sees them: runs of letters, digits and private-use
 * characters; everything else separates. Run on folded text.
 */
export function searchTokens(folded: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}\p{Co}]+/gu)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
