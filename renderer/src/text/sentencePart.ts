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
