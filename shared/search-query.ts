import { normaliseIndicatorCode } from './indicator-code';
import { looksLikeIndicatorCode } from './search-codes';
import { foldSearchText, searchTokens } from './search-fold';

/**
 * What a councillor typed into the search box, read as search terms. Every term must match
 * (AND). The rules:
 *
 * - Words are folded (shared/search-fold) and split the way the index splits text, so "sy’n" is
 *   the two-word phrase "sy n" and "Well-being" the phrase "well being".
 * - The last word is a prefix while it is being typed (no space after it yet): "plac" finds
 *   "placement". A word followed by a space is finished.
 * - "Quoted words" form a phrase: its words must appear together, in order. Curly quotes work
 *   too. A quote still open at the end is a phrase being typed: its last word is a prefix.
 * - Indicator codes are recognised however they are typed: "SCC/025", "scc025", "scc 025",
 *   "CS LAC 58", "cslac58". Such a term matches the normalised code (shared/indicator-code), or
 *   else its parts as ordinary words.
 * - A single letter or digit on its own is ignored (it would match nearly everything and is
 *   usually the first key of a longer word); so is a single character still being typed at the
 *   end of a phrase or of a code written in parts ("foster c", "scc 0"): the words before it are
 *   searched, and the code as typed so far.
 * - At most MAX_TERMS terms are used; words are cut to MAX_TOKEN_LENGTH characters.
 */

export const MAX_TERMS = 8;
export const MAX_TOKEN_LENGTH = 64;

export interface SearchTerm {
  /** 'word': one token; 'phrase': tokens in order, side by side; 'code': an indicator code. */
  readonly kind: 'word' | 'phrase' | 'code';
  /** Folded tokens. For a code, the parts as typed ("scc", "025"). */
  readonly tokens: readonly string[];
  /** For a code: the normalised form, e.g. "scc025". */
  readonly code?: string;
  /** For a code: true when typed as one chunk ("SCC/025"), so its parts must be side by side. */
  readonly adjacent?: boolean;
  /** The term is still being typed: its last token matches as a prefix. */
  readonly prefix: boolean;
}

export interface ParsedSearch {
  readonly terms: readonly SearchTerm[];
}

const QUOTES = /["“”„«»]/u;

interface Segment {
  readonly quoted: boolean;
  readonly text: string;
  /** A quoted segment whose closing quote has not been typed yet. */
  readonly open: boolean;
}

function segments(input: string): Segment[] {
  const result: Segment[] = [];
  let current = '';
  let quoted = false;
  for (const char of input) {
    if (QUOTES.test(char)) {
      if (current.trim() !== '') result.push({ quoted, text: current, open: false });
      current = '';
      quoted = !quoted;
      continue;
    }
    current += char;
  }
  if (current.trim() !== '' || quoted) result.push({ quoted, text: current, open: quoted });
  return result;
}

function tokensOf(text: string): string[] {
  return searchTokens(foldSearchText(text)).map((token) => token.text.slice(0, MAX_TOKEN_LENGTH));
}

function isLetterGroup(chunk: string): boolean {
  return /^\p{L}{2,5}$/u.test(foldSearchText(chunk));
}

/**
 * The longest run of chunks from `start` that spells an indicator code: letter groups, then a
 * chunk ending in digits ("scc 025", "cs lac 58", "SCC/025"). Returns the chunk count, or 0.
 */
function codeRunLength(chunks: readonly string[], start: number): number {
  for (let last = Math.min(start + 3, chunks.length - 1); last >= start; last--) {
    const leading = chunks.slice(start, last);
    if (!leading.every(isLetterGroup)) continue;
    const code = normaliseIndicatorCode(chunks.slice(start, last + 1).join(''));
    if (!/\d/.test(normaliseIndicatorCode(chunks[last]!))) continue;
    if (looksLikeIndicatorCode(code)) return last - start + 1;
  }
  return 0;
}

function unquotedTerms(text: string, endsInput: boolean, typing: boolean): SearchTerm[] {
  const chunks = text.split(/\s+/u).filter((chunk) => chunk !== '');
  const terms: SearchTerm[] = [];
  let index = 0;
  while (index < chunks.length) {
    const isLast = (count: number) => endsInput && index + count === chunks.length;
    const run = codeRunLength(chunks, index);
    if (run > 0) {
      const parts = chunks.slice(index, index + run);
      const tokens = parts.flatMap(tokensOf);
      terms.push({
        kind: 'code',
        tokens,
        code: normaliseIndicatorCode(parts.join('')),
        adjacent: run === 1 && tokens.length > 1,
        prefix: typing && isLast(run),
      });
      index += run;
      continue;
    }
    const tokens = tokensOf(chunks[index]!);
    const prefix = typing && isLast(1);
    index += 1;
    if (tokens.length === 0) continue;
    if (tokens.length > 1) terms.push({ kind: 'phrase', tokens, prefix });
    else if (tokens[0]!.length > 1) terms.push({ kind: 'word', tokens, prefix });
  }
  return terms;
}

export function parseSearchQuery(input: string): ParsedSearch {
  // A space after the last word means it is finished; otherwise it is still being typed.
  const typing = !/\s$/u.test(input);
  const parts = segments(input);
  const terms: SearchTerm[] = [];
  parts.forEach((segment, index) => {
    const endsInput = index === parts.length - 1;
    if (!segment.quoted) {
      terms.push(...unquotedTerms(segment.text, endsInput, typing));
      return;
    }
    const tokens = tokensOf(segment.text);
    if (tokens.length === 0) return;
    const prefix = segment.open && endsInput && typing;
    terms.push({ kind: tokens.length > 1 ? 'phrase' : 'word', tokens, prefix });
  });
  return { terms: withoutLoneLastCharacter(terms).slice(0, MAX_TERMS) };
}

/**
 * Drops a single character being typed at the very end (see the rules above): searching for every
 * word that starts with one letter or digit is slow and finds nothing useful yet.
 */
function withoutLoneLastCharacter(terms: readonly SearchTerm[]): SearchTerm[] {
  const last = terms[terms.length - 1];
  if (!last || !last.prefix || last.tokens[last.tokens.length - 1]!.length !== 1) return [...terms];
  const tokens = last.tokens.slice(0, -1);
  const rest = terms.slice(0, -1);
  if (last.kind === 'code') return [...rest, { ...last, tokens, adjacent: last.adjacent === true && tokens.length > 1 }];
  if (tokens.length === 0) return rest;
  return [...rest, { kind: tokens.length > 1 ? 'phrase' : 'word', tokens, prefix: false }];
}

/** True when the query has nothing to search for yet (empty, or only single letters). */
export function isEmptySearch(parsed: ParsedSearch): boolean {
  return parsed.terms.length === 0;
}
