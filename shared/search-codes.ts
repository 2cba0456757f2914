import { normaliseIndicatorCode } from './indicator-code';
import type { TextRange } from './search-fold';

/**
 * Indicator codes inside running text ("SCC/025", "CS LAC 58", "SSWB 25", "FAM KPI 01", "scc025"),
 * so that however a councillor types a code it meets every passage, note and indicator that
 * mentions it. The word tokenizer splits "SCC/025" into "scc" and "025", which "scc025" would never
 * match; so the index also keeps each code found in a text in its normalised form
 * (shared/indicator-code: lowercase letters and digits only) in a column of its own.
 *
 * A code is one to three groups of two to five letters, then one to three digits with an optional
 * letter ("3e"); groups and digits may be joined by a space, "/", "-" or ".". Lowercase counts too,
 * since notes are typed. Because the letters before a code can be a word ("in CS LAC 58"), every
 * ending of the group run is kept: "lac58", "cslac58", "incslac58" — the real code is among them,
 * and the extra forms only ever match a query that spells them out.
 */
const CODE_PATTERN = /(?<![\p{L}\p{N}])(\p{L}{2,5}(?:[ /\-.]\p{L}{2,5}){0,2})[ /\-.]?(\d{1,3}[a-zA-Z]?)(?![\p{L}\p{N}])/gu;
const GROUP = /\p{L}{2,5}/gu;

export interface CodeOccurrence extends TextRange {
  /** Normalised, e.g. "cslac58". */
  readonly code: string;
}

/** Every code form in `text`, with where it is written. */
export function findIndicatorCodes(text: string): CodeOccurrence[] {
  const found: CodeOccurrence[] = [];
  for (const match of text.matchAll(CODE_PATTERN)) {
    const letters = match[1]!;
    const end = match.index + match[0].length;
    const digits = normaliseIndicatorCode(match[2]!);
    const groups = [...letters.matchAll(GROUP)];
    for (let first = groups.length - 1; first >= 0; first--) {
      const start = match.index + groups[first]!.index;
      found.push({ code: normaliseIndicatorCode(text.slice(start, end - match[2]!.length)) + digits, start, end });
    }
  }
  return found;
}

/** The codes column of the search index: every code form found in `text`, space-separated. */
export function indicatorCodeIndexText(text: string): string {
  return [...new Set(findIndicatorCodes(text).map((occurrence) => occurrence.code))].join(' ');
}

/** Whether a normalised string looks like a whole or partly typed code: letters, then digits. */
export function looksLikeIndicatorCode(normalised: string): boolean {
  return /^[a-z]{2,15}\d{1,3}[a-z]?$/.test(normalised);
}
