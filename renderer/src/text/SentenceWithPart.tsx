import type { ReactNode } from 'react';
import type { Language } from '../../../shared/languages';
import { splitAtPart } from './sentencePart';

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
