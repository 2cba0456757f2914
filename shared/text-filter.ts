/**
 * Matching for the screens' own "type to narrow this list" filters (the Indicators screen's text
 * filter, for one), which run in the renderer over a list already loaded. They follow the same
 * rules as search, so a councillor meets one behaviour everywhere:
 * - text is folded by `foldSearchText` (shared/search-fold.ts): case, diacritics and apostrophes
 *   do not matter, so "ynglyn" finds "ynglŷn", "dwr" finds "dŵr", "DŴR" finds "dwr";
 * - each typed word must begin a word of the text (word prefixes, as search does: "plac" finds
 *   "placement", "025" finds "SCC/025"); several typed words must all be found, in any order;
 * - in Welsh text a typed word also finds its Welsh mutations and radical (shared/search-welsh.ts):
 *   "Caerdydd" finds "yng Nghaerdydd", "gofal" finds "o ofal". English text is matched as typed
 *   (mutating English would make "man" find "fan").
 * The last typed word counts as still being typed (prefix rules of `mutationFamily`) unless a
 * space follows it.
 */
import type { Language } from './languages';
import { foldSearchText, searchTokens } from './search-fold';
import { mutationFamily } from './search-welsh';

/** One piece of text a filter looks in; `lang` 'cy' turns on mutation-aware matching. */
export interface FilterText {
  readonly text: string;
  readonly lang?: Language | undefined;
}

interface TypedWord {
  readonly word: string;
  /** The word and its Welsh mutation family (the word itself first). */
  readonly welsh: readonly string[];
}

/** What was typed, ready to match; `words` is empty when nothing was typed. */
export interface TextFilter {
  readonly words: readonly TypedWord[];
}

export function compileTextFilter(typed: string): TextFilter {
  const folded = foldSearchText(typed);
  const tokens = searchTokens(folded);
  const finished = /[^\p{L}\p{N}\p{Co}]$/u.test(folded);
  return {
    words: tokens.map((token, index) => ({
      word: token.text,
      welsh: mutationFamily(token.text, { prefix: index === tokens.length - 1 && !finished }),
    })),
  };
}

/** True when nothing was typed: every item is kept. */
export function isEmptyFilter(filter: TextFilter): boolean {
  return filter.words.length === 0;
}

/** True when every typed word begins a word in one of `texts` (see the module comment). */
export function matchesTextFilter(filter: TextFilter, texts: readonly FilterText[]): boolean {
  if (filter.words.length === 0) return true;
  const words = texts.map((entry) => ({ welsh: entry.lang === 'cy', words: searchTokens(foldSearchText(entry.text)).map((token) => token.text) }));
  return filter.words.every((typed) =>
    words.some((entry) => {
      const forms = entry.welsh ? typed.welsh : [typed.word];
      return entry.words.some((word) => forms.some((form) => word.startsWith(form)));
    }),
  );
}

/** `compileTextFilter` and `matchesTextFilter` in one call, for a single check. */
export function textMatches(typed: string, texts: readonly FilterText[]): boolean {
  return matchesTextFilter(compileTextFilter(typed), texts);
}
