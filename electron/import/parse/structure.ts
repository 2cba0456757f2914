import type { SectionKind, SignsOfSafetyGroup, Unit } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import type { PackBlock } from '../../../shared/pack';
import type { SourceCell, SourceDocument, SourceLine } from '../source';
import { leadingCode } from './codes';
import { dateLine } from './dates';
import { findQuestions, isAreaHeading, isQuestionsHeader, knownHeading, knownHeadingPrefix, questionLine, type KnownHeading } from './headings';
import { segmentColumns } from './signs-of-safety';
import { isAllCaps, isBulletGlyphOnly, joinWrapped, slugify, stripBullet, titleCase, uniqueKey } from './text';
import { numberRun } from './values';

/**
 * Lines of a report → sections of blocks, the shape Briffio stores: headings start sections;
 * numbered paragraphs keep their printed numbers ("21", "25") and their lettered sub-items ("a",
 * "b"), roman sub-sub-items and bullets become lists; the Signs of Safety questions group what
 * follows them; a three-column Signs of Safety table is split back into its columns (from x
 * positions or tab stops when the source keeps them, from what the items say when it does not);
 * and lines of bare numbers — a chart's labels — are set aside for the indicator finder.
 */

export interface NumberRunBlock {
  readonly type: 'numbers';
  readonly values: readonly number[];
  readonly unit: Unit;
  readonly page: number;
}
export type ParsedBlock = PackBlock | NumberRunBlock;

export interface ParsedSection {
  key: string;
  kind: SectionKind;
  heading: string;
  area?: string;
  page: number;
  blocks: ParsedBlock[];
  /** The heading was one Briffio knows (fixed key), or made up because the text had none. */
  readonly known: KnownHeading | null;
  readonly implicit: boolean;
}

export interface Signature {
  readonly author: string;
  readonly role: string | null;
  readonly signedOn: string | null;
}

export interface ParsedStructure {
  /** Lines before the first section: the cover page's identity (council, committee, title…). */
  readonly header: readonly SourceLine[];
  readonly sections: readonly ParsedSection[];
  readonly signature: Signature | null;
  /** How many top-level numbered paragraphs the text has (a cover report has many). */
  readonly numberedParagraphs: number;
}

/** Headings used when the text has Signs of Safety lists before any heading of its own. */
const IMPLICIT_HEADINGS: Readonly<Record<Language, { summary: string; table: string }>> = {
  en: { summary: 'Executive Summary', table: 'Signs of Safety' },
  cy: { summary: 'Crynodeb Gweithredol', table: 'Arwyddion Diogelwch' },
};

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];
const SENTENCE_END = /[.:;?!]["'’”)]?$/;
const ROLE_WORDS = /\b(?:director|manager|officer|head of|chief|executive|lead|cyfarwyddwr|rheolwr|swyddog|pennaeth|prif)\b/i;

type Classified =
  | { type: 'heading'; text: string; known: KnownHeading | null; area: boolean; rest?: string }
  | { type: 'question'; group: SignsOfSafetyGroup }
  | { type: 'questions-header' }
  | { type: 'numbered'; number: number; text: string }
  | { type: 'lettered'; letter: string; text: string }
  | { type: 'roman'; numeral: string; text: string }
  | { type: 'bullet'; text: string }
  | { type: 'numbers'; values: number[]; unit: Unit }
  | { type: 'text'; text: string };

interface OpenElement {
  kind: 'paragraph' | 'item';
  number?: string;
  level: number;
  group: SignsOfSafetyGroup | null;
  parts: string[];
  page: number;
  /** Ordered (numbered/lettered) list item. */
  ordered: boolean;
}

interface ColumnTable {
  readonly mode: 'columns';
  readonly columns: readonly { x: number; group: SignsOfSafetyGroup }[];
  /** Width of the tolerance when assigning a cell to a column. */
  readonly tolerance: number;
  readonly items: Map<SignsOfSafetyGroup, { parts: string[]; page: number }[]>;
  /** Columns that had text in the previous row: an empty row in a column ends its item. */
  lastRowColumns: Set<SignsOfSafetyGroup>;
}

interface FlatTable {
  readonly mode: 'flat';
  /** Items in text order, in segments split where the table restarts (a new page's header). */
  readonly segments: { parts: string[]; page: number; level: number }[][];
}

export function parseStructure(document: SourceDocument, language: Language): ParsedStructure {
  const { body: withoutSignature, signature } = takeSignature(document.lines);
  const headerEnd = findHeaderEnd(withoutSignature);
  const header = withoutSignature.slice(0, headerEnd);
  const body = withoutSignature.slice(headerEnd);
  const parser = new StructureParser(document, language);
  body.forEach((line, index) => parser.line(line, body[index + 1] ?? null));
  const sections = parser.finish(header);
  return { header, sections, signature, numberedParagraphs: parser.numberedCount };
}

/** The signing officer at the end of a cover report: NAME IN CAPITALS, role, date. */
function takeSignature(lines: readonly SourceLine[]): { body: readonly SourceLine[]; signature: Signature | null } {
  const from = Math.max(0, lines.length - 15);
  for (let i = lines.length - 1; i >= from; i--) {
    const name = lines[i]!.text.trim();
    if (!isAllCaps(name) || !/^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3}$/.test(name)) continue;
    const role = lines[i + 1]?.text.trim() ?? null;
    if (!role || !ROLE_WORDS.test(role) || role.length > 120) continue;
    let signedOn: string | null = null;
    for (let j = i + 1; j <= Math.min(lines.length - 1, i + 3); j++) signedOn ??= dateLine(lines[j]!.text);
    return {
      body: lines.slice(0, i),
      signature: { author: titleCase(name, 'en').replace(/\b(Mc|Mac|O')([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()), role, signedOn },
    };
  }
  return { body: lines, signature: null };
}

/** Where the cover page's identity lines end: at the first heading, question, numbered paragraph, list or sentence. */
function findHeaderEnd(lines: readonly SourceLine[]): number {
  const limit = Math.min(lines.length, 25);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (knownHeading(text) || knownHeadingPrefix(text) || isAreaHeading(text) || findQuestions(text).length > 0) return i;
    if (/^1\s*\.\s*\S/.test(text) || stripBullet(text) !== null) return i;
    if (text.length > 120 || (text.length > 60 && /[.;]$/.test(text) && !dateLine(text))) return i;
    // A line that starts a report's prose ("The purpose of this report…") ends the header too.
    if (/^(?:the|this|in|during|at|our|we|mae|yn ystod|yn)\s/i.test(text) && text.split(/\s+/).length > 8) return i;
  }
  return limit < lines.length ? 0 : limit;
}

class StructureParser {
  numberedCount = 0;
  private readonly sections: ParsedSection[] = [];
  private readonly keys = new Set<string>();
  private current: ParsedSection | null = null;
  private open: OpenElement | null = null;
  private group: SignsOfSafetyGroup | null = null;
  private table: ColumnTable | FlatTable | null = null;
  private lastNumber = 0;
  private lastLetter: string | null = null;
  private lastRoman: string | null = null;
  private lastSubNumber = 0;
  private previous: { text: string; structural: boolean } | null = null;
  private next: SourceLine | null = null;
  private skipNext = false;
  private readonly typicalLength: number;

  constructor(
    private readonly document: SourceDocument,
    private readonly language: Language,
  ) {
    const lengths = document.lines.map((line) => line.text.length).sort((a, b) => a - b);
    this.typicalLength = lengths[Math.floor(lengths.length * 0.75)] ?? 80;
  }

  line(line: SourceLine, next: SourceLine | null): void {
    this.next = next;
    if (this.skipNext) {
      this.skipNext = false;
      return;
    }
    // A table header whose questions wrap onto a second line ("What are we worried / about?").
    if (!this.table && next && line.cells.length >= 2 && !columnStarts(line.cells)) {
      const joined = joinWrappedCells(line.cells, next.cells);
      if (columnStarts(joined)) {
        this.skipNext = true;
        this.startTable({ ...line, cells: joined, text: joined.map((cell) => cell.text).join(' ') });
        this.previous = { text: line.text.trim(), structural: true };
        return;
      }
    }
    if (this.table?.mode === 'columns' && this.tableRow(line, this.table)) return;
    const classified = this.classify(line);
    if (this.table?.mode === 'flat' && this.flatRow(line, classified, this.table)) return;
    this.apply(line, classified);
    this.previous = { text: line.text.trim(), structural: classified.type === 'heading' || classified.type === 'question' || classified.type === 'questions-header' };
  }

  private classify(line: SourceLine): Classified {
    const text = line.text.trim();
    if (isQuestionsHeader(text)) return { type: 'questions-header' };
    const question = questionLine(text);
    if (question) return { type: 'question', group: question };
    const known = knownHeading(text);
    if (known) return { type: 'heading', text, known, area: false };
    const prefixed = knownHeadingPrefix(text);
    if (prefixed && !SENTENCE_END.test(prefixed.rest)) return { type: 'heading', text: prefixed.headingText, known: prefixed.heading, area: false, rest: prefixed.rest };
    if (isAreaHeading(text)) return { type: 'heading', text, known: null, area: true };
    const run = numberRun(text);
    if (run) return { type: 'numbers', ...run };
    // A chart's axis of years ("2016-17 2017-18 2018-19"): not text, and not figures either.
    if (isPeriodAxis(text)) return { type: 'numbers', values: [], unit: 'count' };

    const numbered = /^(\d{1,3})\s*\.(\s*)(?=\S)(.*)$/.exec(text);
    if (numbered) {
      const number = Number(numbered[1]);
      // "97.7% of children…" is a figure, not paragraph 97: a figure straight after the point only
      // counts as a paragraph's text when the number is the one expected next ("25.72.4% (439 / 606)…").
      const decimal = numbered[2] === '' && /^\d/.test(numbered[3]!);
      // Paragraph numbers run in order; "72.4% (439 / 606)" at the start of a wrapped line is not paragraph 72.
      const expected = this.lastNumber + 1;
      // The first numbered paragraph may not be 1 (an extract, an appendix): any number before a capital or a figure.
      const first = this.lastNumber === 0 && (number <= 3 || (number < 100 && /^[A-Z£]/.test(numbered[3]!)));
      const plausible = !decimal && ((number > this.lastNumber && number <= this.lastNumber + 3 && this.lastNumber > 0) || first);
      // Under a roman sub-item, "1." and "2." number its own sub-sub-items first.
      const subNext = this.inSubList() && (number === this.lastSubNumber + 1 || (number === 1 && this.lastSubNumber === 0));
      if (!subNext && ((number === expected && (this.lastNumber > 0 || !decimal)) || (plausible && !this.inSubList()))) return { type: 'numbered', number, text: numbered[3]! };
      if (!decimal && this.lastRoman !== null && number <= 20) return { type: 'roman', numeral: String(number), text: numbered[3]! };
    }
    const lettered = /^([a-z])[.)]\s+(.*)$/.exec(text);
    if (lettered) {
      const letter = lettered[1]!;
      const nextLetter = this.lastLetter ? String.fromCharCode(this.lastLetter.charCodeAt(0) + 1) : 'a';
      const romanNext = this.lastRoman ? ROMAN[ROMAN.indexOf(this.lastRoman) + 1] : 'i';
      if (letter === nextLetter || (letter === 'a' && this.lastLetter === null)) return { type: 'lettered', letter, text: lettered[2]! };
      if (letter === romanNext || letter === 'i') return { type: 'roman', numeral: letter, text: lettered[2]! };
    }
    const roman = /^((?:x|ix|iv|v|i{1,3}|vi{1,3}|xi{1,3}))[.)]\s+(.*)$/.exec(text);
    if (roman && (this.lastLetter !== null || this.lastRoman !== null)) return { type: 'roman', numeral: roman[1]!, text: roman[2]! };

    const bullet = stripBullet(text);
    if (bullet !== null && bullet.trim() !== '') return { type: 'bullet', text: bullet.trim() };
    if (this.looksLikeStrippedBullet(line)) return { type: 'bullet', text };
    if (this.looksLikeHeading(line)) return { type: 'heading', text, known: null, area: false };
    return { type: 'text', text };
  }

  private inSubList(): boolean {
    // Inside a roman-numbered list, "1." and "2." are its own sub-items, not new paragraphs.
    return this.lastRoman !== null && this.open?.kind === 'item' && this.open.level >= 1;
  }

  /**
   * Extraction often replaces a bullet glyph it cannot map with a space: a line that starts with a
   * space, after a blank line or the end of a sentence, and starts like a sentence, is a list item.
   */
  private looksLikeStrippedBullet(line: SourceLine): boolean {
    if (!line.leadingSpace || this.document.origin !== 'text') return false;
    const text = line.text.trim();
    if (!/^[A-Z0-9%£("‘']/.test(text)) return false;
    const previous = this.previous;
    return previous === null || previous.structural || line.gapBefore || SENTENCE_END.test(previous.text);
  }

  /**
   * A heading the parser does not know by name: short, not a sentence, mostly capitalised words,
   * after the end of a paragraph. ("Progress in relation to the Education of Looked After Children")
   */
  private looksLikeHeading(line: SourceLine): boolean {
    const text = line.text.trim();
    if (text.length < 3 || text.length > 90 || /[.,;:]$/.test(text) || /[,;]/.test(text) || !/^[A-Z]/.test(text)) return false;
    if (!this.nextStartsBlock(line)) return false;
    if (leadingCode(text)) return false;
    const words = text.split(/\s+/);
    if (words.length > 12) return false;
    if (/\d{2,}/.test(text) && !/\b(?:19|20)\d{2}\b/.test(text)) return false;
    const previous = this.previous;
    if (previous && !previous.structural && !SENTENCE_END.test(previous.text) && !(line.gapBefore && this.document.gapsMarkParagraphs)) return false;
    if (isAllCaps(text)) return words.length <= 6;
    const small = /^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|within|a|ac|ar|at|gan|i|o|y|yr|yn|dros|â|ag)$/i;
    const content = words.filter((word) => !small.test(word) && !/^[\d(–-]/.test(word));
    const capitalised = content.filter((word) => /^[A-ZŴŶ]/.test(word));
    return content.length > 0 && capitalised.length / content.length >= 0.6 && words.length >= 2;
  }

  /** What follows a heading: a numbered paragraph, a list, a question, another heading, or a paragraph gap. */
  private nextStartsBlock(line: SourceLine): boolean {
    const next = this.next;
    if (!next) return false;
    const text = next.text.trim();
    if (/^\d{1,3}\s*\.\s*\S/.test(text) || /^[a-z][.)]\s/.test(text) || stripBullet(text) !== null) return true;
    if (findQuestions(text).length > 0 || knownHeading(text) || leadingCode(text)) return true;
    if (next.leadingSpace && this.document.origin === 'text' && /^[A-Z]/.test(text)) return true;
    return this.document.gapsMarkParagraphs && next.gapBefore && line.gapBefore && /^[A-Z]/.test(text);
  }

  private apply(line: SourceLine, item: Classified): void {
    switch (item.type) {
      case 'heading':
        return this.heading(line, item);
      case 'question':
        this.close();
        this.ensureSection(line, 'summary');
        this.group = item.group;
        return;
      case 'questions-header':
        return this.startTable(line);
      case 'numbered':
        this.close();
        this.ensureSection(line, null);
        this.lastNumber = item.number;
        this.numberedCount++;
        this.lastLetter = null;
        this.lastRoman = null;
        this.open = { kind: 'paragraph', number: String(item.number), level: 0, group: this.group, parts: [item.text], page: line.page, ordered: false };
        return;
      case 'lettered':
        this.close();
        this.ensureSection(line, null);
        this.lastLetter = item.letter;
        this.lastRoman = null;
        this.open = { kind: 'item', number: item.letter, level: 0, group: this.group, parts: [item.text], page: line.page, ordered: true };
        return;
      case 'roman': {
        this.close();
        this.ensureSection(line, null);
        const isDigit = /^\d+$/.test(item.numeral);
        if (!isDigit) this.lastRoman = item.numeral;
        this.lastSubNumber = isDigit ? Number(item.numeral) : 0;
        const level = isDigit ? 2 : this.lastLetter !== null ? 1 : 0;
        this.open = { kind: 'item', number: item.numeral, level, group: this.group, parts: [item.text], page: line.page, ordered: true };
        return;
      }
      case 'bullet': {
        this.close();
        this.ensureSection(line, null);
        const under = this.lastItemLevel();
        this.open = { kind: 'item', level: under, group: this.group, parts: [item.text], page: line.page, ordered: false };
        return;
      }
      case 'numbers':
        this.close();
        this.ensureSection(line, null);
        this.current!.blocks.push({ type: 'numbers', values: item.values, unit: item.unit, page: line.page });
        return;
      case 'text':
        return this.text(line, item.text);
    }
  }

  /** A bullet under a lettered or roman item is nested one level below it. */
  private lastItemLevel(): number {
    const blocks = this.current?.blocks ?? [];
    const last = blocks[blocks.length - 1];
    if (!last || last.type !== 'list') return 0;
    const item = last.items[last.items.length - 1];
    if (!item?.number) return item?.level ?? 0;
    return Math.min(4, (item.level ?? 0) + 1);
  }

  private text(line: SourceLine, text: string): void {
    const open = this.open;
    if (open && !this.breaksParagraph(line, open)) {
      open.parts.push(text);
      return;
    }
    this.close();
    this.ensureSection(line, null);
    // Text after a list item ends the list; in the middle of a lettered item it is that item's own paragraph.
    this.open = { kind: 'paragraph', level: 0, group: this.group, parts: [text], page: line.page, ordered: false };
  }

  private breaksParagraph(line: SourceLine, open: OpenElement): boolean {
    const text = line.text.trim();
    const previous = open.parts[open.parts.length - 1] ?? '';
    if (this.current?.kind === 'indicators' && leadingCode(text)) return true;
    // Headline figures are one to a line.
    if (this.current?.kind === 'key_stats' && SENTENCE_END.test(previous)) return true;
    if (this.document.gapsMarkParagraphs) return line.gapBefore && (SENTENCE_END.test(previous) || previous.length < this.typicalLength * 0.7 || /^[A-Z]/.test(text));
    // Double-spaced text: a short line that ends a sentence, followed by a capital, ends a paragraph.
    return SENTENCE_END.test(previous) && previous.length < this.typicalLength * 0.8 && /^[A-Z0-9£%]/.test(text);
  }

  private heading(line: SourceLine, heading: Extract<Classified, { type: 'heading' }>): void {
    this.close();
    const current = this.current;
    const same = current && current.heading.toLowerCase() === heading.text.toLowerCase();
    // A running page header repeats the current section's heading: it is not a new section.
    if (same || (current?.known && heading.known && current.known.key === heading.known.key && current.blocks.length > 0 && current.implicit)) {
      if (heading.rest) this.text(line, heading.rest);
      return;
    }
    if (heading.area && this.table?.mode === 'flat' && current) {
      // The table continues on the next page under its area's name: name the section, start a new run.
      if (!current.area) {
        current.area = heading.text;
        if (current.implicit) current.heading = heading.text;
      }
      this.table.segments.push([]);
      return;
    }
    if (heading.area && current?.implicit && !current.area && current.blocks.length === 0) {
      current.area = heading.text;
      current.heading = heading.text;
      return;
    }
    this.endTable();
    this.startSection(line, heading.text, heading.known, false);
    if (heading.area) this.current!.area = heading.text;
    if (heading.rest) this.text(line, heading.rest);
  }

  private startSection(line: SourceLine, heading: string, known: KnownHeading | null, implicit: boolean): void {
    this.close();
    this.current = { key: '', kind: known?.kind ?? 'narrative', heading, page: line.page, blocks: [], known, implicit };
    this.sections.push(this.current);
    this.group = null;
    this.lastLetter = null;
    this.lastRoman = null;
  }

  /** Text before any heading gets a section: the executive summary for Signs of Safety lists, else the report's body. */
  private ensureSection(line: SourceLine, kind: 'summary' | 'table' | null): void {
    if (this.current && !(kind === 'table' && this.current.kind !== 'narrative' && this.current.kind !== 'signs_of_safety')) return;
    const names = IMPLICIT_HEADINGS[this.language];
    if (kind === 'table') {
      this.startSection(line, names.table, null, true);
      this.current!.kind = 'signs_of_safety';
      return;
    }
    if (kind === 'summary') {
      this.startSection(line, names.summary, knownHeading(names.summary), true);
      return;
    }
    this.startSection(line, '', null, true);
  }

  private startTable(line: SourceLine): void {
    this.close();
    this.endTable();
    const current = this.current;
    // A table under a heading of its own (an area) stays in that section; otherwise it gets one.
    if (!current || current.kind === 'indicators' || current.kind === 'key_stats' || current.kind === 'numbered' || current.blocks.some((b) => b.type === 'numbers')) {
      this.ensureSection(line, 'table');
    }
    this.current!.kind = 'signs_of_safety';
    const columns = columnStarts(line.cells);
    if (columns) {
      const spacing = columns.length > 1 ? Math.min(...columns.slice(1).map((c, i) => c.x - columns[i]!.x)) : 100;
      this.table = {
        mode: 'columns',
        columns,
        tolerance: this.document.origin === 'pdf' ? Math.max(4, spacing * 0.25) : 0.5,
        items: new Map(),
        lastRowColumns: new Set(),
      };
    } else {
      this.table = { mode: 'flat', segments: [[]] };
    }
  }

  /** One row of a table whose columns are known (PDF x positions, or tab stops). */
  private tableRow(line: SourceLine, table: ColumnTable): boolean {
    const text = line.text.trim();
    const single = line.cells.length === 1 && line.cells[0]!.x < table.columns[0]!.x - table.tolerance;
    if (knownHeading(text) || knownHeadingPrefix(text) || isQuestionsHeader(text)) {
      this.endTable();
      return false;
    }
    if (this.document.origin === 'text' && line.cells.length === 1) {
      // Tab stops lost part-way: the rest of the table follows column after column, as flattened text.
      this.endTable();
      if (!isAreaHeading(text) && !this.looksLikeHeading(line)) this.table = { mode: 'flat', segments: [[]] };
      return false;
    }
    if (single && (isAreaHeading(text) || this.looksLikeHeading(line))) {
      this.endTable();
      return false;
    }
    const rowBullet = line.cells.some((cell) => isBulletGlyphOnly(cell.text) && cell.x < table.columns[0]!.x - table.tolerance);
    const seen = new Set<SignsOfSafetyGroup>();
    for (const cell of line.cells) {
      if (isBulletGlyphOnly(cell.text)) continue;
      const column = columnFor(cell, table);
      if (!column) continue;
      seen.add(column);
      const items = table.items.get(column) ?? [];
      table.items.set(column, items);
      const bulleted = stripBullet(cell.text);
      const content = (bulleted ?? cell.text).trim();
      if (content === '') continue;
      const startsItem = bulleted !== null || rowBullet || items.length === 0 || (this.document.origin === 'pdf' && !table.lastRowColumns.has(column));
      if (startsItem) items.push({ parts: [content], page: line.page });
      else items[items.length - 1]!.parts.push(content);
    }
    table.lastRowColumns = seen;
    return true;
  }

  /** A line inside a flattened table: list items collected in order, for `segmentColumns`. */
  private flatRow(line: SourceLine, classified: Classified, table: FlatTable): boolean {
    if (classified.type === 'heading' && classified.area) return false;
    if (classified.type === 'heading' || classified.type === 'questions-header' || classified.type === 'question' || classified.type === 'numbered') {
      this.endTable();
      return false;
    }
    if (classified.type === 'numbers') {
      this.endTable();
      return false;
    }
    const segment = table.segments[table.segments.length - 1]!;
    const last = segment[segment.length - 1];
    const text = classified.type === 'bullet' ? classified.text : line.text.trim();
    // A line starting in lower case continues an item, whatever the spacing before it.
    const continues = last !== undefined && classified.type === 'text' && /^[a-z]/.test(text);
    const newItem = !continues && (classified.type === 'bullet' || classified.type === 'lettered' || classified.type === 'roman' || !last || (line.gapBefore && this.document.gapsMarkParagraphs));
    if (newItem || !last) {
      const nested = last !== undefined && /:$/.test(last.parts.join(' ').trim()) ? 1 : last && last.level === 1 && classified.type === 'bullet' && /^%/.test(text) ? 1 : 0;
      segment.push({ parts: [text], page: line.page, level: nested });
    } else {
      last.parts.push(text);
    }
    this.previous = { text: line.text.trim(), structural: false };
    return true;
  }

  private endTable(): void {
    const table = this.table;
    this.table = null;
    if (!table || !this.current) return;
    const lists = new Map<SignsOfSafetyGroup, { text: string; page: number; level: number }[]>();
    if (table.mode === 'columns') {
      for (const [group, items] of table.items) {
        lists.set(
          group,
          items.map((item) => ({ text: joinWrapped(item.parts), page: item.page, level: 0 })),
        );
      }
    } else {
      for (const segment of table.segments) {
        const texts = segment.map((item) => joinWrapped(item.parts));
        const groups = segmentColumns(texts);
        segment.forEach((item, index) => {
          const group = groups[index]!;
          if (!lists.has(group)) lists.set(group, []);
          lists.get(group)!.push({ text: texts[index]!, page: item.page, level: item.level });
        });
      }
    }
    for (const group of ['working_well', 'worried', 'to_do'] as const) {
      const items = (lists.get(group) ?? []).filter((item) => item.text !== '');
      if (items.length === 0) continue;
      this.current.blocks.push({
        type: 'list',
        group,
        items: items.map((item) => ({ text: item.text, page: item.page, ...(item.level ? { level: item.level } : {}) })),
      });
    }
  }

  private close(): void {
    const open = this.open;
    this.open = null;
    if (!open || !this.current) return;
    const text = joinWrapped(open.parts);
    if (text === '') return;
    const blocks = this.current.blocks;
    if (open.kind === 'paragraph') {
      blocks.push({
        type: 'paragraph',
        ...(open.number ? { number: open.number } : {}),
        ...(open.group ? { group: open.group } : {}),
        text,
        page: open.page,
      });
      return;
    }
    const last = blocks[blocks.length - 1];
    const item = { text, ...(open.number ? { number: open.number } : {}), ...(open.level ? { level: open.level } : {}), page: open.page };
    if (last?.type === 'list' && (last.group ?? null) === open.group) {
      last.items.push(item);
    } else {
      blocks.push({ type: 'list', ...(open.ordered ? { ordered: true } : {}), ...(open.group ? { group: open.group } : {}), items: [item] });
    }
  }

  finish(header: readonly SourceLine[]): ParsedSection[] {
    this.close();
    this.endTable();
    const cover = this.numberedCount >= 3;
    const sections = this.sections.filter((section) => section.blocks.some((block) => block.type !== 'numbers') || section.blocks.length > 0);
    if (sections.length === 0 && header.length > 0) {
      // Nothing but identity lines: keep them as the report's text rather than lose them.
      sections.push({
        key: '',
        kind: 'narrative',
        heading: '',
        page: header[0]!.page,
        blocks: header.map((line) => ({ type: 'paragraph', text: line.text.trim(), page: line.page })),
        known: null,
        implicit: true,
      });
    }
    for (const section of sections) section.kind = sectionKind(section, cover);
    const kept = sections.filter((section) => !isChartResidue(section));
    for (const section of kept) {
      if (section.kind === 'key_stats') section.blocks = keyStatBlocks(section.blocks);
      const base = section.known?.key ?? (section.area ? slugify(section.area, 6) : slugify(section.heading, 6));
      section.key = uniqueKey(base || 'section', this.keys);
    }
    return kept;
  }
}

const PERIOD_TOKEN = /^(?:(?:19|20)\d{2}(?:\s*[/–-]\s*(?:\d{2}|\d{4}))?|Q[1-4]|Qtr\s?[1-4])$/i;

function isPeriodAxis(text: string): boolean {
  const tokens = text.split(/\s+/).filter(Boolean);
  return tokens.length >= 2 && tokens.every((token) => PERIOD_TOKEN.test(token));
}

/**
 * What a chart leaves behind in the text layer after the report's own text: legends, axis titles,
 * captions — short lines, none a sentence, under no heading Briffio knows. Such a section carries
 * nothing a councillor could read, so it is left out.
 */
function isChartResidue(section: ParsedSection): boolean {
  if (section.known || section.kind !== 'narrative') return false;
  const blocks = section.blocks.filter((block): block is PackBlock => block.type !== 'numbers');
  if (blocks.length === 0) return true;
  return blocks.every((block) => block.type === 'paragraph' && block.text.length < 100 && !/[.!?:]["'’”)]?$/.test(block.text));
}

function columnStarts(cells: readonly SourceCell[]): { x: number; group: SignsOfSafetyGroup }[] | null {
  const columns: { x: number; group: SignsOfSafetyGroup }[] = [];
  for (const cell of cells) {
    const group = questionLine(cell.text);
    if (group) columns.push({ x: cell.x, group });
  }
  return columns.length === 3 && new Set(columns.map((c) => c.group)).size === 3 ? columns.sort((a, b) => a.x - b.x) : null;
}

/** Cells of a line and the line below it joined column by column (same x, give or take). */
function joinWrappedCells(first: readonly SourceCell[], second: readonly SourceCell[]): SourceCell[] {
  const joined = first.map((cell) => ({ ...cell }));
  for (const cell of second) {
    const above = joined.find((candidate) => Math.abs(candidate.x - cell.x) < 12);
    if (!above) return [...first];
    above.text = `${above.text} ${cell.text}`;
  }
  return joined;
}

function columnFor(cell: SourceCell, table: ColumnTable): SignsOfSafetyGroup | null {
  let chosen: SignsOfSafetyGroup | null = null;
  for (const column of table.columns) if (cell.x >= column.x - table.tolerance) chosen = column.group;
  return chosen;
}

function sectionKind(section: ParsedSection, cover: boolean): SectionKind {
  const blocks = section.blocks.filter((block): block is PackBlock => block.type !== 'numbers');
  if (section.known?.kind === 'indicators' || section.known?.kind === 'key_stats') return section.known.kind;
  if (blocks.some((block) => block.group)) return 'signs_of_safety';
  if (blocks.some((block) => block.type === 'paragraph' && block.number)) return 'numbered';
  if (cover && section.known && section.known.key !== 'executive-summary') return 'numbered';
  return section.kind === 'signs_of_safety' ? 'narrative' : section.kind === 'numbered' ? 'narrative' : section.kind;
}

/**
 * Key stats are headline figures, one per line: kept as one list. Lines with no figure in them are
 * the titles of the charts printed beside the figures, which Briffio does not import.
 */
function keyStatBlocks(blocks: readonly ParsedBlock[]): ParsedBlock[] {
  const items: { text: string; page?: number }[] = [];
  const rest: ParsedBlock[] = [];
  for (const block of blocks) {
    if (block.type === 'numbers') rest.push(block);
    else if (block.type === 'paragraph') {
      if (/\d/.test(block.text)) items.push({ text: block.text, ...(block.page ? { page: block.page } : {}) });
    } else {
      for (const item of block.items) if (/\d/.test(item.text)) items.push({ text: item.text, ...(item.page ? { page: item.page } : {}) });
    }
  }
  return items.length > 0 ? [{ type: 'list', items }, ...rest] : rest;
}
