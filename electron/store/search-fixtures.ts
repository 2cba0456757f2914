import { SEARCH_GROUPS } from '../../shared/search';
import type { SqliteDatabase } from './database';
import { statement } from './statements';

/**
 * Rows for the search tests and benchmark. The annotation and question features (built later)
 * own the real writes; until then the tests need notes and questions in the tables the search
 * triggers watch. Plain INSERT/UPDATE/DELETE with bound values, exactly what those features will
 * issue, so the tests prove the triggers react to any writer.
 */

export interface NoteRow {
  readonly id: string;
  readonly reportId: number;
  readonly body: string;
  readonly sectionKey?: string | null;
  readonly quote?: string | null;
  readonly lang?: 'en' | 'cy' | null;
  readonly indicatorId?: number | null;
  readonly tags?: readonly string[];
  readonly now: string;
}

export function insertNote(db: SqliteDatabase, note: NoteRow): void {
  statement(
    db,
    `INSERT INTO annotations (id, report_id, target_kind, lang, section_key, indicator_id, quote_exact, colour, body, sort_key, created_at, updated_at)
     VALUES (@id, @reportId, @targetKind, @lang, @sectionKey, @indicatorId, @quote, 'yellow', @body, @id, @now, @now)`,
  ).run({
    id: note.id,
    reportId: note.reportId,
    targetKind: note.indicatorId ? 'indicator' : note.quote ? 'text' : 'section',
    lang: note.lang ?? null,
    sectionKey: note.sectionKey ?? null,
    indicatorId: note.indicatorId ?? null,
    quote: note.quote ?? null,
    body: note.body,
    now: note.now,
  });
  for (const tag of note.tags ?? []) addNoteTag(db, note.id, tag);
}

export function updateNoteBody(db: SqliteDatabase, id: string, body: string, now: string): void {
  statement(db, 'UPDATE annotations SET body = ?, updated_at = ? WHERE id = ?').run(body, now, id);
}

export function softDeleteNote(db: SqliteDatabase, id: string, now: string): void {
  statement(db, 'UPDATE annotations SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
}

export function deleteNote(db: SqliteDatabase, id: string): void {
  statement(db, 'DELETE FROM annotations WHERE id = ?').run(id);
}

export function addNoteTag(db: SqliteDatabase, id: string, tag: string): void {
  statement(db, 'INSERT INTO annotation_tags (annotation_id, tag) VALUES (?, ?)').run(id, tag);
}

export function removeNoteTag(db: SqliteDatabase, id: string, tag: string): void {
  statement(db, 'DELETE FROM annotation_tags WHERE annotation_id = ? AND tag = ?').run(id, tag);
}

export interface QuestionRow {
  readonly id: string;
  readonly meetingId: number;
  readonly text: string;
  readonly answerNotes?: string;
  readonly position?: string;
  readonly now: string;
}

export function insertQuestion(db: SqliteDatabase, question: QuestionRow): void {
  statement(
    db,
    `INSERT INTO questions (id, meeting_id, text, addressed_to, position, answer_notes, created_at, updated_at)
     VALUES (@id, @meetingId, @text, 'director', @position, @answerNotes, @now, @now)`,
  ).run({
    id: question.id,
    meetingId: question.meetingId,
    text: question.text,
    position: question.position ?? question.id,
    answerNotes: question.answerNotes ?? '',
    now: question.now,
  });
}

export function updateQuestion(db: SqliteDatabase, id: string, text: string, answerNotes: string, now: string): void {
  statement(db, 'UPDATE questions SET text = ?, answer_notes = ?, updated_at = ? WHERE id = ?').run(text, answerNotes, now, id);
}

export function softDeleteQuestion(db: SqliteDatabase, id: string, now: string): void {
  statement(db, 'UPDATE questions SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
}

/** The id of the meeting a report was presented at. */
export function meetingOfReport(db: SqliteDatabase, reportId: number): number {
  return (statement(db, 'SELECT meeting_id FROM reports WHERE id = ?').get(reportId) as { meeting_id: number }).meeting_id;
}

/** Edits one passage's text in place, as a correction feature would. */
export function updateBlockText(db: SqliteDatabase, reportId: number, lang: 'en' | 'cy', sectionKey: string, blockIndex: number, text: string): void {
  statement(
    db,
    `UPDATE blocks SET text = @text WHERE id = (
       SELECT b.id FROM blocks b JOIN sections s ON s.id = b.section_id JOIN report_versions v ON v.id = s.version_id
       WHERE v.report_id = @report AND v.lang = @lang AND s.key = @section
         AND v.revision = (SELECT MAX(revision) FROM report_versions w WHERE w.report_id = v.report_id AND w.lang = v.lang)
       ORDER BY b.ordinal LIMIT 1 OFFSET @index)`,
  ).run({ text, report: reportId, lang, section: sectionKey, index: blockIndex });
}

/** Deletes a report with everything hanging from it (its notes first: they restrict the delete). */
export function deleteReport(db: SqliteDatabase, reportId: number): void {
  db.transaction(() => {
    statement(db, 'DELETE FROM annotations WHERE report_id = ?').run(reportId);
    statement(db, 'DELETE FROM reports WHERE id = ?').run(reportId);
  })();
}

/** Removes the newest revision of one language version, so the one before becomes current. */
export function deleteNewestRevision(db: SqliteDatabase, reportId: number, lang: 'en' | 'cy'): void {
  statement(
    db,
    `DELETE FROM report_versions WHERE id = (
       SELECT id FROM report_versions WHERE report_id = ? AND lang = ? ORDER BY revision DESC LIMIT 1)`,
  ).run(reportId, lang);
}

/** Counts of what the index holds, by kind. */
export function searchEntryCounts(db: SqliteDatabase): Record<string, number> {
  const rows = statement(db, 'SELECT kind, COUNT(*) AS n FROM search_entries GROUP BY kind').all() as { kind: string; n: number }[];
  const counts: Record<string, number> = Object.fromEntries(rows.map((row) => [row.kind, row.n]));
  for (const kind of ['text', 'stem'] as const) {
    counts[`${kind}Rows`] = SEARCH_GROUPS.reduce(
      (sum, group) => sum + (statement(db, `SELECT COUNT(*) AS n FROM search_${group}_${kind}`).get() as { n: number }).n,
      0,
    );
  }
  return counts;
}
