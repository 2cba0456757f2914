import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceReference } from '../../shared/question-model';
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

  it('keeps the page a figure or passage was printed on, for references to a report imported from a PDF', () => {
    const store = Store.open(path.join(tempDir(), 'db.sqlite'));
    const pack = questionPack();
    const commentary = pack.report.versions[0]!.sections[0]!;
    commentary.page = 3;
    for (const block of commentary.blocks) if (block.type === 'paragraph') block.page = block.number === '25' ? 3 : 4;
    pack.measurements[0]!.page = 4;
    const { reportId } = store.writePack(pack, { origin: 'import', now: NOW });
    const report = store.report(reportId)!;
    const indicatorId = report.indicators.find((entry) => entry.indicator.code === 'NC 58')!.indicator.id;
    const questions = new QuestionStore(store.db);
    const question = questions.create({ meetingId: report.meeting.id, text: 'Why did it fall?', addressedTo: 'director' }, NOW);
    questions.addEvidence(question.id, { kind: 'indicator', reportId, indicatorId }, NOW);
    const view = questions.addEvidence(question.id, { kind: 'passage', reportId, sectionKey: 'commentary', blockNumber: '25', lang: 'en' }, NOW);
    const [figure, passage] = view.evidence;
    expect(figure!.snapshot.figure?.page).toBe(4);
    expect(evidenceReference(figure!)).toMatchObject({ kind: 'indicator', paragraph: '26', page: 4 });
    expect(evidenceReference(passage!)).toMatchObject({ kind: 'passage', paragraph: '25', page: 3 });
    // The Welsh version was not given pages: a passage in it says none.
    const welsh = questions.addEvidence(question.id, { kind: 'passage', reportId, sectionKey: 'commentary', blockNumber: '27', lang: 'cy' }, NOW);
    expect(evidenceReference(welsh.evidence[2]!)).toMatchObject({ kind: 'passage', paragraph: '27', page: null });
    store.close();
  });
});
