import type { HighlightedText } from './search';
import { foldWithOffsets, originalRange, type TextRange } from './search-fold';

/**
 * Turning what the index marked into ranges over the text as stored, and cutting long text down to
 * a snippet around the first match. Pure, so the rules are unit-tested without a database.
 */

export const MARK_OPEN = '\u0001';
export const MARK_CLOSE = '\u0002';

/** Reads SQLite highlight() output: the unmarked text, and the marked ranges within it. */
export function readMarkers(marked: string): { readonly plain: string; readonly ranges: TextRange[] } {
  let plain = '';
  const ranges: TextRange[] = [];
  let open = -1;
  for (const char of marked) {
    if (char === MARK_OPEN) open = plain.length;
    else if (char === MARK_CLOSE) {
      if (open >= 0 && plain.length > open) ranges.push({ start: open, end: plain.length });
      open = -1;
    } else plain += char;
  }
  return { plain, ranges };
}

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/**
 * Maps ranges found in the folded form of `original` back onto `original`. The index holds folded
 * text; if it was folded differently (an index built by an older Briffio, before a rebuild), the
 * texts disagree and no ranges are returned rather than wrong ones.
 */
export function foldedRangesToOriginal(original: string, folded: string, ranges: readonly TextRange[]): TextRange[] {
  const map = foldWithOffsets(original);
  if (map.folded !== folded) return [];
  return ranges.map((range) => originalRange(map, range)).filter((range): range is TextRange => range !== null);
}

/** One line of a multi-line text (fields joined by "\n"), with the ranges that fall in it. */
export function splitLines(text: string, ranges: readonly TextRange[]): { readonly text: string; readonly ranges: TextRange[] }[] {
  const lines: { text: string; ranges: TextRange[] }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    lines.push({
      text: line,
      ranges: ranges
        .filter((range) => range.start < end && range.end > offset)
        .map((range) => ({ start: Math.max(range.start, offset) - offset, end: Math.min(range.end, end) - offset })),
    });
    offset = end + 1;
  }
  return lines;
}

/** Characters of context shown before the first match when a long text is cut. */
const LEAD = 60;

/**
 * The text, or for long text a window of about `maxLength` characters starting a little before the
 * first match, cut at word boundaries, with the ranges moved to match.
 */
export function snippet(text: string, ranges: readonly TextRange[], maxLength = 200): HighlightedText {
  const sorted = mergeRanges(ranges);
  if (text.length <= maxLength) return { text, ranges: sorted, clippedStart: false, clippedEnd: false };
  const first = sorted[0];
  let start = first ? Math.max(0, Math.min(first.start - LEAD, text.length - maxLength)) : 0;
  if (start > 0) {
    // Begin at the start of a word, never inside the match itself.
    const space = text.indexOf(' ', start);
    start = space >= 0 && (!first || space < first.start) ? space + 1 : first ? Math.min(start, first.start) : start;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    const lastKept = sorted.filter((range) => range.start < end).pop();
    if (space > start && (!lastKept || space >= lastKept.end)) end = space;
  }
  const kept = sorted
    .filter((range) => range.start < end && range.end > start)
    .map((range) => ({ start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start }));
  const slice = text.slice(start, end);
  const trimmedEnd = slice.trimEnd();
  return {
    text: trimmedEnd,
    ranges: kept.map((range) => ({ start: range.start, end: Math.min(range.end, trimmedEnd.length) })).filter((range) => range.end > range.start),
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}
