import type { ParsedSearch, SearchTerm } from '../../shared/search-query';
import { mutationFamily } from '../../shared/search-welsh';

/**
 * FTS5 MATCH expressions for a parsed query, one per kind of index table (see migration 002). They are
 * passed as bound values; every token is double-quoted, so nothing a councillor types can act as
 * FTS5 syntax (AND, NEAR, column names, a stray quote).
 *
 * search_<group>_text (Welsh report text and the councillor's own text, as written): each word may
 *   be any form of its Welsh mutation family (shared/search-welsh), as a prefix while typing.
 * search_<group>_stem (English report text and the councillor's own text, porter-stemmed): the word, whose
 *   stem matches other forms of it ("placements" → "placement"); SQLite stems a prefix too, so
 *   "placements" still finds "placement" while it is being typed.
 * In both, an indicator code also matches the `codes` column in its normalised form. A row
 * matching either table is a hit; every term must match within one table.
 */
/** Cross-product limit for Welsh mutations inside one phrase (3 words × 6 forms would be 216). */
const MAX_PHRASE_VARIANTS = 24;

function quoted(tokens: readonly string[], prefix: boolean): string {
  return `"${tokens.join(' ').replaceAll('"', '""')}"${prefix ? '*' : ''}`;
}



function anyOf(alternatives: readonly string[]): string {
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`;
}

/** Every phrase to try in Welsh text: each word may be any form of its family, within a limit. */
function welshPhrases(tokens: readonly string[], prefix: boolean): string[][] {
  let variants: string[][] = [[]];
  tokens.forEach((token, index) => {
    const isLast = index === tokens.length - 1;
    const family = mutationFamily(token, { prefix: prefix && isLast });
    const next = variants.length * family.length <= MAX_PHRASE_VARIANTS ? family : [token];
    variants = variants.flatMap((variant) => next.map((form) => [...variant, form]));
  });
  return variants;
}

function textWords(tokens: readonly string[], prefix: boolean): string {
  return `cy : ${anyOf(welshPhrases(tokens, prefix).map((phrase) => quoted(phrase, prefix)))}`;
}

function stemWords(tokens: readonly string[], prefix: boolean): string {
  return `en : ${quoted(tokens, prefix)}`;
}

/** A code term: the normalised code, or its parts as words (side by side if typed as one chunk). */
function codeTerm(term: SearchTerm, words: (tokens: readonly string[], prefix: boolean) => string): string {
  const code = `codes : ${quoted([term.code!], term.prefix)}`;
  if (term.tokens.length === 0) return code;
  const parts = term.adjacent
    ? words(term.tokens, term.prefix)
    : term.tokens.map((token, index) => words([token], term.prefix && index === term.tokens.length - 1)).join(' AND ');
  return `(${code} OR (${parts}))`;
}

function expression(parsed: ParsedSearch, words: (tokens: readonly string[], prefix: boolean) => string): string {
  return parsed.terms.map((term) => (term.kind === 'code' ? codeTerm(term, words) : words(term.tokens, term.prefix))).join(' AND ');
}

export interface MatchExpressions {
  readonly text: string;
  readonly stem: string;
}

/** Null when there is nothing to search for. */
export function matchExpressions(parsed: ParsedSearch): MatchExpressions | null {
  if (parsed.terms.length === 0) return null;
  return { text: expression(parsed, textWords), stem: expression(parsed, stemWords) };
}

