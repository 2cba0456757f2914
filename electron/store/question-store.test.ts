import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionPack } from '../test-support/question-fixtures';
import { useTempDirs } from '../test-support/temp-dir';
import { QuestionStore } from './question-store';
import { Store } from './store';

const tempDir = useTempDirs();
const NOW = '2026-03-01T09:30:00.000Z';

function plan(store: Store, sql: string, ...values: unknown[]): string {
  return (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as { detail: string }[]).map((row) => row.detail).join('\n');
}

describe('question store', () => {
  it('reads a list, its evidence and carried copies through indexes', () => {
    const store = Store.open(path.join(tempDir(), 'db.sqlite'));
    expect(plan(store, 'SELECT * FROM questions WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position, id', 1)).toMatch(
      /USING INDEX questions_meeting/,
    );
    expect(plan(store, 'SELECT * FROM question_evidence WHERE question_id = ? ORDER BY ordinal', 'x')).toMatch(/USING INDEX sqlite_autoindex_question_evidence/);
    expect(plan(store, 'SELECT id FROM questions WHERE meeting_id = ? AND carried_from_id = ? AND deleted_at IS NULL', 1, 'x')).toMatch(
      /USING INDEX questions_(one_copy_per_meeting|meeting|carried_from)/,
    );
    expect(
      plan(
        store,
        `SELECT q.id FROM questions q JOIN meetings m ON m.id = q.meeting_id WHERE q.carried_from_id = ? AND q.deleted_at IS NULL`,
        'x',
      ),
    ).toMatch(/USING INDEX questions_carried_from/);
    store.close();
  });

  it('refuses a second live copy of a question at one meeting at the database level', () => {
    const store = Store.open(path.join(tempDir(), 'db.sqlite'));
    const { reportId } = store.writePack(questionPack(), { origin: 'import', now: NOW });
    const meetingId = store.report(reportId)!.meeting.id;
    const later = new QuestionStore(store.db).createMeeting(store.report(reportId)!.committee.id, '2019-10-15');
    const questions = new QuestionStore(store.db);
    const original = questions.create({ meetingId, text: 'Why?', addressedTo: 'director' }, NOW);
    questions.carryForward(meetingId, later.id, NOW);
    const insertCopy = () =>
      store.db
        .prepare(
          `INSERT INTO questions (id, meeting_id, text, addressed_to, position, carried_from_id, created_at, updated_at)
           VALUES (lower(hex(randomblob(16))), ?, 'copy', 'director', 'z', ?, ?, ?)`,
        )
        .run(later.id, original.id, NOW, NOW);
    expect(insertCopy).toThrow(/UNIQUE/);
    store.close();
  });
});
