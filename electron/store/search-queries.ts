import type { Language } from '../../shared/languages';
import { comparePeriodKeys } from '../../shared/period';
import { SEARCH_GROUPS } from '../../shared/search';
import type {
  HighlightedText,
  IndicatorSearchHit,
  NoteSearchHit,
  QuestionSearchHit,
  ReportSearchHit,
  SearchGroupName,
  SearchHit,
  SearchReportContext,
  SearchResults,
  SearchTarget,
} from '../../shared/search';
import { findIndicatorCodes } from '../../shared/search-codes';
import type { TextRange } from '../../shared/search-fold';
import { foldedRangesToOriginal, MARK_OPEN, mergeRanges, readMarkers, snippet, splitLines } from '../../shared/search-highlight';
import { relevance, wholeWordForms, type RankedKind } from '../../shared/search-rank';
import type { ParsedSearch } from '../../shared/search-query';
import type { SqliteDatabase } from './database';
import { matchExpressions } from './search-match';
import { statement } from './statements';

export interface SearchFilters {
  readonly committeeId: number | null;
  readonly period: string | null;
  /** Hits per group. */
  readonly limit: number;
}

type EntryKind = 'title' | 'heading' | 'passage' | 'indicator' | 'note' | 'question';

interface EntryRow {
  id: number;
  kind: EntryKind;
  lang: Language | null;
  text: string;
  report_id: number | null;
  version_id: number | null;
  section_id: number | null;
  block_id: number | null;
  indicator_id: number | null;
  annotation_id: string | null;
  question_id: string | null;
  meeting_id: number | null;
}

/** How many of a group's newest matches each of its index tables ranks (see searchLibrary). */
export const CANDIDATES_PER_GROUP = 40;

/** The two kinds of index table each group has (migration 002): words as written, and stemmed. */
type IndexKind = 'text' | 'stem';
const INDEX_KINDS: readonly IndexKind[] = ['text', 'stem'];

/** The FTS5 table of one group and kind; the names are fixed, never built from input. */
export function indexTable(group: SearchGroupName, kind: IndexKind): string {
  return `search_${group}_${kind}`;
}

/**
 * Narrows entries to the filters. An indicator passes when it has a figure for that period / from
 * that committee's reports; a question when its meeting is that committee's / had a report for
 * that period; everything else by the report it belongs to.
 */
const FILTER_SQL = `
  (CASE e.kind
    WHEN 'indicator' THEN EXISTS (
      SELECT 1 FROM measurements x
      JOIN reports xr ON xr.id = x.source_report_id
      JOIN meetings xm ON xm.id = xr.meeting_id
      WHERE x.indicator_id = e.indicator_id
        AND (@committee IS NULL OR xm.committee_id = @committee)
        AND (@period IS NULL OR x.period = @period))
    WHEN 'question' THEN (@committee IS NULL OR m.committee_id = @committee)
      AND (@period IS NULL OR EXISTS (SELECT 1 FROM reports qr WHERE qr.meeting_id = e.meeting_id AND qr.period = @period))
    ELSE (@committee IS NULL OR m.committee_id = @committee) AND (@period IS NULL OR r.period = @period)
  END)`;

/**
 * A group's newest matches in one index table, with what matched marked (char(1) … char(2),
 * shared/search-highlight MARK_OPEN/MARK_CLOSE, which folding never leaves in indexed text).
 * FTS5 walks its matches in rowid order itself, so the LIMIT stops the walk early, and highlight()
 * is only worked out for the rows returned.
 */
export function candidatesSql(table: string, filtered: boolean): string {
  const columns = `${table}.rowid AS id, ${table}.kind AS kind, highlight(${table}, 0, char(1), char(2)) AS marked, highlight(${table}, 1, char(1), char(2)) AS codes`;
  if (!filtered) return `SELECT ${columns} FROM ${table} WHERE ${table} MATCH @match ORDER BY rowid DESC LIMIT @cap`;
  return `SELECT ${columns}
          FROM ${table}
          JOIN search_entries e ON e.id = ${table}.rowid
          LEFT JOIN reports r ON r.id = e.report_id
          LEFT JOIN meetings m ON m.id = COALESCE(r.meeting_id, e.meeting_id)
          WHERE ${table} MATCH @match AND ${FILTER_SQL}
          ORDER BY ${table}.rowid DESC LIMIT @cap`;
}

interface CandidateRow {
  id: number;
  kind: RankedKind;
  marked: string;
  codes: string;
}

/** What the index marked in one entry, per table (the entry's text, folded, with its matches marked). */
interface Marked {
  text?: string;
  stem?: string;
}

function emptyGroup<H>(): { total: number; totalIsLowerBound: boolean; hits: H[] } {
  return { total: 0, totalIsLowerBound: false, hits: [] };
}

const EMPTY: SearchResults = {
  searched: false,
  total: 0,
  totalIsLowerBound: false,
  groups: { reports: emptyGroup(), indicators: emptyGroup(), notes: emptyGroup(), questions: emptyGroup() },
};

/**
 * Runs a parsed query against the index: grouped, ranked hits with highlights and targets.
 *
 * The work is bounded whatever the query: each group's two index tables give their newest
 * CANDIDATES_PER_GROUP matches, and the group's hits are the best of those (shared/search-rank).
 * While a group has no more matches than that — almost every query once a word or two is typed —
 * the ranking and the count are exact; beyond it (the first letters of a common word) the newest
 * matches are ranked and the count is a lower bound ("40+"). Newest first suits a councillor: the
 * latest reports and notes matter most.
 */
export function searchLibrary(db: SqliteDatabase, parsed: ParsedSearch, filters: SearchFilters): SearchResults {
  const match = matchExpressions(parsed);
  if (!match) return EMPTY;
  const filtered = filters.committeeId !== null || filters.period !== null;
  const expressions: Record<IndexKind, string> = { text: match.text, stem: match.stem };
  const forms = wholeWordForms(parsed);

  const marked = new Map<number, Marked>();
  const ranked = new Map<SearchGroupName, { ids: number[]; total: number; totalIsLowerBound: boolean }>();
  for (const group of SEARCH_GROUPS) {
    const scores = new Map<number, number>();
    let totalIsLowerBound = false;
    for (const kind of INDEX_KINDS) {
      const rows = statement(db, candidatesSql(indexTable(group, kind), filtered)).all({
        match: expressions[kind],
        cap: CANDIDATES_PER_GROUP + 1,
        committee: filters.committeeId,
        period: filters.period,
      }) as CandidateRow[];
      if (rows.length > CANDIDATES_PER_GROUP) {
        totalIsLowerBound = true;
        rows.pop();
      }
      for (const row of rows) {
        const score = relevance({ marked: row.marked, codeMatched: row.codes.includes(MARK_OPEN), kind: row.kind }, forms);
        scores.set(row.id, Math.max(score, scores.get(row.id) ?? -Infinity));
        const entry = marked.get(row.id) ?? {};
        entry[kind] = row.marked;
        marked.set(row.id, entry);
      }
    }
    const ids = [...scores]
      .sort(([idA, a], [idB, b]) => b - a || idB - idA)
      .slice(0, filters.limit)
      .map(([id]) => id);
    ranked.set(group, { ids, total: scores.size, totalIsLowerBound });
  }

  const details = new HitDetails(db, parsed, marked, filters);
  details.load([...ranked.values()].flatMap((group) => group.ids));
  const groups = {
    reports: emptyGroup<ReportSearchHit>(),
    indicators: emptyGroup<IndicatorSearchHit>(),
    notes: emptyGroup<NoteSearchHit>(),
    questions: emptyGroup<QuestionSearchHit>(),
  };
  for (const [name, group] of ranked) {
    groups[name].total = group.total;
    groups[name].totalIsLowerBound = group.totalIsLowerBound;
    for (const id of group.ids) {
      const hit = details.hit(id);
      if (hit) (groups[name].hits as SearchHit[]).push(hit);
    }
  }
  const all = Object.values(groups);
  return {
    searched: true,
    total: all.reduce((sum, group) => sum + group.total, 0),
    totalIsLowerBound: all.some((group) => group.totalIsLowerBound),
    groups,
  };
}

/**
 * Context that stays the same from one keystroke to the next (a report's titles and period, the
 * passage a note is on), kept per connection until anything in the database changes: a write on
 * this connection (triggers included) moves total_changes(), one on another connection moves
 * PRAGMA data_version.
 */
interface DetailCache {
  version: string;
  readonly reports: Map<number, SearchReportContext | null>;
  readonly noteTargets: Map<string, SearchTarget>;
}
const detailCaches = new WeakMap<SqliteDatabase, DetailCache>();

function detailCache(db: SqliteDatabase): DetailCache {
  const { changes } = statement(db, 'SELECT total_changes() AS changes').get() as { changes: number };
  const version = `${String(db.pragma('data_version', { simple: true }))}:${changes}`;
  let cache = detailCaches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, reports: new Map(), noteTargets: new Map() };
    detailCaches.set(db, cache);
  }
  return cache;
}

/** Builds each hit for display: highlighted text, context and where it leads. */
class HitDetails {
  private readonly reports: Map<number, SearchReportContext | null>;
  private readonly noteTargets: Map<string, SearchTarget>;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly parsed: ParsedSearch,
    private readonly marked: ReadonlyMap<number, Marked>,
    private readonly filters: SearchFilters,
  ) {
    ({ reports: this.reports, noteTargets: this.noteTargets } = detailCache(db));
  }

  private readonly entries = new Map<number, EntryRow>();

  /** Reads the entries of every hit to be shown in one query. */
  load(ids: readonly number[]): void {
    const rows = statement(this.db, 'SELECT * FROM search_entries WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as EntryRow[];
    for (const row of rows) this.entries.set(row.id, row);
  }

  hit(id: number): SearchHit | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    const ranges = this.ranges(entry);
    switch (entry.kind) {
      case 'title':
      case 'heading':
      case 'passage':
        return this.reportHit(entry, ranges);
      case 'indicator':
        return this.indicatorHit(entry, ranges);
      case 'note':
        return this.noteHit(entry, ranges);
      case 'question':
        return this.questionHit(entry, ranges);
    }
  }

  /** The matching words of an entry, as ranges over its stored text. */
  private ranges(entry: EntryRow): TextRange[] {
    const found: TextRange[] = [];
    const marked = this.marked.get(entry.id) ?? {};
    for (const text of [marked.text, marked.stem]) if (text !== undefined) found.push(...this.fromMarked(entry.text, text));
    // Codes match in a column of their own; mark where the text writes them ("SCC/025").
    const codes = this.parsed.terms.filter((term) => term.kind === 'code');
    if (codes.length > 0) {
      for (const occurrence of findIndicatorCodes(entry.text)) {
        const matches = codes.some((term) => occurrence.code === term.code || (term.prefix && occurrence.code.startsWith(term.code!)));
        if (matches) found.push(occurrence);
      }
    }
    return mergeRanges(found);
  }

  private fromMarked(original: string, marked: string): TextRange[] {
    const { plain, ranges } = readMarkers(marked);
    return foldedRangesToOriginal(original, plain, ranges);
  }

  private report(reportId: number): SearchReportContext | null {
    if (!this.reports.has(reportId)) {
      const row = statement(
        this.db,
        `SELECT r.id, r.period, m.meeting_date, c.name_en, c.name_cy,
           (SELECT v.title FROM report_versions v WHERE v.report_id = r.id AND v.lang = 'en' ORDER BY v.revision DESC LIMIT 1) AS title_en,
           (SELECT v.title FROM report_versions v WHERE v.report_id = r.id AND v.lang = 'cy' ORDER BY v.revision DESC LIMIT 1) AS title_cy
         FROM reports r JOIN meetings m ON m.id = r.meeting_id JOIN committees c ON c.id = m.committee_id
         WHERE r.id = ?`,
      ).get(reportId) as
        | { id: number; period: string; meeting_date: string; name_en: string; name_cy: string; title_en: string | null; title_cy: string | null }
        | undefined;
      this.reports.set(
        reportId,
        row
          ? {
              id: row.id,
              title: { ...(row.title_en !== null ? { en: row.title_en } : {}), ...(row.title_cy !== null ? { cy: row.title_cy } : {}) },
              period: row.period,
              committee: { en: row.name_en, cy: row.name_cy },
              meetingDate: row.meeting_date,
            }
          : null,
      );
    }
    return this.reports.get(reportId) ?? null;
  }

  private reportHit(entry: EntryRow, ranges: TextRange[]): ReportSearchHit | null {
    const report = entry.report_id !== null ? this.report(entry.report_id) : null;
    if (!report || entry.lang === null) return null;
    let section: ReportSearchHit['section'] = null;
    let blockNumber: string | null = null;
    let target: SearchTarget = { kind: 'report', reportId: report.id };
    if (entry.kind === 'passage') {
      const row = statement(
        this.db,
        `SELECT b.number, s.key, s.heading,
           (SELECT COUNT(*) FROM blocks p WHERE p.section_id = b.section_id AND p.ordinal < b.ordinal) AS block_index
         FROM blocks b JOIN sections s ON s.id = b.section_id WHERE b.id = ?`,
      ).get(entry.block_id) as { number: string | null; key: string; heading: string; block_index: number } | undefined;
      if (!row) return null;
      section = { key: row.key, heading: row.heading };
      blockNumber = row.number;
      target = { kind: 'passage', reportId: report.id, sectionKey: row.key, blockIndex: row.block_index, lang: entry.lang };
    } else if (entry.kind === 'heading') {
      const row = statement(
        this.db,
        'SELECT s.key, s.heading, EXISTS (SELECT 1 FROM blocks b WHERE b.section_id = s.id) AS has_blocks FROM sections s WHERE s.id = ?',
      ).get(entry.section_id) as { key: string; heading: string; has_blocks: number } | undefined;
      if (!row) return null;
      section = { key: row.key, heading: row.heading };
      if (row.has_blocks) target = { kind: 'passage', reportId: report.id, sectionKey: row.key, blockIndex: 0, lang: entry.lang };
    }
    return {
      group: 'reports',
      id: `e${entry.id}`,
      kind: entry.kind as ReportSearchHit['kind'],
      lang: entry.lang,
      text: snippet(entry.text, ranges, 220),
      section,
      blockNumber,
      report,
      target,
    };
  }

  private indicatorHit(entry: EntryRow, ranges: TextRange[]): IndicatorSearchHit | null {
    if (entry.indicator_id === null) return null;
    const [code, en, cy] = splitLines(entry.text, ranges);
    const periods = statement(
      this.db,
      `SELECT DISTINCT x.period FROM measurements x
       JOIN reports xr ON xr.id = x.source_report_id JOIN meetings xm ON xm.id = xr.meeting_id
       WHERE x.indicator_id = @indicator AND x.value IS NOT NULL
         AND (@committee IS NULL OR xm.committee_id = @committee) AND (@period IS NULL OR x.period = @period)`,
    ).all({ indicator: entry.indicator_id, committee: this.filters.committeeId, period: this.filters.period }) as { period: string }[];
    const latest = periods.map((row) => row.period).sort(comparePeriodKeys).pop() ?? null;
    return {
      group: 'indicators',
      id: `e${entry.id}`,
      indicatorId: entry.indicator_id,
      code: code && code.text !== '' ? whole(code) : null,
      title: { en: whole(en ?? { text: '', ranges: [] }), cy: whole(cy ?? { text: '', ranges: [] }) },
      latestPeriod: latest,
      target: { kind: 'indicator', indicatorId: entry.indicator_id },
    };
  }

  private noteHit(entry: EntryRow, ranges: TextRange[]): NoteSearchHit | null {
    const note = statement(
      this.db,
      'SELECT id, report_id, target_kind, lang, section_key, indicator_id, quote_exact FROM annotations WHERE id = ?',
    ).get(entry.annotation_id) as
      | { id: string; report_id: number; target_kind: string; lang: Language | null; section_key: string | null; indicator_id: number | null; quote_exact: string | null }
      | undefined;
    const report = note ? this.report(note.report_id) : null;
    if (!note || !report) return null;
    const [body, quote, tags] = splitLines(entry.text, ranges);
    return {
      group: 'notes',
      id: `e${entry.id}`,
      annotationId: note.id,
      body: snippet(body?.text ?? '', body?.ranges ?? [], 200),
      quote: quote && quote.text !== '' ? snippet(quote.text, quote.ranges, 140) : null,
      tags: tags && tags.text !== '' ? whole(tags) : null,
      report,
      target: this.noteTargets.get(note.id) ?? this.noteTargets.set(note.id, this.noteTarget(note, report.id)).get(note.id)!,
    };
  }

  /** The passage a note is attached to: the block that holds its quote, else its section's first. */
  private noteTarget(
    note: { target_kind: string; lang: Language | null; section_key: string | null; indicator_id: number | null; quote_exact: string | null },
    reportId: number,
  ): SearchTarget {
    if (note.target_kind === 'indicator' && note.indicator_id !== null) return { kind: 'indicator', indicatorId: note.indicator_id };
    if (note.section_key === null) return { kind: 'report', reportId };
    const row = statement(
      this.db,
      `SELECT v.lang, (SELECT COUNT(*) FROM blocks p WHERE p.section_id = b.section_id AND p.ordinal < b.ordinal) AS block_index
       FROM report_versions v JOIN sections s ON s.version_id = v.id JOIN blocks b ON b.section_id = s.id
       WHERE v.report_id = @report AND s.key = @section
         AND v.revision = (SELECT MAX(w.revision) FROM report_versions w WHERE w.report_id = v.report_id AND w.lang = v.lang)
       ORDER BY (@quote <> '' AND instr(b.text, @quote) > 0) DESC, (v.lang IS @lang) DESC, b.ordinal
       LIMIT 1`,
    ).get({ report: reportId, section: note.section_key, quote: note.quote_exact ?? '', lang: note.lang }) as
      | { lang: Language; block_index: number }
      | undefined;
    if (!row) return { kind: 'report', reportId };
    return { kind: 'passage', reportId, sectionKey: note.section_key, blockIndex: row.block_index, lang: row.lang };
  }

  private questionHit(entry: EntryRow, ranges: TextRange[]): QuestionSearchHit | null {
    const row = statement(
      this.db,
      `SELECT q.id, m.id AS meeting_id, m.meeting_date, c.name_en, c.name_cy
       FROM questions q JOIN meetings m ON m.id = q.meeting_id JOIN committees c ON c.id = m.committee_id
       WHERE q.id = ?`,
    ).get(entry.question_id) as { id: string; meeting_id: number; meeting_date: string; name_en: string; name_cy: string } | undefined;
    if (!row) return null;
    const [text, answer] = splitLines(entry.text, ranges);
    return {
      group: 'questions',
      id: `e${entry.id}`,
      questionId: row.id,
      text: snippet(text?.text ?? '', text?.ranges ?? [], 200),
      answer: answer && answer.text !== '' && answer.ranges.length > 0 ? snippet(answer.text, answer.ranges, 160) : null,
      meeting: { id: row.meeting_id, date: row.meeting_date, committee: { en: row.name_en, cy: row.name_cy } },
      target: { kind: 'meeting_questions', meetingId: row.meeting_id },
    };
  }
}

function whole(line: { readonly text: string; readonly ranges: readonly TextRange[] }): HighlightedText {
  return { text: line.text, ranges: mergeRanges(line.ranges), clippedStart: false, clippedEnd: false };
}

/**
 * The bare FTS5 work of a search — each index table's newest `limit` matches for the query, no
 * filters, ranking, highlights or details — so the benchmark can show what the rest of search.query
 * costs on top (scripts/bench/search.bench.ts).
 */
export function rawIndexMatches(db: SqliteDatabase, parsed: ParsedSearch, limit: number): number[] {
  const match = matchExpressions(parsed);
  if (!match) return [];
  const ids: number[] = [];
  for (const group of SEARCH_GROUPS) {
    for (const kind of INDEX_KINDS) {
      const table = indexTable(group, kind);
      const rows = statement(db, `SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?`).all(match[kind], limit) as { id: number }[];
      ids.push(...rows.map((row) => row.id));
    }
  }
  return ids;
}
