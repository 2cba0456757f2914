import type { Language } from './languages';

/**
 * Loose matching of report list items across reports. "What are we worried about?" is rewritten
 * every quarter: the same worry comes back with a new figure ("56 children were still waiting…"
 * becomes "51 children were waiting…") or a reworded clause, so exact equality would call every
 * item new. Items are compared as sets of meaningful words instead.
 */

// Function words that carry no topic in English or Welsh; dropping them keeps short reworded
// items from matching on "the" and "and" alone. Welsh forms are listed with their common mutations.
const STOP_WORDS = new Set(
  [
    // English
    'a an and are as at be been being but by can do does for from had has have in into is it its more most',
    'no not of on or our so some such than that the their them there these they this those to too up us',
    'was we were what when where which while who will with would yet all also any each other out over',
    // Welsh
    'a ac ag am ar at bod bydd byddant dan dros ei eu fe fel gan gyda hyn hynny i in mae maen mewn na nad',
    "nid o oedd oes os pa pan sy sydd sy'n syn un wedi y yn yr ym ymhlith ein eich fy dy ni chi nhw hi ef",
  ]
    .join(' ')
    .split(' '),
);

/**
 * Lowercase words without accents, markup, numbers or stop words; light English plural folding,
 * and for Welsh, initial mutations folded away (see `foldMutation`).
 */
export function meaningfulWords(text: string, language: Language = 'en'): Set<string> {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\*\*/g, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, '').replace(/'s$/, ''))
    .filter((word) => word.length > 1 && !/^\d/.test(word) && !STOP_WORDS.has(word))
    .map(language === 'cy' ? foldMutation : stem);
  return new Set(words);
}

/** Folds the commonest English endings so "placements" meets "placement", "stepping" meets "step". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3).replace(/(.)\1$/, '$1');
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Welsh words change their first letters after certain words (plant → blant, mhlant, phlant;
 * gofal → ofal), so the same word is spelt several ways in two versions of one worry. Dropping
 * the initial consonant (or the consonant pair a mutation produces) gives every form one key;
 * the rare clash between two different words is harmless when whole items are compared.
 */
function foldMutation(word: string): string {
  const folded = word.replace(/^(ngh|mh|nh|ng|ch|ph|th|dd|ll|rh|ff|[bcdfghlmnprt])/, '');
  return folded.length >= 3 ? folded : word;
}

/**
 * Similarity of two texts from 0 to 1: the Dice coefficient of their meaningful words, raised to
 * the overlap coefficient when one text is mostly contained in the other (a worry shortened or
 * extended by a clause is still the same worry), weighted so containment alone is not enough.
 */
export function textSimilarity(a: string, b: string, language: Language = 'en'): number {
  const left = meaningfulWords(a, language);
  const right = meaningfulWords(b, language);
  if (left.size === 0 || right.size === 0) return a.trim().toLowerCase() === b.trim().toLowerCase() ? 1 : 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  const dice = (2 * shared) / (left.size + right.size);
  const overlap = shared / Math.min(left.size, right.size);
  return Math.max(dice, overlap * 0.8);
}

/** Above this, two items are taken to say the same thing. Tuned on the sample library's worries. */
export const SAME_ITEM_THRESHOLD = 0.5;

export interface ItemMatch<T> {
  /** Items of `current` that match nothing in `previous`. */
  readonly added: readonly T[];
  /** Items of `previous` that match nothing in `current`. */
  readonly removed: readonly T[];
  /** Pairs judged to be the same item. */
  readonly kept: readonly (readonly [T, T])[];
}

/**
 * Pairs items of two lists one to one, best matches first, and returns what is left over on each
 * side. Greedy by similarity, which is enough for lists of a few dozen items.
 */
export function matchItems<T>(
  current: readonly T[],
  previous: readonly T[],
  textOf: (item: T) => string,
  language: Language = 'en',
): ItemMatch<T> {
  const candidates: { readonly i: number; readonly j: number; readonly score: number }[] = [];
  current.forEach((a, i) => {
    previous.forEach((b, j) => {
      const score = textSimilarity(textOf(a), textOf(b), language);
      if (score >= SAME_ITEM_THRESHOLD) candidates.push({ i, j, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedCurrent = new Set<number>();
  const usedPrevious = new Set<number>();
  const kept: (readonly [T, T])[] = [];
  for (const { i, j } of candidates) {
    if (usedCurrent.has(i) || usedPrevious.has(j)) continue;
    usedCurrent.add(i);
    usedPrevious.add(j);
    kept.push([current[i]!, previous[j]!]);
  }
  return {
    added: current.filter((_, i) => !usedCurrent.has(i)),
    removed: previous.filter((_, j) => !usedPrevious.has(j)),
    kept,
  };
}

/** Drops items that repeat an earlier item of the same list (reports restate worries per area). */
export function withoutRepeats<T>(items: readonly T[], textOf: (item: T) => string, language: Language = 'en'): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (!kept.some((earlier) => textSimilarity(textOf(earlier), textOf(item), language) >= SAME_ITEM_THRESHOLD)) kept.push(item);
  }
  return kept;
}
