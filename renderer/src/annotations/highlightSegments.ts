import { inlineSegments } from '../../../shared/anchoring';
import type { AnnotationColour } from '../../../shared/annotation-model';

/** One highlight's piece inside a block: offsets in the block's plain text, end exclusive. */
export interface BlockHighlight {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly colour: AnnotationColour;
  /** The marker number shown beside it (document order within the report). */
  readonly number: number;
  readonly body: string;
  /** The marker's accessible name (its number, colour and note), in the interface language. */
  readonly label: string;
  /** True on the piece where the highlight ends: the marker goes after that one only. */
  readonly last: boolean;
}

export interface TextPiece {
  readonly text: string;
  readonly bold: boolean;
  /** Highlights covering this piece, outermost (earliest start) first. */
  readonly highlights: readonly BlockHighlight[];
  /** Highlights that end exactly at the end of this piece (their marker follows it). */
  readonly endings: readonly BlockHighlight[];
}

/**
 * A block's text cut at every bold and highlight boundary, so each piece renders as plain or
 * <strong>, inside as many highlights as cover it. Offsets count in the block's plain text (bold
 * markers removed), the same text anchoring.ts counts in.
 */
export function highlightPieces(text: string, highlights: readonly BlockHighlight[]): TextPiece[] {
  const runs = inlineSegments(text);
  const cuts = new Set<number>([0]);
  let length = 0;
  for (const run of runs) {
    length += run.text.length;
    cuts.add(length);
  }
  for (const highlight of highlights) {
    cuts.add(Math.max(0, Math.min(length, highlight.start)));
    cuts.add(Math.max(0, Math.min(length, highlight.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const plain = runs.map((run) => run.text).join('');
  const boldAt: boolean[] = [];
  for (const run of runs) for (let i = 0; i < run.text.length; i++) boldAt.push(run.bold);
  const ordered = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TextPiece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (from === to) continue;
    pieces.push({
      text: plain.slice(from, to),
      bold: boldAt[from] ?? false,
      highlights: ordered.filter((h) => h.start <= from && h.end >= to),
      endings: ordered.filter((h) => h.last && h.end === to),
    });
  }
  return pieces;
}

/** The one <mark> a highlighted piece is drawn in. */
export interface PieceMark {
  /** The innermost (latest-starting) highlight's colour, so a short highlight inside a longer one shows. */
  readonly colour: AnnotationColour;
  /** Every highlight covering the piece, outermost first, separated by spaces (data-annotation). */
  readonly ids: string;
}

/**
 * How a piece is marked: one <mark> however many highlights overlap on it (rather than one nested
 * <mark> each), or null for unhighlighted text. Each highlight's own marker still follows the
 * piece where it ends, so every note is still named after its passage.
 */
export function pieceMark(piece: TextPiece): PieceMark | null {
  const innermost = piece.highlights.at(-1);
  if (!innermost) return null;
  return { colour: innermost.colour, ids: piece.highlights.map((h) => h.id).join(' ') };
}
