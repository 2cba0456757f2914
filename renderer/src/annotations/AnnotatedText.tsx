import { Fragment, type ReactNode } from 'react';
import { InlineText } from '../report/InlineText';
import { useText } from '../text/useText';
import { useReportAnnotations } from './annotationsContext';
import { highlightPieces, type BlockHighlight } from './highlightSegments';

function HighlightMarker({ highlight }: Readonly<{ highlight: BlockHighlight }>) {
  const { t } = useText();
  const annotations = useReportAnnotations();
  const colour = t(`annotations:colour.${highlight.colour}`);
  const label = highlight.body
    ? t('annotations:ui.marker.withNote', { number: highlight.number, colour, note: highlight.body })
    : t('annotations:ui.marker.noNote', { number: highlight.number, colour });
  // A button, so the marker is the visible sign (besides the colour) and the way to the note:
  // screen readers read its name — the colour and the note — right after the passage.
  return (
    <button
      type="button"
      className={`hl-marker hl-marker--${highlight.colour}`}
      data-annotation-ui=""
      aria-label={label}
      onClick={() => {
        annotations?.setPanelOpen(true);
        annotations?.edit(highlight.id, true);
      }}
    >
      {highlight.number}
    </button>
  );
}

/**
 * A block's text with the councillor's highlights painted in: each highlighted piece is a <mark>
 * in its colour, and where a highlight ends a numbered marker follows it. Outside a report (no
 * annotations) it is the plain InlineText.
 */
export function AnnotatedText({ text, sectionKey, blockIndex }: Readonly<{ text: string; sectionKey: string; blockIndex: number }>) {
  const annotations = useReportAnnotations();
  const highlights = annotations?.highlightsIn(sectionKey, blockIndex) ?? [];
  if (highlights.length === 0) return <InlineText text={text} />;
  return (
    <>
      {highlightPieces(text, highlights).map((piece, index) => {
        let content: ReactNode = piece.bold ? <strong>{piece.text}</strong> : piece.text;
        // Innermost (latest-starting) highlight nearest the text, so its colour shows.
        for (const highlight of [...piece.highlights].reverse()) {
          content = (
            <mark className={`hl hl--${highlight.colour}`} data-annotation={highlight.id}>
              {content}
            </mark>
          );
        }
        return (
          <Fragment key={index}>
            {content}
            {piece.endings.map((highlight) => (
              <HighlightMarker key={highlight.id} highlight={highlight} />
            ))}
          </Fragment>
        );
      })}
    </>
  );
}
