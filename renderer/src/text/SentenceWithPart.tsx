import type { ReactNode } from 'react';
import type { Language } from '../../../shared/languages';
import { splitAtPart, splitAtParts, type MarkedSentence } from './sentencePart';

/**
 * `sentence` (translated with PART_MARKER for the value) with `part` in its place, wrapped in an
 * element carrying the value's `lang` when it differs from the interface (see sentencePart.ts).
 */
export function SentenceWithPart({ sentence, part, lang }: Readonly<{ sentence: string; part: ReactNode; lang?: Language | undefined }>) {
  const pieces = splitAtPart(sentence);
  if (!pieces) return <>{sentence}</>;
  return (
    <>
      {pieces.before}
      <span lang={lang}>{part}</span>
      {pieces.after}
    </>
  );
}

/**
 * A sentence built with several report values (partMarker in sentencePart.ts), each value in the
 * other language wrapped in an element carrying its `lang`.
 */
export function SentenceWithParts({ marked }: Readonly<{ marked: MarkedSentence }>) {
  if (marked.parts.length === 0) return <>{marked.sentence}</>;
  return (
    <>
      {splitAtParts(marked).map((piece, index) =>
        typeof piece === 'string' ? (
          piece
        ) : (
          // The pieces of one sentence never reorder, so their place is a stable key.
          <span key={index} lang={piece.lang}>
            {piece.text}
          </span>
        ),
      )}
    </>
  );
}
