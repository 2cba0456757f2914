/**
 * Where a private annotation sits in a report, and how it is found again when a revised paper
 * replaces the text (the W3C Web Annotation model, as Zotero's reader uses it: a text position
 * *and* the quoted text with a little context on each side).
 *
 * ## The canonical section text (read this before mapping a DOM selection)
 *
 * Every position Briffio stores counts in ONE string per section, built by `sectionPlainText`:
 *
 *   - each block's text with its inline markup removed. The only markup report text carries is
 *     `**bold**` (see `inlineSegments`, which the renderer's InlineText should share): the
 *     asterisks are not shown, so they are not counted;
 *   - blocks joined by a single "\n", in the order the section lists them (list items are blocks
 *     too). Printed paragraph numbers and list letters (`Block.number`) are NOT part of the text:
 *     the renderer shows them in their own element, outside the text being selected;
 *   - offsets are JavaScript string indices (UTF-16 code units), which is what DOM Range offsets
 *     count, so a Range's offset inside block i maps to `blockOffsets(section)[i] + offset`.
 *     Report text is Basic Multilingual Plane only (ŵ ŷ â … are single units), so these are also
 *     the code-point offsets the W3C TextPositionSelector speaks of.
 *
 * `rangeInBlocks` turns a stored range back into per-block pieces for painting highlights
 * (measure the section once with `blockLayout` when painting many). The sort key of a note in
 * document order is `documentSortKey(section ordinal, start)`; unplaced notes sort last.
 */

/** The one piece of inline markup the importers keep (same pattern as renderer InlineText). */
const BOLD = /\*\*(.+?)\*\*/g;

/** Text between blocks in the canonical section text. */
export const BLOCK_SEPARATOR = '\n';

/** Characters of context kept on each side of a quote (TextQuoteSelector prefix and suffix). */
export const CONTEXT_LENGTH = 32;

/** Below this, an approximate match is too unlike the original passage to claim it is the same. */
export const FUZZY_SIMILARITY = 0.75;

export interface InlineSegment {
  readonly text: string;
  readonly bold: boolean;
}

/** A block's text split into plain and bold runs, markers removed; joined, they are `plainText`. */
export function inlineSegments(text: string): InlineSegment[] {
  return text
    .split(BOLD)
    .map((part, index) => ({ text: part, bold: index % 2 === 1 }))
    .filter((segment) => segment.text !== '');
}

/** A block's text as the reader sees it: inline markup removed. */
export function plainText(text: string): string {
  return text.replace(BOLD, '$1');
}

/** Anything with blocks of text: a SectionView, a pack section's flattened blocks, a test fixture. */
export interface TextSection {
  readonly blocks: readonly { readonly text: string }[];
}

/** The canonical plain text of a section that every stored position counts in. */
export function sectionPlainText(section: TextSection): string {
  return section.blocks.map((block) => plainText(block.text)).join(BLOCK_SEPARATOR);
}

/** Where each block's plain text starts in the section text. */
export function blockOffsets(section: TextSection): number[] {
  const offsets: number[] = [];
  let position = 0;
  for (const block of section.blocks) {
    offsets.push(position);
    position += plainText(block.text).length + BLOCK_SEPARATOR.length;
  }
  return offsets;
}

/** Section position of `offset` characters into block `blockIndex`'s plain text. */
export function toSectionPosition(section: TextSection, blockIndex: number, offset: number): number {
  const offsets = blockOffsets(section);
  const start = offsets[blockIndex];
  if (start === undefined) throw new RangeError(`No block ${blockIndex} in this section`);
  const length = plainText(section.blocks[blockIndex]!.text).length;
  if (!Number.isInteger(offset) || offset < 0 || offset > length) throw new RangeError(`Offset ${offset} is outside block ${blockIndex}`);
  return start + offset;
}

export interface BlockRange {
  readonly blockIndex: number;
  /** Offsets within the block's plain text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** A section's blocks measured once, for mapping many highlights (a report may hold hundreds). */
export interface BlockLayout {
  readonly text: string;
  readonly offsets: readonly number[];
  readonly lengths: readonly number[];
}

export function blockLayout(section: TextSection): BlockLayout {
  const plain = section.blocks.map((block) => plainText(block.text));
  const offsets: number[] = [];
  let position = 0;
  for (const text of plain) {
    offsets.push(position);
    position += text.length + BLOCK_SEPARATOR.length;
  }
  return { text: plain.join(BLOCK_SEPARATOR), offsets, lengths: plain.map((text) => text.length) };
}

/**
 * The pieces of section range [start, end) that fall inside each block, for painting highlights.
 * Pass a `blockLayout` when mapping many ranges in one section.
 */
export function rangeInBlocks(section: TextSection | BlockLayout, start: number, end: number): BlockRange[] {
  const layout = 'offsets' in section ? section : blockLayout(section);
  const pieces: BlockRange[] = [];
  // Binary search for the first block that ends after `start`.
  let low = 0;
  let high = layout.offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (layout.offsets[middle]! + layout.lengths[middle]! <= start) low = middle + 1;
    else high = middle;
  }
  for (let blockIndex = low; blockIndex < layout.offsets.length; blockIndex++) {
    const blockStart = layout.offsets[blockIndex]!;
    if (blockStart >= end) break;
    const from = Math.max(start, blockStart);
    const to = Math.min(end, blockStart + layout.lengths[blockIndex]!);
    if (from < to) pieces.push({ blockIndex, start: from - blockStart, end: to - blockStart });
  }
  return pieces;
}

/** A W3C TextPositionSelector and TextQuoteSelector in one: where, what, and a little context. */
export interface TextSelector {
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** The selector for [start, end) of `text`; throws RangeError for an empty or out-of-range span. */
export function createTextSelector(text: string, start: number, end: number): TextSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`[${start}, ${end}) is not a non-empty range of a ${text.length}-character text`);
  }
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/**
 * [start, end) narrowed past whitespace at either end, so a selection dragged to the end of a
 * paragraph (or a whole block chosen by keyboard) does not quote the line break. Null when only
 * whitespace was selected.
 */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return from < to ? { start: from, end: to } : null;
}

export type ReanchorMethod = 'position' | 'quote' | 'context' | 'fuzzy';

export interface Reanchored {
  readonly start: number;
  readonly end: number;
  /** The passage as it reads now (differs from the old quote when it was edited). */
  readonly exact: string;
  /** How it was found, for tests and diagnostics. */
  readonly method: ReanchorMethod;
}

/**
 * A quote this long is distinctive enough to trust wherever it turns up; a shorter one ("the",
 * "Q2") must also agree with some of its old context, or a deleted passage would "move" to the
 * next place the same word happens to appear.
 */
const DISTINCTIVE_QUOTE = 12;
const MIN_CONTEXT_AGREEMENT = 4;
/** Beyond this many DP cells the approximate search is limited to a window near the old place. */
const FUZZY_CELL_BUDGET = 20_000_000;

/**
 * Finds a stored passage again in a section's new text, trying in order:
 *   1. the old position still holds exactly the quote → keep it;
 *   2. the quote appears elsewhere → the occurrence whose surroundings best match the stored
 *      prefix/suffix (ties: nearest the old position);
 *   3. the passage was edited → the text between the stored prefix and suffix, if it still
 *      resembles the quote; else the closest approximate match with similarity ≥ 0.75 (only
 *      for quotes of DISTINCTIVE_QUOTE characters or more);
 *   4. null: the passage cannot be placed (the caller keeps the annotation as *unplaced*).
 */
export function reanchor(selector: TextSelector, text: string): Reanchored | null {
  const { exact } = selector;
  if (exact === '') return null;
  if (text.slice(selector.start, selector.end) === exact) {
    return { start: selector.start, end: selector.end, exact, method: 'position' };
  }
  return findQuote(selector, text) ?? byContext(selector, text) ?? byApproximateMatch(selector, text);
}

/**
 * Step 2 alone: the unchanged quote found anywhere in `text`, placed by its context. Used on its
 * own to look for a passage in the other sections when its section has gone.
 */
export function findQuote(selector: TextSelector, text: string): Reanchored | null {
  const { exact } = selector;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = contextAgreement(selector, text, at, at + exact.length);
    const distance = Math.abs(at - selector.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  if (!best) return null;
  const wanted = Math.min(MIN_CONTEXT_AGREEMENT, selector.prefix.length + selector.suffix.length);
  if (exact.length < DISTINCTIVE_QUOTE && best.score < wanted) return null;
  return { start: best.start, end: best.start + exact.length, exact, method: 'quote' };
}

/** Characters of stored context that still surround [start, end): prefix read backwards, suffix forwards. */
function contextAgreement(selector: TextSelector, text: string, start: number, end: number): number {
  let before = 0;
  while (
    before < selector.prefix.length &&
    start - before - 1 >= 0 &&
    text[start - before - 1] === selector.prefix[selector.prefix.length - before - 1]
  ) {
    before++;
  }
  let after = 0;
  while (after < selector.suffix.length && end + after < text.length && text[end + after] === selector.suffix[after]) after++;
  // A passage at the very start (or end) of a section keeps agreeing with its empty context.
  if (selector.prefix === '' && start === 0) before = MIN_CONTEXT_AGREEMENT;
  if (selector.suffix === '' && end === text.length) after = MIN_CONTEXT_AGREEMENT;
  return before + after;
}

/**
 * The passage was edited inside: take what now lies between the unchanged prefix and suffix.
 * Context shorter than CONTEXT_LENGTH means it reached the edge of the section, so it must still
 * sit at that edge (a five-character prefix could otherwise match almost anywhere).
 */
function byContext(selector: TextSelector, text: string): Reanchored | null {
  const { prefix, suffix, exact } = selector;
  const starts =
    prefix.length >= CONTEXT_LENGTH ? occurrences(text, prefix).map((at) => at + prefix.length) : text.startsWith(prefix) ? [prefix.length] : [];
  let best: { start: number; end: number; similarity: number; distance: number } | null = null;
  for (const start of starts) {
    const end =
      suffix.length >= CONTEXT_LENGTH ? text.indexOf(suffix, start) : text.endsWith(suffix) ? text.length - suffix.length : -1;
    if (end < start) continue;
    const gap = text.slice(start, end);
    if (gap.trim() === '' || gap.length > exact.length * 2 + CONTEXT_LENGTH) continue;
    const score = similarity(exact, gap);
    const distance = Math.abs(start - selector.start);
    if (!best || score > best.similarity || (score === best.similarity && distance < best.distance)) {
      best = { start, end, similarity: score, distance };
    }
  }
  // The unchanged context on both sides already vouches for the place, so a looser bar than the
  // free-standing approximate match applies: half the passage must survive.
  if (!best || best.similarity < 0.5) return null;
  const trimmed = trimRange(text, best.start, best.end);
  if (!trimmed) return null;
  return { start: trimmed.start, end: trimmed.end, exact: text.slice(trimmed.start, trimmed.end), method: 'context' };
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * The substring of `text` closest to the quote by edit distance (Sellers' algorithm: free start
 * and end in the text), accepted when similarity ≥ FUZZY_SIMILARITY. Ties go to the place
 * nearest the old position.
 */
function byApproximateMatch(selector: TextSelector, text: string): Reanchored | null {
  const pattern = selector.exact;
  const m = pattern.length;
  // A few characters "approximately" match almost anything.
  if (m < DISTINCTIVE_QUOTE) return null;
  let from = 0;
  let to = text.length;
  if (m * text.length > FUZZY_CELL_BUDGET) {
    const reach = Math.max(m * 2, Math.floor(FUZZY_CELL_BUDGET / m / 2));
    from = Math.max(0, selector.start - reach);
    to = Math.min(text.length, selector.end + reach);
  }
  const haystack = text.slice(from, to);
  const n = haystack.length;
  if (n === 0) return null;
  let cost = new Int32Array(n + 1);
  let origin = new Int32Array(n + 1);
  let nextCost = new Int32Array(n + 1);
  let nextOrigin = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) origin[j] = j;
  for (let i = 1; i <= m; i++) {
    nextCost[0] = i;
    nextOrigin[0] = 0;
    const character = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      let best = cost[j - 1]! + (haystack.charCodeAt(j - 1) === character ? 0 : 1);
      let bestOrigin = origin[j - 1]!;
      const skipPattern = cost[j]! + 1;
      if (skipPattern < best) {
        best = skipPattern;
        bestOrigin = origin[j]!;
      }
      const skipText = nextCost[j - 1]! + 1;
      if (skipText < best) {
        best = skipText;
        bestOrigin = nextOrigin[j - 1]!;
      }
      nextCost[j] = best;
      nextOrigin[j] = bestOrigin;
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
  }
  let bestEnd = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let j = 1; j <= n; j++) {
    const start = origin[j]!;
    if (start >= j) continue;
    const score = 1 - cost[j]! / Math.max(m, j - start);
    const distance = Math.abs(from + start - selector.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      bestEnd = j;
      bestScore = score;
      bestDistance = distance;
    }
  }
  if (bestEnd < 0 || bestScore < FUZZY_SIMILARITY) return null;
  const start = from + origin[bestEnd]!;
  const end = from + bestEnd;
  const trimmed = trimRange(text, start, end);
  if (!trimmed) return null;
  return { start: trimmed.start, end: trimmed.end, exact: text.slice(trimmed.start, trimmed.end), method: 'fuzzy' };
}

/** 1 − Levenshtein distance / longer length: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const character = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1]! + (b.charCodeAt(j - 1) === character ? 0 : 1);
      current[j] = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return 1 - previous[b.length]! / longer;
}

/**
 * Annotations listed in document order sort by this key: the section's place in the current
 * version, then the start position. Zero-padded so plain string order is document order.
 */
export function documentSortKey(sectionOrdinal: number, position: number): string {
  return `${String(Math.max(0, sectionOrdinal)).padStart(4, '0')}.${String(Math.max(0, position)).padStart(8, '0')}`;
}

/** Where an annotation goes when it points at nothing in the current text: after everything placed. */
export const UNPLACED_SORT_KEY = '~unplaced';

/** Indicator notes with no section to sit in come after the sections, before unplaced notes. */
export const AFTER_SECTIONS_ORDINAL = 9998;

/** A position after any text in a section: notes on a section's indicators follow its passages. */
export const END_OF_SECTION = 99_999_999;
