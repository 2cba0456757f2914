import {
  AFTER_SECTIONS_ORDINAL,
  blockLayout,
  createTextSelector,
  documentSortKey,
  END_OF_SECTION,
  findQuote,
  rangeInBlocks,
  reanchor,
  sectionPlainText,
  trimRange,
  UNPLACED_SORT_KEY,
  type BlockLayout,
  type TextSelector,
} from '../../shared/anchoring';
import {
  uniqueTags,
  type AnchorState,
  type Annotation,
  type AnnotationColour,
  type AnnotationImportSummary,
  type AnnotationListItem,
  type AnnotationTarget,
  type DeletedAnnotation,
  type ImportedAnnotation,
  type SkippedItem,
} from '../../shared/annotation-model';
import { normaliseIndicatorCode } from '../../shared/indicator-code';
import type { Language } from '../../shared/languages';
import { foldSearchText } from '../../shared/search-fold';
import { AppFailure } from '../../shared/result';
import type { SqliteDatabase } from './database';
import { statement } from './statements';

/**
 * Private annotations: every SQL statement that reads or writes `annotations` and
 * `annotation_tags`. Writes are plain INSERT/UPDATE/DELETE on those two tables so the search
 * index's triggers (migration 002) see every change.
 *
 * Placing: positions are never taken on trust. A new note's quote and context are cut from the
 * stored section text; imported, restored and revised notes are re-anchored against the current
 * text (shared/anchoring.ts). A note that cannot be placed is kept as `unplaced` with its last
 * quote — never deleted.
 */

export type NewAnnotationTarget =
  | { readonly kind: 'text'; readonly lang: Language; readonly sectionKey: string; readonly start: number; readonly end: number }
  | { readonly kind: 'section'; readonly lang: Language; readonly sectionKey: string }
  | { readonly kind: 'indicator'; readonly indicatorId: number };

export interface NewAnnotation {
  readonly id: string;
  readonly reportId: number;
  readonly target: NewAnnotationTarget;
  readonly colour: AnnotationColour;
  readonly body: string;
  readonly tags: readonly string[];
}

export interface AnnotationPatch {
  readonly body?: string;
  readonly colour?: AnnotationColour;
  readonly tags?: readonly string[];
}

export interface AnnotationFilter {
  readonly colour?: AnnotationColour | undefined;
  readonly tag?: string | undefined;
}

interface AnnotationRow {
  id: string;
  report_id: number;
  report_key: string;
  target_kind: AnnotationTarget['kind'];
  lang: Language | null;
  section_key: string | null;
  indicator_id: number | null;
  indicator_key: string | null;
  indicator_code: string | null;
  position_start: number | null;
  position_end: number | null;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  anchor_state: AnchorState;
  colour: AnnotationColour;
  body: string;
  sort_key: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  tags: string;
}

interface ListRow extends AnnotationRow {
  period: string;
  meeting_date: string;
  committee_en: string;
  committee_cy: string;
  title_en: string | null;
  title_cy: string | null;
  indicator_title_en: string | null;
  indicator_title_cy: string | null;
  section_heading: string | null;
}

const SELECT_ANNOTATION = `
  SELECT a.*, r.key AS report_key, i.key AS indicator_key, i.code AS indicator_code,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM annotation_tags t WHERE t.annotation_id = a.id ORDER BY t.rowid)) AS tags
  FROM annotations a
  JOIN reports r ON r.id = a.report_id
  LEFT JOIN indicators i ON i.id = a.indicator_id`;

/** One row ↔ object mapping for annotations (ARCHITECTURE.md: one function per table). */
function toAnnotation(row: AnnotationRow): Annotation {
  let target: AnnotationTarget;
  if (row.target_kind === 'text') {
    target = {
      kind: 'text',
      lang: row.lang ?? 'en',
      sectionKey: row.section_key ?? '',
      start: row.position_start ?? 0,
      end: row.position_end ?? 0,
      exact: row.quote_exact ?? '',
      prefix: row.quote_prefix ?? '',
      suffix: row.quote_suffix ?? '',
    };
  } else if (row.target_kind === 'section') {
    target = { kind: 'section', lang: row.lang ?? 'en', sectionKey: row.section_key ?? '', heading: row.quote_exact ?? '' };
  } else {
    target = {
      kind: 'indicator',
      indicatorId: row.indicator_id,
      indicatorKey: row.indicator_key,
      indicatorCode: row.indicator_code,
      label: row.quote_exact ?? row.indicator_code ?? row.indicator_key ?? '',
    };
  }
  return {
    id: row.id,
    reportId: row.report_id,
    reportKey: row.report_key,
    target,
    anchorState: row.anchor_state,
    colour: row.colour,
    body: row.body,
    tags: JSON.parse(row.tags) as string[],
    sortKey: row.sort_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// ── The current text of a report, as positions count in it ───────────────────────────────────

interface SectionText {
  readonly key: string;
  readonly ordinal: number;
  readonly heading: string;
  readonly text: string;
}

/** Sections of the newest revision of each language version, each with its canonical text. */
function currentSections(db: SqliteDatabase, reportId: number): Map<Language, SectionText[]> {
  const rows = statement(
    db,
    `SELECT v.lang, s.id, s.key, s.ordinal, s.heading, b.text
     FROM report_versions v
     JOIN sections s ON s.version_id = v.id
     LEFT JOIN blocks b ON b.section_id = s.id
     WHERE v.report_id = ?
       AND v.revision = (SELECT MAX(revision) FROM report_versions w WHERE w.report_id = v.report_id AND w.lang = v.lang)
     ORDER BY v.lang, s.ordinal, b.ordinal`,
  ).all(reportId) as { lang: Language; id: number; key: string; ordinal: number; heading: string; text: string | null }[];
  const byLanguage = new Map<Language, SectionText[]>();
  let current: { lang: Language; id: number; key: string; ordinal: number; heading: string; blocks: { text: string }[] } | null = null;
  const flush = (): void => {
    if (!current) return;
    const list = byLanguage.get(current.lang) ?? [];
    list.push({ key: current.key, ordinal: current.ordinal, heading: current.heading, text: sectionPlainText(current) });
    byLanguage.set(current.lang, list);
  };
  for (const row of rows) {
    if (!current || current.id !== row.id) {
      flush();
      current = { lang: row.lang, id: row.id, key: row.key, ordinal: row.ordinal, heading: row.heading, blocks: [] };
    }
    if (row.text !== null) current.blocks.push({ text: row.text });
  }
  flush();
  return byLanguage;
}

/** One section of the current version of a language, or undefined; cheaper than all of them. */
function currentSection(db: SqliteDatabase, reportId: number, lang: Language, key: string): SectionText | undefined {
  const section = statement(
    db,
    `SELECT s.id, s.key, s.ordinal, s.heading FROM report_versions v JOIN sections s ON s.version_id = v.id
     WHERE v.report_id = ? AND v.lang = ? AND s.key = ?
       AND v.revision = (SELECT MAX(revision) FROM report_versions w WHERE w.report_id = v.report_id AND w.lang = v.lang)`,
  ).get(reportId, lang, key) as { id: number; key: string; ordinal: number; heading: string } | undefined;
  if (!section) return undefined;
  const blocks = statement(db, 'SELECT text FROM blocks WHERE section_id = ? ORDER BY ordinal').all(section.id) as { text: string }[];
  return { key: section.key, ordinal: section.ordinal, heading: section.heading, text: sectionPlainText({ blocks }) };
}

/** The blocks of one section of the current version of a language, measured; undefined if it is gone. */
function currentSectionLayout(db: SqliteDatabase, reportId: number, lang: Language, key: string): BlockLayout | undefined {
  const blocks = statement(
    db,
    `SELECT b.text FROM report_versions v JOIN sections s ON s.version_id = v.id JOIN blocks b ON b.section_id = s.id
     WHERE v.report_id = ? AND v.lang = ? AND s.key = ?
       AND v.revision = (SELECT MAX(revision) FROM report_versions w WHERE w.report_id = v.report_id AND w.lang = v.lang)
     ORDER BY b.ordinal`,
  ).all(reportId, lang, key) as { text: string }[];
  return blocks.length > 0 ? blockLayout({ blocks }) : undefined;
}

/** The ordinal of a section in the current version of any language (they align by key). */
function currentSectionOrdinal(db: SqliteDatabase, reportId: number, key: string): number | undefined {
  const row = statement(
    db,
    `SELECT s.ordinal FROM sections s JOIN report_versions v ON v.id = s.version_id
     WHERE v.report_id = ? AND s.key = ?
       AND v.revision = (SELECT MAX(revision) FROM report_versions w WHERE w.report_id = v.report_id AND w.lang = v.lang)
     ORDER BY v.lang LIMIT 1`,
  ).get(reportId, key) as { ordinal: number } | undefined;
  return row?.ordinal;
}

/** Where a note sits now: what gets written to the anchor columns. */
interface Placement {
  readonly state: AnchorState;
  readonly sectionKey: string | null;
  readonly indicatorId: number | null;
  readonly selector: TextSelector | null;
  /** quote_exact for section (heading) and indicator (code or key) targets. */
  readonly label: string | null;
  readonly sortKey: string;
}

function placeText(sections: Map<Language, SectionText[]>, lang: Language, sectionKey: string, selector: TextSelector): Placement {
  const inLanguage = sections.get(lang) ?? [];
  const own = inLanguage.find((section) => section.key === sectionKey);
  const found = own ? reanchor(selector, own.text) : null;
  if (own && found) {
    return { state: 'placed', sectionKey, indicatorId: null, selector: createTextSelector(own.text, found.start, found.end), label: null, sortKey: documentSortKey(own.ordinal, found.start) };
  }
  // The section was renamed, merged or split: the unchanged quote may now sit in another one.
  for (const other of inLanguage) {
    if (other === own) continue;
    const moved = findQuote(selector, other.text);
    if (moved) {
      return { state: 'placed', sectionKey: other.key, indicatorId: null, selector: createTextSelector(other.text, moved.start, moved.end), label: null, sortKey: documentSortKey(other.ordinal, moved.start) };
    }
  }
  return { state: 'unplaced', sectionKey, indicatorId: null, selector, label: null, sortKey: UNPLACED_SORT_KEY };
}

function placeSection(sections: Map<Language, SectionText[]>, lang: Language, sectionKey: string, heading: string): Placement {
  const section = (sections.get(lang) ?? []).find((candidate) => candidate.key === sectionKey);
  if (!section) return { state: 'unplaced', sectionKey, indicatorId: null, selector: null, label: heading, sortKey: UNPLACED_SORT_KEY };
  return { state: 'placed', sectionKey, indicatorId: null, selector: null, label: section.heading, sortKey: documentSortKey(section.ordinal, 0) };
}

/** An indicator note sorts with the section where this report states the indicator's value. */
function placeIndicator(db: SqliteDatabase, reportId: number, indicatorId: number | null, label: string): Placement {
  if (indicatorId === null) return { state: 'unplaced', sectionKey: null, indicatorId: null, selector: null, label, sortKey: UNPLACED_SORT_KEY };
  const measured = statement(
    db,
    `SELECT section_key FROM measurements WHERE source_report_id = ? AND indicator_id = ? AND section_key IS NOT NULL
     ORDER BY role = 'current' DESC, id LIMIT 1`,
  ).get(reportId, indicatorId) as { section_key: string } | undefined;
  const ordinal = measured ? currentSectionOrdinal(db, reportId, measured.section_key) : undefined;
  const sortKey = ordinal === undefined ? documentSortKey(AFTER_SECTIONS_ORDINAL, 0) : documentSortKey(ordinal, END_OF_SECTION);
  return { state: 'placed', sectionKey: null, indicatorId, selector: null, label, sortKey };
}

function indicatorById(db: SqliteDatabase, indicatorId: number): { id: number; key: string; code: string | null } | undefined {
  return statement(db, 'SELECT id, key, code FROM indicators WHERE id = ?').get(indicatorId) as { id: number; key: string; code: string | null } | undefined;
}

/** An indicator named in a file by its key or its code (however spelt). */
function indicatorByCodeOrKey(db: SqliteDatabase, codeOrKey: string): { id: number; key: string; code: string | null } | undefined {
  const normalised = normaliseIndicatorCode(codeOrKey);
  // Keys are exact (and never look like a printed code), so they are tried first.
  const byKey = statement(db, 'SELECT id, key, code FROM indicators WHERE key = ?').get(codeOrKey) as { id: number; key: string; code: string | null } | undefined;
  if (byKey || !normalised) return byKey;
  return statement(db, 'SELECT id, key, code FROM indicators WHERE code_normalised = ?').get(normalised) as { id: number; key: string; code: string | null } | undefined;
}

// ── Writing ────────────────────────────────────────────────────────────────────────────────────

interface StoredAnnotation {
  readonly id: string;
  readonly reportId: number;
  readonly kind: AnnotationTarget['kind'];
  readonly lang: Language | null;
  readonly placement: Placement;
  readonly colour: AnnotationColour;
  readonly body: string;
  readonly tags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A note's columns as named parameters, shared by the insert and the overwrite below. */
function annotationColumns(note: StoredAnnotation) {
  const { placement } = note;
  return {
    id: note.id,
    reportId: note.reportId,
    kind: note.kind,
    lang: note.lang,
    sectionKey: placement.sectionKey,
    indicatorId: placement.indicatorId,
    start: placement.selector?.start ?? null,
    end: placement.selector?.end ?? null,
    exact: placement.selector?.exact ?? placement.label,
    prefix: placement.selector?.prefix ?? null,
    suffix: placement.selector?.suffix ?? null,
    state: placement.state,
    colour: note.colour,
    body: note.body,
    sortKey: placement.sortKey,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
}

function insertAnnotation(db: SqliteDatabase, note: StoredAnnotation): void {
  statement(
    db,
    `INSERT INTO annotations (id, report_id, target_kind, lang, section_key, indicator_id, position_start, position_end,
       quote_exact, quote_prefix, quote_suffix, anchor_state, colour, body, sort_key, created_at, updated_at, deleted_at)
     VALUES (@id, @reportId, @kind, @lang, @sectionKey, @indicatorId, @start, @end,
       @exact, @prefix, @suffix, @state, @colour, @body, @sortKey, @createdAt, @updatedAt, NULL)`,
  ).run(annotationColumns(note));
  writeTags(db, note.id, note.tags);
}

/** Overwrites every column of an existing note (an import or restore that is newer than ours). */
function replaceAnnotation(db: SqliteDatabase, note: StoredAnnotation): void {
  statement(
    db,
    `UPDATE annotations SET report_id = @reportId, target_kind = @kind, lang = @lang, section_key = @sectionKey,
       indicator_id = @indicatorId, position_start = @start, position_end = @end, quote_exact = @exact,
       quote_prefix = @prefix, quote_suffix = @suffix, anchor_state = @state, colour = @colour, body = @body,
       sort_key = @sortKey, created_at = @createdAt, updated_at = @updatedAt, deleted_at = NULL
     WHERE id = @id`,
  ).run(annotationColumns(note));
  writeTags(db, note.id, note.tags);
}

function writeTags(db: SqliteDatabase, id: string, tags: readonly string[]): void {
  statement(db, 'DELETE FROM annotation_tags WHERE annotation_id = ?').run(id);
  const insert = statement(db, 'INSERT INTO annotation_tags (annotation_id, tag) VALUES (?, ?)');
  for (const tag of uniqueTags(tags)) insert.run(id, tag);
}

function readRow(db: SqliteDatabase, id: string): AnnotationRow | undefined {
  return statement(db, `${SELECT_ANNOTATION} WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
}

/** Escapes LIKE's wildcards so the councillor's "%" or "_" match themselves. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export class AnnotationStore {
  constructor(private readonly db: SqliteDatabase) {}

  get(id: string): Annotation | null {
    const row = readRow(this.db, id);
    return row && row.deleted_at === null ? toAnnotation(row) : null;
  }

  /** A new note; its quote and context are cut from the stored text, never taken from the caller. */
  create(note: NewAnnotation, now: string): Annotation {
    const db = this.db;
    return db.transaction(() => {
      if (!statement(db, 'SELECT 1 FROM reports WHERE id = ?').get(note.reportId)) {
        throw new AppFailure('not_found', `No report with id ${note.reportId}`);
      }
      const { target } = note;
      let placement: Placement;
      let lang: Language | null = null;
      if (target.kind === 'indicator') {
        const indicator = indicatorById(db, target.indicatorId);
        if (!indicator) throw new AppFailure('not_found', `No indicator with id ${target.indicatorId}`);
        placement = placeIndicator(db, note.reportId, indicator.id, indicator.code ?? indicator.key);
      } else {
        lang = target.lang;
        const section = currentSection(db, note.reportId, target.lang, target.sectionKey);
        if (!section) throw new AppFailure('not_found', `No section "${target.sectionKey}" in the ${target.lang} version of report ${note.reportId}`);
        if (target.kind === 'section') {
          placement = { state: 'placed', sectionKey: section.key, indicatorId: null, selector: null, label: section.heading, sortKey: documentSortKey(section.ordinal, 0) };
        } else {
          if (target.end > section.text.length) {
            throw new AppFailure('invalid_input', `annotations.create: [${target.start}, ${target.end}) is outside the section's ${section.text.length} characters`);
          }
          const range = trimRange(section.text, target.start, target.end);
          if (!range) throw new AppFailure('invalid_input', 'annotations.create: the selection holds only white space');
          placement = {
            state: 'placed',
            sectionKey: section.key,
            indicatorId: null,
            selector: createTextSelector(section.text, range.start, range.end),
            label: null,
            sortKey: documentSortKey(section.ordinal, range.start),
          };
        }
      }
      insertAnnotation(db, {
        id: note.id,
        reportId: note.reportId,
        kind: target.kind,
        lang,
        placement,
        colour: note.colour,
        body: note.body,
        tags: note.tags,
        createdAt: now,
        updatedAt: now,
      });
      return toAnnotation(readRow(db, note.id)!);
    }).immediate();
  }

  /** The autosave path: one row (and its tags when given), nothing else. */
  update(id: string, patch: AnnotationPatch, now: string): Annotation {
    const db = this.db;
    return db.transaction(() => {
      const result = statement(
        db,
        `UPDATE annotations SET body = COALESCE(?, body), colour = COALESCE(?, colour), updated_at = ?
         WHERE id = ? AND deleted_at IS NULL`,
      ).run(patch.body ?? null, patch.colour ?? null, now, id);
      if (result.changes === 0) throw new AppFailure('not_found', `No annotation ${id}`);
      if (patch.tags !== undefined) writeTags(db, id, patch.tags);
      return toAnnotation(readRow(db, id)!);
    }).immediate();
  }

  /** Soft delete: the row stays so Undo (restore) brings back exactly what was there. */
  delete(id: string, now: string): DeletedAnnotation {
    const db = this.db;
    return db.transaction(() => {
      const row = readRow(db, id);
      if (!row || row.deleted_at !== null) throw new AppFailure('not_found', `No annotation ${id}`);
      statement(db, 'UPDATE annotations SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
      return { annotation: toAnnotation(row), deletedAt: now };
    }).immediate();
  }

  restore(id: string, now: string): Annotation {
    const db = this.db;
    return db.transaction(() => {
      const result = statement(db, 'UPDATE annotations SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(now, id);
      if (result.changes === 0) {
        if (this.get(id)) return this.get(id)!;
        throw new AppFailure('not_found', `No deleted annotation ${id}`);
      }
      return toAnnotation(readRow(db, id)!);
    }).immediate();
  }

  /** One report's notes in document order (unplaced last), optionally of one colour or tag. */
  listForReport(reportId: number, filter: AnnotationFilter = {}): Annotation[] {
    if (!statement(this.db, 'SELECT 1 FROM reports WHERE id = ?').get(reportId)) throw new AppFailure('not_found', `No report with id ${reportId}`);
    const rows = statement(
      this.db,
      `${SELECT_ANNOTATION}
       WHERE a.report_id = ? AND a.deleted_at IS NULL
         AND (? IS NULL OR a.colour = ?)
         AND (? IS NULL OR EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id AND t.tag = ?))
       ORDER BY a.sort_key, a.created_at, a.id`,
    ).all(reportId, filter.colour ?? null, filter.colour ?? null, filter.tag ?? null, filter.tag ?? null) as AnnotationRow[];
    return rows.map(toAnnotation);
  }

  /**
   * Every note across the library (My notes), newest meeting first, each report's notes in
   * document order. `text` is a phrase looked for in the note, the quoted passage and the tags,
   * ignoring case and accents; ranked full-text search is the search area's (FTS5) job.
   */
  listAll(filter: AnnotationFilter & { readonly text?: string | undefined } = {}): AnnotationListItem[] {
    // Folded by the search area's rule (case, accents, apostrophes: "ynglyn" finds "ynglŷn"),
    // through the SQL function every connection registers (electron/store/search-functions.ts).
    const phrase = filter.text === undefined ? '' : foldSearchText(filter.text).replace(/\s+/g, ' ').trim();
    const text = phrase === '' ? null : likePattern(phrase);
    const rows = statement(
      this.db,
      `SELECT a.*, r.key AS report_key, r.period, m.meeting_date, c.name_en AS committee_en, c.name_cy AS committee_cy,
         i.key AS indicator_key, i.code AS indicator_code, i.title_en AS indicator_title_en, i.title_cy AS indicator_title_cy,
         (SELECT json_group_array(tag) FROM (SELECT tag FROM annotation_tags t WHERE t.annotation_id = a.id ORDER BY t.rowid)) AS tags,
         (SELECT title FROM report_versions v WHERE v.report_id = r.id AND v.lang = 'en' ORDER BY v.revision DESC LIMIT 1) AS title_en,
         (SELECT title FROM report_versions v WHERE v.report_id = r.id AND v.lang = 'cy' ORDER BY v.revision DESC LIMIT 1) AS title_cy,
         CASE WHEN a.anchor_state = 'placed' AND a.section_key IS NOT NULL THEN
           (SELECT s.heading FROM sections s JOIN report_versions v ON v.id = s.version_id
            WHERE v.report_id = a.report_id AND v.lang = a.lang AND s.key = a.section_key ORDER BY v.revision DESC LIMIT 1)
         END AS section_heading
       FROM annotations a
       JOIN reports r ON r.id = a.report_id
       JOIN meetings m ON m.id = r.meeting_id
       JOIN committees c ON c.id = m.committee_id
       LEFT JOIN indicators i ON i.id = a.indicator_id
       WHERE a.deleted_at IS NULL
         AND (? IS NULL OR a.colour = ?)
         AND (? IS NULL OR EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id AND t.tag = ?))
         AND (? IS NULL
              OR briffio_fold_en(a.body) LIKE ? ESCAPE '\\'
              OR briffio_fold_en(COALESCE(a.quote_exact, '')) LIKE ? ESCAPE '\\'
              OR EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id AND briffio_fold_en(t.tag) LIKE ? ESCAPE '\\'))
       ORDER BY m.meeting_date DESC, r.id DESC, a.sort_key, a.created_at, a.id`,
    ).all(filter.colour ?? null, filter.colour ?? null, filter.tag ?? null, filter.tag ?? null, text, text, text, text) as ListRow[];
    // The paragraph each placed passage starts in, for links that open the report there; each
    // section is measured once however many notes it holds.
    const layouts = new Map<string, BlockLayout | undefined>();
    const blockIndexOf = (note: Annotation): number | null => {
      const { target } = note;
      if (target.kind !== 'text' || note.anchorState !== 'placed') return null;
      const key = `${note.reportId}\n${target.lang}\n${target.sectionKey}`;
      if (!layouts.has(key)) layouts.set(key, currentSectionLayout(this.db, note.reportId, target.lang, target.sectionKey));
      const layout = layouts.get(key);
      return layout ? (rangeInBlocks(layout, target.start, target.end)[0]?.blockIndex ?? null) : null;
    };
    return rows.map((row) => {
      const note = toAnnotation(row);
      return {
        ...note,
        report: {
          title: { ...(row.title_en !== null ? { en: row.title_en } : {}), ...(row.title_cy !== null ? { cy: row.title_cy } : {}) },
          period: row.period,
          meetingDate: row.meeting_date,
          committeeName: { en: row.committee_en, cy: row.committee_cy },
        },
        sectionHeading: row.section_heading,
        blockIndex: blockIndexOf(note),
        indicatorTitle: row.indicator_title_en !== null && row.indicator_title_cy !== null ? { en: row.indicator_title_en, cy: row.indicator_title_cy } : null,
      };
    });
  }

  /** Every note that is not deleted, report by report in document order: what an export holds. */
  exportAll(): Annotation[] {
    const rows = statement(this.db, `${SELECT_ANNOTATION} WHERE a.deleted_at IS NULL ORDER BY r.key, a.sort_key, a.created_at, a.id`).all() as AnnotationRow[];
    return rows.map(toAnnotation);
  }

  /**
   * Merges annotations read from a W3C file, in one transaction. Idempotent: a note already
   * here (same id) is only overwritten by a copy modified later, so a second import of the same
   * file changes nothing. A note whose report is not in this library is skipped with its
   * report's key (import that report, then import the file again); nothing is dropped silently.
   */
  importAnnotations(annotations: readonly ImportedAnnotation[]): AnnotationImportSummary {
    return this.db.transaction(() => mergeAnnotations(this.db, annotations)).immediate();
  }
}

/** The merge behind W3C import and backup restore; the caller holds the transaction. */
export function mergeAnnotations(db: SqliteDatabase, annotations: readonly ImportedAnnotation[], deletedAt: ReadonlyMap<string, string> = new Map()): AnnotationImportSummary {
  const reports = new Map<string, number | null>();
  const sectionsByReport = new Map<number, Map<Language, SectionText[]>>();
  let imported = 0;
  let updated = 0;
  let unchanged = 0;
  let unplaced = 0;
  const skipped: SkippedItem[] = [];
  for (const note of annotations) {
    if (note.target.kind === 'foreign') {
      skipped.push({ id: note.id, reason: 'not_briffio_target', detail: note.target.source });
      continue;
    }
    const reportKey = note.reportKey!;
    if (!reports.has(reportKey)) {
      const row = statement(db, 'SELECT id FROM reports WHERE key = ?').get(reportKey) as { id: number } | undefined;
      reports.set(reportKey, row?.id ?? null);
    }
    const reportId = reports.get(reportKey)!;
    if (reportId === null) {
      skipped.push({ id: note.id, reason: 'report_missing', detail: reportKey });
      continue;
    }
    const existing = statement(db, 'SELECT updated_at FROM annotations WHERE id = ?').get(note.id) as { updated_at: string } | undefined;
    if (existing && Date.parse(existing.updated_at) >= Date.parse(note.updatedAt)) {
      unchanged++;
      continue;
    }
    let sections = sectionsByReport.get(reportId);
    if (!sections) {
      sections = currentSections(db, reportId);
      sectionsByReport.set(reportId, sections);
    }
    const { target } = note;
    let placement: Placement;
    if (target.kind === 'text') placement = placeText(sections, target.lang, target.sectionKey, target.selector);
    else if (target.kind === 'section') placement = placeSection(sections, target.lang, target.sectionKey, target.heading);
    else {
      const indicator = indicatorByCodeOrKey(db, target.indicator);
      placement = placeIndicator(db, reportId, indicator?.id ?? null, indicator ? (indicator.code ?? indicator.key) : target.indicator);
    }
    const stored: StoredAnnotation = {
      id: note.id,
      reportId,
      kind: target.kind,
      lang: target.kind === 'indicator' ? null : target.lang,
      placement,
      colour: note.colour,
      body: note.body,
      tags: note.tags,
      createdAt: note.createdAt,
      updatedAt: note.updatedAt,
    };
    if (existing) {
      replaceAnnotation(db, stored);
      updated++;
    } else {
      insertAnnotation(db, stored);
      imported++;
    }
    const deleted = deletedAt.get(note.id);
    if (deleted !== undefined) statement(db, 'UPDATE annotations SET deleted_at = ? WHERE id = ?').run(deleted, note.id);
    if (placement.state === 'unplaced') unplaced++;
  }
  return { outcome: 'imported', imported, updated, unchanged, unplaced, skipped };
}

/**
 * Re-attaches a report's notes to its current text after a revised version arrived. Called by
 * writePack inside the same transaction, so a revision and its re-anchoring commit together.
 * A note that cannot be placed becomes `unplaced` with its last quote; none is deleted. The
 * note's `updated_at` is left alone: the councillor did not edit it, and merging copies between
 * laptops compares that time.
 */
export function reanchorReportAnnotations(db: SqliteDatabase, reportId: number): { placed: number; unplaced: number } {
  const rows = statement(db, `${SELECT_ANNOTATION} WHERE a.report_id = ?`).all(reportId) as AnnotationRow[];
  if (rows.length === 0) return { placed: 0, unplaced: 0 };
  const sections = currentSections(db, reportId);
  const write = statement(
    db,
    `UPDATE annotations SET section_key = ?, indicator_id = ?, position_start = ?, position_end = ?, quote_exact = ?,
       quote_prefix = ?, quote_suffix = ?, anchor_state = ?, sort_key = ? WHERE id = ?`,
  );
  let placed = 0;
  let unplaced = 0;
  for (const row of rows) {
    const note = toAnnotation(row);
    const { target } = note;
    let placement: Placement;
    if (target.kind === 'text') placement = placeText(sections, target.lang, target.sectionKey, target);
    else if (target.kind === 'section') placement = placeSection(sections, target.lang, target.sectionKey, target.heading);
    else placement = placeIndicator(db, reportId, target.indicatorId, target.label);
    const columns = [
      placement.sectionKey,
      placement.indicatorId,
      placement.selector?.start ?? null,
      placement.selector?.end ?? null,
      placement.selector?.exact ?? placement.label,
      placement.selector?.prefix ?? null,
      placement.selector?.suffix ?? null,
      placement.state,
      placement.sortKey,
    ];
    const before = [
      row.section_key,
      row.indicator_id,
      row.position_start,
      row.position_end,
      row.quote_exact,
      row.quote_prefix,
      row.quote_suffix,
      row.anchor_state,
      row.sort_key,
    ];
    // Untouched passages are not rewritten, so the search index's triggers only see real moves.
    if (columns.some((value, index) => value !== before[index])) write.run(...columns, row.id);
    if (placement.state === 'placed') placed++;
    else unplaced++;
  }
  return { placed, unplaced };
}
