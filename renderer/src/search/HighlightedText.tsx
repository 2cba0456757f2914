import { Fragment } from 'react';
import type { Language } from '../../../shared/languages';
import type { HighlightedText as HighlightedTextValue } from '../../../shared/search';
import { highlightSegments } from './highlightSegments';

/**
 * Text with the matching words in <mark>, built from ranges (never from HTML), with an ellipsis
 * where the service cut the text to show the match in context. `lang` marks text in another
 * language than the interface, so screen readers pronounce it correctly.
 */
export function HighlightedText({ value, lang, className }: Readonly<{ value: HighlightedTextValue; lang?: Language; className?: string }>) {
  return (
    <span className={className} lang={lang}>
      {value.clippedStart ? '… ' : null}
      {highlightSegments(value.text, value.ranges).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
      {value.clippedEnd ? ' …' : null}
    </span>
  );
}
