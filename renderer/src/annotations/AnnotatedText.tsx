import { Fragment, memo, useCallback, useMemo, type ReactNode } from 'react';
import { InlineText } from '../report/InlineText';
import { useReportAnnotations } from './annotationsContext';
import { highlightPieces, pieceMark, type BlockHighlight, type TextPiece } from './highlightSegments';

/**
 * A highlight's numbered marker. A button, so the marker is the visible sign (besides the colour)
 * and the way to the note: screen readers read its name — the colour and the note — right after
 * the passage. The name comes translated with the highlight (one translation per note, made when
 * the notes change, not at every render).
 */
function HighlightMarker({ highlight, onOpen }: Readonly<{ highlight: BlockHighlight; onOpen: (id: string) => void }>) {
  return (
    <button
      type="button"
      className={`hl-marker hl-marker--${highlight.colour}`}
      data-annotation-ui=""
      aria-label={highlight.label}
      onClick={() => onOpen(highlight.id)}
    >
      {highlight.number}
    </button>
  );
}

const NO_HIGHLIGHTS: readonly BlockHighlight[] = [];

/**
 * The pieces drawn: unchanged pieces are not drawn again when something else about the notes
 * changes (the side panel opening, a note being edited elsewhere).
 */
const HighlightedPieces = memo(function HighlightedPieces({ pieces, onOpen }: Readonly<{ pieces: readonly TextPiece[]; onOpen: (id: string) => void }>) {
  return (
    <>
      {pieces.map((piece, index) => {
        const content: ReactNode = piece.bold ? <strong>{piece.text}</strong> : piece.text;
        const mark = pieceMark(piece);
        return (
          <Fragment key={index}>
            {mark ? (
              <mark className={`hl hl--${mark.colour}`} data-annotation={mark.ids}>
                {content}
              </mark>
            ) : (
              content
            )}
            {piece.endings.map((highlight) => (
              <HighlightMarker key={highlight.id} highlight={highlight} onOpen={onOpen} />
            ))}
          </Fragment>
        );
      })}
    </>
  );
});

/**
 * A block's text with the councillor's highlights painted in: each highlighted piece is one <mark>
 * (in the colour of the innermost highlight on it, naming every note that covers it), and where a
 * highlight ends a numbered marker follows it. Outside a report (no annotations) it is the plain
 * InlineText.
 */
export function AnnotatedText({ text, sectionKey, blockIndex }: Readonly<{ text: string; sectionKey: string; blockIndex: number }>) {
  const annotations = useReportAnnotations();
  const highlights = annotations?.highlightsIn(sectionKey, blockIndex) ?? NO_HIGHLIGHTS;
  // The provider keeps each block's highlights until the notes change, so this cuts them once.
  const pieces = useMemo(() => (highlights.length === 0 ? [] : highlightPieces(text, highlights)), [text, highlights]);
  const setPanelOpen = annotations?.setPanelOpen;
  const edit = annotations?.edit;
  const open = useCallback(
    (id: string) => {
      setPanelOpen?.(true);
      edit?.(id, true);
    },
    [setPanelOpen, edit],
  );
  if (highlights.length === 0) return <InlineText text={text} />;
  return <HighlightedPieces pieces={pieces} onOpen={open} />;
}
