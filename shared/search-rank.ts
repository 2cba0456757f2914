import { searchTokens } from './search-fold';
import { MARK_CLOSE, MARK_OPEN } from './search-highlight';
import type { ParsedSearch } from './search-query';
import { mutationFamily } from './search-welsh';

/**
 * How well an entry matches, from what the index marked in it (SQLite's highlight()), so ranking
 * costs only per-row work. (bm25 was tried first: it counts every phrase's matches across the
 * whole index on each query — its IDF — which made typing the first letters of a common word cost
 * hundreds of milliseconds on a large library.) Every hit contains every term, so what tells hits
 * apart is how the words matched:
 *
 * - a whole word ("care", "carers", "placement" for "placements", "ofal" for "gofal") counts 1;
 *   a word that merely starts with what was typed ("CareFirst" for "care") counts 0.4;
 * - up to MAX_COUNTED marked words count; the sum is damped by the text's length, so a short
 *   passage about the subject beats a long one that mentions it once;
 * - a report title, a section heading or an indicator ranks above passages that say the same;
 * - an indicator code matching the entry's codes counts as a strong match.
 * Higher is better.
 */

export type RankedKind = 'title' | 'heading' | 'passage' | 'indicator' | 'note' | 'question';

const MAX_COUNTED = 6;
const KIND_BONUS: Record<RankedKind, number> = { title: 1.5, heading: 1, indicator: 1, passage: 0, note: 0, question: 0 };
const CODE_BONUS = 2;
/** A marked word at most this much longer (or shorter) than a typed word is an inflection of it. */
const INFLECTION = 2;

export interface RankingInput {
  /** highlight() output over the folded text: matches between MARK_OPEN and MARK_CLOSE. */
  readonly marked: string;
  /** A code in the query matched the entry's codes column. */
  readonly codeMatched: boolean;
  readonly kind: RankedKind;
}

/** The typed words, with every Welsh mutation of each: a marked word equal to one is whole. */
export function wholeWordForms(parsed: ParsedSearch): string[] {
  return [...new Set(parsed.terms.flatMap((term) => term.tokens.flatMap((token) => mutationFamily(token, { prefix: false }))))];
}

function isWhole(word: string, forms: readonly string[]): boolean {
  return forms.some((form) => {
    const [shorter, longer] = form.length <= word.length ? [form, word] : [word, form];
    return longer.startsWith(shorter) && longer.length - shorter.length <= INFLECTION;
  });
}

const MARKED = new RegExp(`${MARK_OPEN}([^${MARK_CLOSE}]*)${MARK_CLOSE}`, 'gu');

export function relevance(input: RankingInput, forms: readonly string[]): number {
  const words: string[] = [];
  let marks = 0;
  for (const match of input.marked.matchAll(MARKED)) {
    marks += 1;
    words.push(...searchTokens(match[1]!).map((token) => token.text));
  }
  const plainLength = input.marked.length - 2 * marks;
  const counted = words.slice(0, MAX_COUNTED).reduce((sum, word) => sum + (isWhole(word, forms) ? 1 : 0.4), 0);
  return counted / (1 + plainLength / 300) + KIND_BONUS[input.kind] + (input.codeMatched ? CODE_BONUS : 0);
}
