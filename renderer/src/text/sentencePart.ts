import type { Language } from '../../../shared/languages';

/**
 * A translated sentence often carries one value from a report ("In section: {{heading}}"), and
 * that value may be in the other language (a Welsh heading in the English interface). For screen
 * readers to pronounce it correctly it needs its own element with its own `lang`, which a plain
 * interpolated string cannot give. So: translate with PART_MARKER in the value's place, then split
 * the sentence there (SentenceWithPart renders the pieces). The marker is a private-use character,
 * which no translation contains and the pseudo-locale leaves alone.
 */
export const PART_MARKER = '\uE000';

/** The sentence before and after the marker; null when the translation has no place for the value. */
export function splitAtPart(sentence: string): { readonly before: string; readonly after: string } | null {
  const index = sentence.indexOf(PART_MARKER);
  if (index < 0) return null;
  return { before: sentence.slice(0, index), after: sentence.slice(index + PART_MARKER.length).split(PART_MARKER).join('') };
}

/** A value of a sentence that is in another language than the interface, to render with its `lang`. */
export interface MarkedPart {
  readonly text: string;
  readonly lang: Language;
}

/** A translated sentence with markers where its other-language values go, and those values. */
export interface MarkedSentence {
  readonly sentence: string;
  readonly parts: readonly MarkedPart[];
}

// Sentences built by shared code (shared/question-text.ts) can hold several report values, each
// possibly in the other language: each gets its own private-use marker, after PART_MARKER.
const FIRST_PART = 0xe001;
const LAST_PART = 0xf8ff;

/**
 * A `part` function for the shared sentence builders: a value in the interface language goes in as
 * it is; one in the other language is recorded and replaced by its own marker. Read `marked` after
 * building the sentence; splitAtParts then finds each value's place, wherever the translation put it.
 */
export function partMarker(language: Language): { readonly part: (text: string, lang: Language) => string; readonly marked: (sentence: string) => MarkedSentence } {
  const parts: MarkedPart[] = [];
  return {
    part: (text, lang) => {
      if (lang === language || FIRST_PART + parts.length > LAST_PART) return text;
      parts.push({ text, lang });
      return String.fromCharCode(FIRST_PART + parts.length - 1);
    },
    marked: (sentence) => ({ sentence, parts: [...parts] }),
  };
}

/** The sentence in pieces: text of the interface language, and the values (by index) between. */
export function splitAtParts({ sentence, parts }: MarkedSentence): readonly (string | MarkedPart)[] {
  const pieces: (string | MarkedPart)[] = [];
  let text = '';
  for (const char of sentence) {
    const part = parts[char.charCodeAt(0) - FIRST_PART];
    if (part === undefined) {
      text += char;
      continue;
    }
    if (text) pieces.push(text);
    text = '';
    pieces.push(part);
  }
  if (text) pieces.push(text);
  return pieces;
}
