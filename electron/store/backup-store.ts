import type { ImportedAnnotation, SkippedItem } from '../../shared/annotation-model';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupAnnotation,
  type BackupDocument,
  type BackupQuestion,
  type BackupReference,
  type BackupRestoreSummary,
  type BackupRow,
} from '../../shared/backup-model';
import type { Settings } from '../../shared/domain';
import { mergeAnnotations } from './annotation-store';
import type { SqliteDatabase } from './database';
import { readSettings, writeSettings } from './settings-store';
import { statement } from './statements';

/**
 * Backup and restore of private data (shared/backup-model.ts describes the document). Reading
 * happens in one read transaction, so a backup is a consistent snapshot even while the
 * councillor keeps typing; restoring happens in one write transaction, so it applies entirely or
 * not at all.
 */

type Scalar = string | number | null;

interface AnnotationBackupRow {
  id: string;
  report_key: string;
  target_kind: 'text' | 'section' | 'indicator';
  lang: 'en' | 'cy' | null;
  section_key: string | null;
  indicator_key: string | null;
  position_start: number | null;
  position_end: number | null;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  anchor_state: 'placed' | 'unplaced';
  colour: BackupAnnotation['colour'];
  body: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  tags: string;
}

function toBackupAnnotation(row: AnnotationBackupRow): BackupAnnotation {
  let target: BackupAnnotation['target'];
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
    const label = row.quote_exact ?? '';
    target = { kind: 'indicator', indicator: row.indicator_key ?? label, label };
  }
  return {
    id: row.id,
    reportKey: row.report_key,
    target,
    anchorState: row.anchor_state,
    colour: row.colour,
    body: row.body,
    tags: JSON.parse(row.tags) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toImported(note: BackupAnnotation): ImportedAnnotation {
  const { target } = note;
  return {
    id: note.id,
    reportKey: note.reportKey,
    target:
      target.kind === 'text'
        ? { kind: 'text', lang: target.lang, sectionKey: target.sectionKey, selector: target }
        : target.kind === 'section'
          ? target
          : { kind: 'indicator', indicator: target.indicator },
    colour: note.colour,
    body: note.body,
    tags: note.tags,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
}

// ── Generic rows: questions and their evidence, references as stable keys ────────────────────

/** Tables private rows may point at, and how each is named by a stable key. */
const REFERENCED_TABLES = ['reports', 'meetings', 'indicators', 'measurements'] as const;
type ReferencedTable = (typeof REFERENCED_TABLES)[number];

function foreignKeys(db: SqliteDatabase, table: string): Map<string, ReferencedTable> {
  const rows = db.pragma(`foreign_key_list(${table})`) as { table: string; from: string }[];
  const columns = new Map<string, ReferencedTable>();
  for (const row of rows) {
    if ((REFERENCED_TABLES as readonly string[]).includes(row.table)) columns.set(row.from, row.table as ReferencedTable);
  }
  return columns;
}

function tableColumns(db: SqliteDatabase, table: string): Set<string> {
  return new Set((db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name));
}

function referenceFor(db: SqliteDatabase, table: ReferencedTable, id: number): BackupReference | null {
  switch (table) {
    case 'reports': {
      const row = statement(db, 'SELECT key FROM reports WHERE id = ?').get(id) as { key: string } | undefined;
      return row ? { table, report: row.key } : null;
    }
    case 'meetings': {
      const row = statement(db, 'SELECT c.key, m.meeting_date FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = ?').get(id) as
        | { key: string; meeting_date: string }
        | undefined;
      return row ? { table, committee: row.key, date: row.meeting_date } : null;
    }
    case 'indicators': {
      const row = statement(db, 'SELECT key FROM indicators WHERE id = ?').get(id) as { key: string } | undefined;
      return row ? { table, indicator: row.key } : null;
    }
    case 'measurements': {
      const row = statement(
        db,
        `SELECT i.key AS indicator, m.period, m.dimension, r.key AS report
         FROM measurements m JOIN indicators i ON i.id = m.indicator_id JOIN reports r ON r.id = m.source_report_id WHERE m.id = ?`,
      ).get(id) as { indicator: string; period: string; dimension: string; report: string } | undefined;
      return row ? { table, ...row } : null;
    }
  }
}

function resolveReference(db: SqliteDatabase, reference: BackupReference): number | null {
  let row: { id: number } | undefined;
  switch (reference.table) {
    case 'reports':
      row = statement(db, 'SELECT id FROM reports WHERE key = ?').get(reference.report) as { id: number } | undefined;
      break;
    case 'meetings':
      row = statement(db, 'SELECT m.id FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE c.key = ? AND m.meeting_date = ?').get(
        reference.committee,
        reference.date,
      ) as { id: number } | undefined;
      break;
    case 'indicators':
      row = statement(db, 'SELECT id FROM indicators WHERE key = ?').get(reference.indicator) as { id: number } | undefined;
      break;
    case 'measurements':
      row = statement(
        db,
        `SELECT m.id FROM measurements m JOIN indicators i ON i.id = m.indicator_id JOIN reports r ON r.id = m.source_report_id
         WHERE i.key = ? AND m.period = ? AND m.dimension = ? AND r.key = ?`,
      ).get(reference.indicator, reference.period, reference.dimension, reference.report) as { id: number } | undefined;
      break;
  }
  return row?.id ?? null;
}

/** A stored row with its references to library rows replaced by keys; `omit` drops local-only columns. */
function toBackupRow(db: SqliteDatabase, row: Record<string, Scalar>, references: Map<string, ReferencedTable>, omit: readonly string[]): BackupRow {
  const columns: Record<string, Scalar> = {};
  const keyed: Record<string, BackupReference> = {};
  for (const [column, value] of Object.entries(row)) {
    if (omit.includes(column)) continue;
    const table = references.get(column);
    if (table && typeof value === 'number') {
      const reference = referenceFor(db, table, value);
      if (reference) keyed[column] = reference;
      else columns[column] = null;
    } else {
      columns[column] = value;
    }
  }
  return { columns, references: keyed };
}

/**
 * Turns a backup row back into column values for this library. A reference that cannot be
 * resolved becomes NULL (evidence keeps its snapshot text) unless the column is required, in
 * which case the reference is returned as missing.
 */
function fromBackupRow(
  db: SqliteDatabase,
  row: BackupRow,
  known: Set<string>,
  required: ReadonlySet<string>,
): { values: Map<string, Scalar>; missing: BackupReference | null } {
  const values = new Map<string, Scalar>();
  for (const [column, value] of Object.entries(row.columns)) if (known.has(column)) values.set(column, value);
  for (const [column, reference] of Object.entries(row.references)) {
    if (!known.has(column)) continue;
    const id = resolveReference(db, reference);
    if (id === null && required.has(column)) return { values, missing: reference };
    values.set(column, id);
  }
  return { values, missing: null };
}

function describeReference(reference: BackupReference): string {
  switch (reference.table) {
    case 'reports':
      return reference.report;
    case 'meetings':
      return `${reference.committee} ${reference.date}`;
    case 'indicators':
      return reference.indicator;
    case 'measurements':
      return `${reference.report} ${reference.indicator} ${reference.period}`;
  }
}

/** Column names come from the table's own schema (PRAGMA table_info), never from the file. */
function insertRow(db: SqliteDatabase, table: 'questions' | 'question_evidence', values: Map<string, Scalar>): void {
  const columns = [...values.keys()];
  const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  statement(db, sql).run(...values.values());
}

function updateQuestion(db: SqliteDatabase, id: string, values: Map<string, Scalar>): void {
  const columns = [...values.keys()].filter((column) => column !== 'id');
  const sql = `UPDATE questions SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`;
  statement(db, sql).run(...columns.map((column) => values.get(column)!), id);
}

export class BackupStore {
  constructor(private readonly db: SqliteDatabase) {}

  /** A consistent snapshot of all private data as a backup document. */
  exportDocument(meta: { readonly createdAt: string; readonly appVersion: string; readonly schemaVersion: number }): BackupDocument {
    const db = this.db;
    return db.transaction((): BackupDocument => {
      const settings: Settings = readSettings(db);
      const annotations = (
        statement(
          db,
          `SELECT a.*, r.key AS report_key, i.key AS indicator_key,
             (SELECT json_group_array(tag) FROM (SELECT tag FROM annotation_tags t WHERE t.annotation_id = a.id ORDER BY t.rowid)) AS tags
           FROM annotations a JOIN reports r ON r.id = a.report_id LEFT JOIN indicators i ON i.id = a.indicator_id
           ORDER BY a.created_at, a.id`,
        ).all() as AnnotationBackupRow[]
      ).map(toBackupAnnotation);

      const questionRefs = foreignKeys(db, 'questions');
      const evidenceRefs = foreignKeys(db, 'question_evidence');
      const evidenceOf = statement(db, 'SELECT * FROM question_evidence WHERE question_id = ? ORDER BY ordinal');
      const questions: BackupQuestion[] = (statement(db, 'SELECT * FROM questions ORDER BY created_at, id').all() as Record<string, Scalar>[]).map(
        (row) => ({
          ...toBackupRow(db, row, questionRefs, []),
          evidence: (evidenceOf.all(row['id']) as Record<string, Scalar>[]).map((evidence) =>
            // Evidence row ids are local; the question it belongs to is the enclosing one.
            toBackupRow(db, evidence, evidenceRefs, ['id', 'question_id']),
          ),
        }),
      );
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: meta.createdAt,
        appVersion: meta.appVersion,
        schemaVersion: meta.schemaVersion,
        data: {
          settings: { language: settings.language, languageChosen: settings.languageChosen, textSize: settings.textSize, theme: settings.theme },
          annotations,
          questions,
        },
      };
    })();
  }

  /**
   * Merges a validated backup into this library in one transaction: by id, the newer copy
   * (`updated_at`) wins, so restoring twice changes nothing the second time. Settings are set
   * to the backup's. A question whose meeting is not in this library is skipped and reported.
   */
  restore(document: BackupDocument): BackupRestoreSummary {
    const db = this.db;
    return db.transaction((): BackupRestoreSummary => {
      writeSettings(db, document.data.settings);
      const deletedAt = new Map<string, string>();
      for (const note of document.data.annotations) if (note.deletedAt !== null) deletedAt.set(note.id, note.deletedAt);
      const annotations = mergeAnnotations(db, document.data.annotations.map(toImported), deletedAt);
      const questions = this.restoreQuestions(document.data.questions);
      return {
        outcome: 'restored',
        annotations: { imported: annotations.imported, updated: annotations.updated, unchanged: annotations.unchanged, unplaced: annotations.unplaced },
        questions: questions.counts,
        settingsRestored: true,
        skipped: [...annotations.skipped, ...questions.skipped],
      };
    }).immediate();
  }

  private restoreQuestions(questions: readonly BackupQuestion[]): { counts: BackupRestoreSummary['questions']; skipped: SkippedItem[] } {
    const db = this.db;
    const questionColumns = tableColumns(db, 'questions');
    const evidenceColumns = tableColumns(db, 'question_evidence');
    evidenceColumns.delete('id');
    const required = new Set(['meeting_id']);
    const skipped: SkippedItem[] = [];
    let imported = 0;
    let updated = 0;
    let unchanged = 0;
    const written: { id: string; carriedFrom: Scalar }[] = [];
    for (const question of questions) {
      // The document schema guarantees a text id and updated_at (backupQuestionSchema).
      const id = question.columns['id'] as string;
      const { values, missing } = fromBackupRow(db, question, questionColumns, required);
      if (missing) {
        skipped.push({ id, reason: 'meeting_missing', detail: describeReference(missing) });
        continue;
      }
      const existing = statement(db, 'SELECT updated_at FROM questions WHERE id = ?').get(id) as { updated_at: string } | undefined;
      const incoming = question.columns['updated_at'] as string;
      if (existing && Date.parse(existing.updated_at) >= Date.parse(incoming)) {
        unchanged++;
        continue;
      }
      // A question carried forward points at its original, which may be restored after it:
      // the link is set once every question is in.
      const carriedFrom = values.get('carried_from_id') ?? null;
      values.set('carried_from_id', null);
      if (existing) {
        updateQuestion(db, id, values);
        statement(db, 'DELETE FROM question_evidence WHERE question_id = ?').run(id);
        updated++;
      } else {
        insertRow(db, 'questions', values);
        imported++;
      }
      for (const evidence of question.evidence) {
        const row = fromBackupRow(db, evidence, evidenceColumns, new Set());
        row.values.set('question_id', id);
        // Evidence may cite a note that was skipped (its report is missing here): the link goes,
        // the snapshot text stays readable.
        const annotationId = row.values.get('annotation_id');
        if (typeof annotationId === 'string' && !statement(db, 'SELECT 1 FROM annotations WHERE id = ?').get(annotationId)) {
          row.values.set('annotation_id', null);
        }
        insertRow(db, 'question_evidence', row.values);
      }
      written.push({ id, carriedFrom });
    }
    const link = statement(db, 'UPDATE questions SET carried_from_id = ? WHERE id = ? AND EXISTS (SELECT 1 FROM questions WHERE id = ?)');
    for (const { id, carriedFrom } of written) {
      if (typeof carriedFrom !== 'string') continue;
      try {
        link.run(carriedFrom, id, carriedFrom);
      } catch (error) {
        // Both laptops carried the same question into the same meeting: keep both questions,
        // and let only the copy already here hold the link (the database allows one).
        if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      }
    }
    return { counts: { imported, updated, unchanged }, skipped };
  }
}
