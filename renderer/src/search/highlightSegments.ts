import type { TextRange } from '../../../shared/search-fold';

export interface TextSegment {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Plain and marked pieces of a text, in order, for rendering matches as <mark>. Ranges come from
 * the search service; ones out of bounds or overlapping are clipped rather than trusted, so a
 * stale or odd answer can never duplicate or drop text.
 */
export function highlightSegments(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(range.start, position);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > position) segments.push({ text: text.slice(position, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), marked: false });
  return segments;
}
