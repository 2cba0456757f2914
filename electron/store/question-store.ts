import { randomUUID } from 'node:crypto';
import type { Language } from '../../shared/languages';
import {
  applyRewrites,
  isStrictlyOrdered,
  isValidKey,
  keyBetween,
  moveDown,
  moveTo,
  moveUp,
  planAppend,
  type KeyRewrite,
  type Ordered,
} from '../../shared/ordering';
import type { EvidenceInput, QuestionCreateInput, QuestionMoveInput, QuestionUpdateInput } from '../../shared/question-contract';
import {
  carriedStatus,
  EMPTY_SNAPSHOT,
  evidenceState,
  QUESTION_LIMITS,
  UNANSWERED_STATUSES,
  type Addressee,
  type CarryForwardResult,
  type EvidenceKind,
  type EvidenceLink,
  type EvidenceSnapshot,
  type EvidenceView,
  type ListChange,
  type MeetingCreated,
  type MeetingOverview,
  type Priority,
  type QuestionDeleted,
  type QuestionHistoryEntry,
  type QuestionListView,
  type QuestionMoved,
  type QuestionRecord,
  type QuestionStatus,
  type QuestionView,
} from '../../shared/question-model';
import { AppFailure } from '../../shared/result';
import type { SqliteDatabase } from './database';
import { EvidenceResolver, linkOf } from './question-evidence';
import { groupBy } from './group-by';
import { statement } from './statements';

/**
 * Meetings' question lists: all their SQL. Questions are the councillor's private work, so every
 * change is one short transaction (autosave writes one row; a move rewrites one position key), a
 * delete is soft (undo restores it), and carrying forward copies rather than moves, so each
 * meeting keeps what happened at it.
 */

interface MeetingRow {
  id: number;
  meeting_date: string;
  committee_id: number;
  committee_key: string;
  name_en: string;
  name_cy: string;
  council_en: string;
  council_cy: string;
  report_count: number;
  question_count: number;
  unanswered_count: number;
}

interface QuestionRow {
  id: string;
  meeting_id: number;
  text: string;
  addressed_to: Addressee;
  addressed_role: string | null;
  priority: Priority;
  position: string;
  status: QuestionStatus;
  answer_notes: string;
  carried_from_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  asked_at: string | null;
  answered_at: string | null;
}

interface EvidenceRow {
  id: number;
  question_id: string;
  ordinal: number;
  kind: EvidenceKind;
  report_id: number | null;
  section_key: string | null;
  block_number: string | null;
  indicator_id: number | null;
  annotation_id: string | null;
  quote: string | null;
  snapshot: string;
  lang: Language | null;
  block_index: number | null;
  period: string | null;
  compare_period: string | null;
  dimension: string | null;
  compared_report_id: number | null;
  list_change: ListChange | null;
}

interface CopyRow {
  carried_from_id: string;
  id: string;
  meeting_id: number;
  meeting_date: string;
}

const MEETING_SQL = `
  SELECT m.id, m.meeting_date, c.id AS committee_id, c.key AS committee_key, c.name_en, c.name_cy, c.council_en, c.council_cy,
    (SELECT COUNT(*) FROM reports r WHERE r.meeting_id = m.id) AS report_count,
    (SELECT COUNT(*) FROM questions q WHERE q.meeting_id = m.id AND q.deleted_at IS NULL) AS question_count,
    (SELECT COUNT(*) FROM questions q WHERE q.meeting_id = m.id AND q.deleted_at IS NULL
       AND q.status IN (SELECT value FROM json_each(?))) AS unanswered_count
  FROM meetings m JOIN committees c ON c.id = m.committee_id`;

const UNANSWERED_JSON = JSON.stringify(UNANSWERED_STATUSES);

function toMeeting(row: MeetingRow): MeetingOverview {
  return {
    id: row.id,
    date: row.meeting_date,
    committee: {
      id: row.committee_id,
      key: row.committee_key,
      name: { en: row.name_en, cy: row.name_cy },
      council: { en: row.council_en, cy: row.council_cy },
    },
    reportCount: row.report_count,
    questionCount: row.question_count,
    unansweredCount: row.unanswered_count,
  };
}

function toRecord(row: QuestionRow): QuestionRecord {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    text: row.text,
    addressedTo: row.addressed_to,
    addressedRole: row.addressed_role,
    priority: row.priority,
    status: row.status,
    answerNotes: row.answer_notes,
    position: row.position,
    carriedFromId: row.carried_from_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    askedAt: row.asked_at,
    answeredAt: row.answered_at,
  };
}

function toLink(row: EvidenceRow): EvidenceLink {
  return {
    reportId: row.report_id,
    sectionKey: row.section_key,
    blockIndex: row.block_index,
    blockNumber: row.block_number,
    lang: row.lang,
    indicatorId: row.indicator_id,
    period: row.period,
    comparePeriod: row.compare_period,
    dimension: row.dimension,
    annotationId: row.annotation_id,
    comparedReportId: row.compared_report_id,
    listChange: row.list_change,
  };
}

function parseSnapshot(text: string): EvidenceSnapshot {
  try {
    const parsed = JSON.parse(text) as Partial<EvidenceSnapshot> | null;
    // Fields added in later versions read as absent rather than breaking older snapshots.
    return parsed && typeof parsed === 'object' ? { ...EMPTY_SNAPSHOT, ...parsed } : EMPTY_SNAPSHOT;
  } catch {
    return EMPTY_SNAPSHOT;
  }
}

/** Same kind and same stable keys: linking it again would add nothing. */
interface StoredEvidence {
  readonly kind: EvidenceKind;
  readonly link: EvidenceLink;
  readonly quote: string | null;
}

function sameLink(a: StoredEvidence, b: StoredEvidence): boolean {
  return a.kind === b.kind && a.quote === b.quote && JSON.stringify(a.link) === JSON.stringify(b.link);
}

export class QuestionStore {
  constructor(private readonly db: SqliteDatabase) {}

  // ── Meetings ───────────────────────────────────────────────────────────────────────────────────

  /** Meetings with their report and question counts, newest first. */
  meetings(committeeId?: number): MeetingOverview[] {
    const rows =
      committeeId === undefined
        ? (statement(this.db, `${MEETING_SQL} ORDER BY m.meeting_date DESC, m.id DESC`).all(UNANSWERED_JSON) as MeetingRow[])
        : (statement(this.db, `${MEETING_SQL} WHERE m.committee_id = ? ORDER BY m.meeting_date DESC, m.id DESC`).all(
            UNANSWERED_JSON,
            committeeId,
          ) as MeetingRow[]);
    return rows.map(toMeeting);
  }

  meeting(meetingId: number): MeetingOverview | null {
    const row = statement(this.db, `${MEETING_SQL} WHERE m.id = ?`).get(UNANSWERED_JSON, meetingId) as MeetingRow | undefined;
    return row ? toMeeting(row) : null;
  }

  /** A meeting not in the library yet (the next one); the existing one when that date is taken. */
  createMeeting(committeeId: number, date: string): MeetingCreated {
    return this.db.transaction(() => {
      if (!statement(this.db, 'SELECT 1 FROM committees WHERE id = ?').get(committeeId)) {
        throw new AppFailure('not_found', `No committee with id ${committeeId}`);
      }
      const inserted = statement(
        this.db,
        'INSERT INTO meetings (committee_id, meeting_date) VALUES (?, ?) ON CONFLICT (committee_id, meeting_date) DO NOTHING',
      ).run(committeeId, date);
      const { id } = statement(this.db, 'SELECT id FROM meetings WHERE committee_id = ? AND meeting_date = ?').get(committeeId, date) as {
        id: number;
      };
      return { ...this.meeting(id)!, created: inserted.changes > 0 };
    })();
  }

  // ── Reading lists ──────────────────────────────────────────────────────────────────────────────

  /** A meeting's list in the councillor's order, each question with its evidence and history. */
  list(meetingId: number): QuestionListView {
    const meeting = this.meeting(meetingId);
    if (!meeting) throw new AppFailure('not_found', `No meeting with id ${meetingId}`);
    const rows = statement(
      this.db,
      'SELECT * FROM questions WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position, id',
    ).all(meetingId) as QuestionRow[];
    // The whole list's evidence and onward copies in one query each, rather than two per question.
    const evidence = groupBy(
      statement(
        this.db,
        `SELECT e.* FROM question_evidence e JOIN questions q ON q.id = e.question_id
         WHERE q.meeting_id = ? AND q.deleted_at IS NULL ORDER BY e.question_id, e.ordinal`,
      ).all(meetingId) as EvidenceRow[],
      (row) => row.question_id,
    );
    const copies = statement(
      this.db,
      `SELECT c.carried_from_id, c.id, c.meeting_id, m.meeting_date FROM questions q
       JOIN questions c ON c.carried_from_id = q.id AND c.deleted_at IS NULL JOIN meetings m ON m.id = c.meeting_id
       WHERE q.meeting_id = ? AND q.deleted_at IS NULL ORDER BY m.meeting_date DESC, c.id DESC`,
    ).all(meetingId) as CopyRow[];
    // Descending order, so the earliest copy of each question is the one left in the map.
    const carriedTo = new Map(copies.map((copy) => [copy.carried_from_id, copy]));
    const resolver = new EvidenceResolver(this.db);
    return { meeting, questions: rows.map((row) => this.view(row, evidence.get(row.id) ?? [], carriedTo.get(row.id), resolver)) };
  }

  /** One question (deleted ones too, for undo), or null. */
  question(id: string): QuestionView | null {
    const row = this.row(id);
    if (!row) return null;
    const evidence = statement(this.db, 'SELECT * FROM question_evidence WHERE question_id = ? ORDER BY ordinal').all(row.id) as EvidenceRow[];
    const copy = statement(
      this.db,
      `SELECT c.carried_from_id, c.id, c.meeting_id, m.meeting_date FROM questions c JOIN meetings m ON m.id = c.meeting_id
       WHERE c.carried_from_id = ? AND c.deleted_at IS NULL ORDER BY m.meeting_date, c.id LIMIT 1`,
    ).get(row.id) as CopyRow | undefined;
    return this.view(row, evidence, copy, new EvidenceResolver(this.db));
  }

  private row(id: string): QuestionRow | undefined {
    return statement(this.db, 'SELECT * FROM questions WHERE id = ?').get(id) as QuestionRow | undefined;
  }

  private liveRow(id: string): QuestionRow {
    const row = this.row(id);
    if (!row || row.deleted_at !== null) throw new AppFailure('not_found', `No question with id ${id}`);
    return row;
  }

  private view(row: QuestionRow, evidence: readonly EvidenceRow[], copy: CopyRow | undefined, resolver: EvidenceResolver): QuestionView {
    return {
      ...toRecord(row),
      evidence: evidence.map((item) => this.evidenceView(item, resolver)),
      history: row.carried_from_id === null ? [] : this.history(row.id),
      carriedTo: copy ? { questionId: copy.id, meetingId: copy.meeting_id, meetingDate: copy.meeting_date } : null,
    };
  }

  private evidenceView(row: EvidenceRow, resolver: EvidenceResolver): EvidenceView {
    const link = toLink(row);
    const snapshot = parseSnapshot(row.snapshot);
    // A whole paragraph is found again by the words it had when linked.
    const current = resolver.resolve(row.kind, link, row.quote, row.quote ?? snapshot.block?.text ?? null);
    return { id: row.id, kind: row.kind, link, snapshot, current, state: evidenceState(row.kind, snapshot, current) };
  }

  /** The meetings a question was carried from, oldest first (the copy chain, walked backwards). */
  private history(id: string): QuestionHistoryEntry[] {
    const rows = statement(
      this.db,
      `WITH RECURSIVE chain(id, depth) AS (
         SELECT carried_from_id, 1 FROM questions WHERE id = ? AND carried_from_id IS NOT NULL
         UNION ALL
         SELECT q.carried_from_id, c.depth + 1 FROM questions q JOIN chain c ON q.id = c.id
         WHERE q.carried_from_id IS NOT NULL AND c.depth < 100
       )
       SELECT q.id, q.meeting_id, m.meeting_date, q.status, q.answer_notes, q.asked_at, q.answered_at
       FROM chain c JOIN questions q ON q.id = c.id JOIN meetings m ON m.id = q.meeting_id
       ORDER BY c.depth DESC`,
    ).all(id) as {
      id: string;
      meeting_id: number;
      meeting_date: string;
      status: QuestionStatus;
      answer_notes: string;
      asked_at: string | null;
      answered_at: string | null;
    }[];
    return rows.map((r) => ({
      questionId: r.id,
      meetingId: r.meeting_id,
      meetingDate: r.meeting_date,
      status: r.status,
      answerNotes: r.answer_notes,
      askedAt: r.asked_at,
      answeredAt: r.answered_at,
    }));
  }

  /** The live questions of a meeting in display order, as ordering items. */
  private order(meetingId: number): Ordered[] {
    return statement(this.db, 'SELECT id, position FROM questions WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position, id').all(
      meetingId,
    ) as Ordered[];
  }

  private writePositions(rewrites: readonly KeyRewrite[], now: string): void {
    const update = statement(this.db, 'UPDATE questions SET position = ?, updated_at = ? WHERE id = ?');
    for (const rewrite of rewrites) update.run(rewrite.position, now, rewrite.id);
  }

  /** A key at the end of a meeting's list, respacing the list first if it has to. */
  private appendPosition(meetingId: number, now: string): string {
    const { position, rewrites } = planAppend(this.order(meetingId));
    this.writePositions(rewrites, now);
    return position;
  }

  // ── Writing ────────────────────────────────────────────────────────────────────────────────────

  create(input: QuestionCreateInput, now: string): QuestionView {
    const id = this.db.transaction(() => {
      if (!this.meeting(input.meetingId)) throw new AppFailure('not_found', `No meeting with id ${input.meetingId}`);
      const questionId = randomUUID();
      statement(
        this.db,
        `INSERT INTO questions (id, meeting_id, text, addressed_to, addressed_role, priority, position, status, answer_notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', '', ?, ?)`,
      ).run(
        questionId,
        input.meetingId,
        input.text,
        input.addressedTo,
        blankToNull(input.addressedRole),
        input.priority ?? 'normal',
        this.appendPosition(input.meetingId, now),
        now,
        now,
      );
      for (const evidence of input.evidence ?? []) this.insertEvidence(questionId, evidence);
      return questionId;
    })();
    return this.question(id)!;
  }

  /** The autosave target: merges the changed fields into one row and writes it. */
  update(patch: QuestionUpdateInput, now: string): QuestionRecord {
    return this.db.transaction(() => {
      const row = this.liveRow(patch.id);
      const status = patch.status ?? row.status;
      let { asked_at: askedAt, answered_at: answeredAt } = row;
      if (status !== row.status) {
        // Answered implies asked; going back to draft or ready clears the meeting's record.
        if (status === 'asked' || status === 'answered') askedAt ??= now;
        if (status === 'answered') answeredAt ??= now;
        if (status === 'asked') answeredAt = null;
        if (status === 'draft' || status === 'ready') [askedAt, answeredAt] = [null, null];
      }
      const next: QuestionRow = {
        ...row,
        text: patch.text ?? row.text,
        addressed_to: patch.addressedTo ?? row.addressed_to,
        addressed_role: patch.addressedRole === undefined ? row.addressed_role : blankToNull(patch.addressedRole),
        priority: patch.priority ?? row.priority,
        status,
        answer_notes: patch.answerNotes ?? row.answer_notes,
        asked_at: askedAt,
        answered_at: answeredAt,
        updated_at: now,
      };
      statement(
        this.db,
        `UPDATE questions SET text = ?, addressed_to = ?, addressed_role = ?, priority = ?, status = ?, answer_notes = ?,
           asked_at = ?, answered_at = ?, updated_at = ? WHERE id = ?`,
      ).run(next.text, next.addressed_to, next.addressed_role, next.priority, next.status, next.answer_notes, askedAt, answeredAt, now, row.id);
      return toRecord(next);
    })();
  }

  /** Moves a question within its list, rewriting one position key (the whole list only if it must be respaced). */
  move(input: QuestionMoveInput, now: string): QuestionMoved {
    return this.db.transaction(() => {
      const row = this.liveRow(input.id);
      const order = this.order(row.meeting_id);
      const rewrites =
        'toIndex' in input ? moveTo(order, row.id, input.toIndex) : input.direction === 'up' ? moveUp(order, row.id) : moveDown(order, row.id);
      this.writePositions(rewrites, now);
      const after = this.order(row.meeting_id);
      return { id: row.id, index: after.findIndex((item) => item.id === row.id), total: after.length, rewrites };
    })();
  }

  delete(id: string, now: string): QuestionDeleted {
    return this.db.transaction(() => {
      const row = this.liveRow(id);
      statement(this.db, 'UPDATE questions SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, row.id);
      return { id: row.id, deletedAt: now };
    })();
  }

  /**
   * Undoes a delete, back in its old place. If another question has since taken that exact key,
   * the restored one goes just after it.
   */
  restore(id: string, now: string): QuestionView {
    this.db.transaction(() => {
      const row = this.row(id);
      if (!row) throw new AppFailure('not_found', `No question with id ${id}`);
      if (row.deleted_at === null) return;
      if (row.carried_from_id !== null) {
        const copy = statement(this.db, 'SELECT id FROM questions WHERE meeting_id = ? AND carried_from_id = ? AND deleted_at IS NULL').get(
          row.meeting_id,
          row.carried_from_id,
        );
        if (copy) throw new AppFailure('conflict', `The question was carried forward to this meeting again after ${id} was deleted`);
      }
      const order = this.order(row.meeting_id);
      let position = row.position;
      if (!isValidKey(position) || !isStrictlyOrdered(order)) {
        position = this.appendPosition(row.meeting_id, now);
      } else if (order.some((item) => item.position === position)) {
        const next = order.find((item) => item.position > position)?.position ?? null;
        position = keyBetween(position, next);
      }
      statement(this.db, 'UPDATE questions SET deleted_at = NULL, position = ?, updated_at = ? WHERE id = ?').run(position, now, row.id);
    })();
    return this.question(id)!;
  }

  addEvidence(questionId: string, evidence: EvidenceInput, now: string): QuestionView {
    this.db.transaction(() => {
      const row = this.liveRow(questionId);
      this.insertEvidence(row.id, evidence);
      statement(this.db, 'UPDATE questions SET updated_at = ? WHERE id = ?').run(now, row.id);
    })();
    return this.question(questionId)!;
  }

  removeEvidence(questionId: string, evidenceId: number, now: string): QuestionView {
    this.db.transaction(() => {
      const row = this.liveRow(questionId);
      const removed = statement(this.db, 'DELETE FROM question_evidence WHERE id = ? AND question_id = ?').run(evidenceId, row.id);
      if (removed.changes === 0) throw new AppFailure('not_found', `Question ${questionId} has no evidence ${evidenceId}`);
      statement(this.db, 'UPDATE questions SET updated_at = ? WHERE id = ?').run(now, row.id);
    })();
    return this.question(questionId)!;
  }

  /**
   * Links evidence to a question, snapshotting what it says now. The same evidence twice is kept
   * once. Throws not_found when the source is not in the library.
   */
  private insertEvidence(questionId: string, input: EvidenceInput): void {
    const { kind, link } = linkOf(input);
    const quote = 'quote' in input ? (input.quote ?? null) : null;
    const snapshot = new EvidenceResolver(this.db).resolve(kind, link, quote);
    if (!snapshot) throw new AppFailure('not_found', `The ${kind} to link is not in the library`);
    // Record where the passage was actually found, and which period a figure is for, so both
    // are found again after a revision (even one that changes the report's own period).
    const stored: EvidenceLink =
      snapshot.block && (kind === 'passage' || link.listChange !== null)
        ? { ...link, blockIndex: snapshot.block.index, blockNumber: snapshot.block.number, lang: snapshot.block.lang }
        : link.indicatorId !== null && link.period === null
          ? { ...link, period: snapshot.figure?.period ?? snapshot.report?.period ?? null }
          : link;
    const existing = statement(this.db, 'SELECT * FROM question_evidence WHERE question_id = ? ORDER BY ordinal').all(questionId) as EvidenceRow[];
    if (existing.some((row) => sameLink({ kind: row.kind, link: toLink(row), quote: row.quote }, { kind, link: stored, quote }))) return;
    if (existing.length >= QUESTION_LIMITS.evidencePerQuestion) {
      throw new AppFailure('conflict', `Question ${questionId} already has the most evidence a question can hold`);
    }
    const ordinal = existing.reduce((max, row) => Math.max(max, row.ordinal), -1) + 1;
    this.writeEvidence(questionId, ordinal, kind, stored, quote, JSON.stringify(snapshot));
  }

  private writeEvidence(questionId: string, ordinal: number, kind: EvidenceKind, link: EvidenceLink, quote: string | null, snapshot: string): void {
    statement(
      this.db,
      `INSERT INTO question_evidence (question_id, ordinal, kind, report_id, section_key, block_number, indicator_id, annotation_id, quote,
         snapshot, lang, block_index, period, compare_period, dimension, compared_report_id, list_change)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      questionId,
      ordinal,
      kind,
      link.reportId,
      link.sectionKey,
      link.blockNumber,
      link.indicatorId,
      link.annotationId,
      quote,
      snapshot,
      link.lang,
      link.blockIndex,
      link.period,
      link.comparePeriod,
      link.dimension,
      link.comparedReportId,
      link.listChange,
    );
  }

  // ── Carrying forward ───────────────────────────────────────────────────────────────────────────

  /**
   * Copies every unanswered question (draft, ready, asked) of one meeting to the end of a later
   * meeting of the same committee, in their order, with their evidence; the copies remember where
   * they came from and the originals become "carried forward". One transaction; idempotent per
   * question: one that already has a live copy at that meeting is not copied again.
   */
  carryForward(fromMeetingId: number, toMeetingId: number, now: string): CarryForwardResult {
    return this.db.transaction(() => {
      const from = this.meeting(fromMeetingId);
      const to = this.meeting(toMeetingId);
      if (!from) throw new AppFailure('not_found', `No meeting with id ${fromMeetingId}`);
      if (!to) throw new AppFailure('not_found', `No meeting with id ${toMeetingId}`);
      if (from.committee.id !== to.committee.id) {
        throw new AppFailure('conflict', 'Questions are carried forward to a meeting of the same committee');
      }
      if (to.date <= from.date) throw new AppFailure('conflict', 'Questions are carried forward to a later meeting');

      const originals = statement(
        this.db,
        `SELECT * FROM questions WHERE meeting_id = ? AND deleted_at IS NULL AND status IN (SELECT value FROM json_each(?))
         ORDER BY position, id`,
      ).all(fromMeetingId, UNANSWERED_JSON) as QuestionRow[];
      const markCarried = statement(this.db, "UPDATE questions SET status = 'carried_forward', updated_at = ? WHERE id = ?");
      let target = this.order(toMeetingId);
      const carriedIds: string[] = [];
      let alreadyCarried = 0;
      for (const original of originals) {
        const copy = statement(this.db, 'SELECT id FROM questions WHERE meeting_id = ? AND carried_from_id = ? AND deleted_at IS NULL').get(
          toMeetingId,
          original.id,
        );
        if (copy) {
          alreadyCarried++;
        } else {
          const copyId = randomUUID();
          const { position, rewrites } = planAppend(target);
          this.writePositions(rewrites, now);
          target = applyRewrites([...target, { id: copyId, position }], rewrites);
          statement(
            this.db,
            `INSERT INTO questions (id, meeting_id, text, addressed_to, addressed_role, priority, position, status, answer_notes,
               carried_from_id, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
          ).run(
            copyId,
            toMeetingId,
            original.text,
            original.addressed_to,
            original.addressed_role,
            original.priority,
            position,
            carriedStatus(original.status),
            original.id,
            now,
            now,
          );
          // The evidence goes with the question, snapshots included: what prompted it still stands.
          statement(
            this.db,
            `INSERT INTO question_evidence (question_id, ordinal, kind, report_id, section_key, block_number, indicator_id, measurement_id,
               annotation_id, quote, snapshot, lang, block_index, period, compare_period, dimension, compared_report_id, list_change)
             SELECT ?, ordinal, kind, report_id, section_key, block_number, indicator_id, measurement_id,
               annotation_id, quote, snapshot, lang, block_index, period, compare_period, dimension, compared_report_id, list_change
             FROM question_evidence WHERE question_id = ? ORDER BY ordinal`,
          ).run(copyId, original.id);
          carriedIds.push(copyId);
        }
        markCarried.run(now, original.id);
      }
      return { fromMeetingId, toMeetingId, carriedIds, alreadyCarried };
    })();
  }
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
