import { describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import { dispatch } from '../../shared/dispatch';
import { isStrictlyOrdered } from '../../shared/ordering';
import { evidenceReference, QUESTION_STATUSES, type QuestionStatus } from '../../shared/question-model';
import { seededRandom } from '../../shared/seeded-random';
import { openCore, type BriffioCore } from '../core/open-core';
import { questionPack } from '../test-support/question-fixtures';
import { makeAppRoot } from '../test-support/temp-app-root';
import { useTempDirs } from '../test-support/temp-dir';

const tempDir = useTempDirs();
const NOW = '2026-03-01T09:30:00.000Z';

function open(): BriffioCore {
  const appRoot = makeAppRoot(tempDir(), [
    questionPack(),
    questionPack({ key: 'north-2019-20-q1', period: '2019-20.Q1', previousPeriod: '2018-19.Q4', date: '2019-10-15', title: 'Quarter 1 performance', value: 57, numerator: 385, denominator: 676, previous: { value: 56.6, numerator: 378, denominator: 668 } }),
    questionPack({ committee: 'south-committee', key: 'south-2018-19-q4', date: '2019-11-20' }),
  ]);
  return openCore({ dataDir: tempDir(), appRoot, version: 'test', host: 'browser', now: () => NOW });
}

async function call<N extends CallName>(core: BriffioCore, name: N, input: CallInput<N>): Promise<CallResult<N>> {
  const result = await dispatch(core.handlers, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as CallResult<N>;
}

async function errorCode<N extends CallName>(core: BriffioCore, name: N, input: CallInput<N>): Promise<string | null> {
  const result = await dispatch(core.handlers, name, input);
  return result.ok ? null : result.error.code;
}

/** Ids the tests need, found the way the screens find them: through the library. */
async function ids(core: BriffioCore) {
  const library = await call(core, 'library.get', {});
  const north = library.committees.find((c) => c.key === 'north-committee')!;
  const south = library.committees.find((c) => c.key === 'south-committee')!;
  const julyMeeting = north.meetings.find((m) => m.date === '2019-07-09')!;
  const octoberMeeting = north.meetings.find((m) => m.date === '2019-10-15')!;
  const report = await call(core, 'report.get', { reportId: julyMeeting.reports[0]!.id });
  const indicatorId = (code: string | null) => report.indicators.find((i) => i.indicator.code === code)!.indicator.id;
  return {
    northId: north.id,
    southId: south.id,
    southMeetingId: south.meetings[0]!.id,
    julyMeetingId: julyMeeting.id,
    octoberMeetingId: octoberMeeting.id,
    julyReportId: julyMeeting.reports[0]!.id,
    octoberReportId: octoberMeeting.reports[0]!.id,
    plansId: indicatorId('NC 58'),
    daysId: indicatorId(null),
  };
}

async function order(core: BriffioCore, meetingId: number): Promise<string[]> {
  return (await call(core, 'questions.list', { meetingId })).questions.map((q) => q.text);
}

describe('meetings', () => {
  it('lists meetings newest first with their report and question counts', async () => {
    const core = open();
    const { julyMeetingId } = await ids(core);
    await call(core, 'questions.create', { meetingId: julyMeetingId, text: 'First', addressedTo: 'director' });
    const meetings = await call(core, 'meetings.list', {});
    expect(meetings.map((m) => m.date)).toEqual(['2019-11-20', '2019-10-15', '2019-07-09']);
    expect(meetings.find((m) => m.id === julyMeetingId)).toMatchObject({ reportCount: 1, questionCount: 1, unansweredCount: 1 });
    core.close();
  });

  it('filters by committee', async () => {
    const core = open();
    const { southId } = await ids(core);
    const meetings = await call(core, 'meetings.list', { committeeId: southId });
    expect(meetings.map((m) => [m.date, m.committee.key])).toEqual([['2019-11-20', 'south-committee']]);
    core.close();
  });

  it('adds a next meeting that has no reports yet, and returns the same meeting when asked again', async () => {
    const core = open();
    const { northId } = await ids(core);
    const created = await call(core, 'meetings.create', { committeeId: northId, date: '2020-01-21' });
    expect(created).toMatchObject({ created: true, date: '2020-01-21', reportCount: 0, questionCount: 0 });
    const again = await call(core, 'meetings.create', { committeeId: northId, date: '2020-01-21' });
    expect(again).toMatchObject({ created: false, id: created.id });
    const existing = await call(core, 'meetings.create', { committeeId: northId, date: '2019-10-15' });
    expect(existing).toMatchObject({ created: false, reportCount: 1 });
    expect((await call(core, 'meetings.list', { committeeId: northId })).map((m) => m.date)).toEqual(['2020-01-21', '2019-10-15', '2019-07-09']);
    expect(await errorCode(core, 'meetings.create', { committeeId: 999, date: '2020-01-21' })).toBe('not_found');
    core.close();
  });
});

describe('preparing a list', () => {
  it('links a question to an indicator, a passage, an annotation and a "what changed" item, snapshotting each', async () => {
    const core = open();
    const { julyMeetingId, julyReportId, octoberReportId, plansId } = await ids(core);
    core.store.db
      .prepare(
        `INSERT INTO annotations (id, report_id, target_kind, lang, section_key, quote_exact, colour, body, sort_key, created_at, updated_at)
         VALUES ('a1b2c3d4-0000-4000-8000-000000000001', ?, 'text', 'en', 'commentary', 'below the 60% target', 'yellow', 'Ask why this keeps slipping', 'V', ?, ?)`,
      )
      .run(julyReportId, NOW, NOW);

    const question = await call(core, 'questions.create', {
      meetingId: julyMeetingId,
      text: 'Why are fewer plans reviewed on time?',
      addressedTo: 'director',
      priority: 'high',
      evidence: [
        { kind: 'indicator', reportId: julyReportId, indicatorId: plansId },
        { kind: 'passage', reportId: julyReportId, sectionKey: 'commentary', blockNumber: '25', lang: 'en', quote: 'mostly on time' },
        { kind: 'annotation', annotationId: 'a1b2c3d4-0000-4000-8000-000000000001' },
        { kind: 'change', reportId: octoberReportId, indicatorId: plansId, period: '2019-20.Q1', comparePeriod: '2018-19.Q4' },
        { kind: 'change', listChange: 'added', reportId: octoberReportId, comparedReportId: julyReportId, sectionKey: 'worries', blockIndex: 1, lang: 'en' },
        { kind: 'section', reportId: julyReportId, sectionKey: 'worries' },
        { kind: 'report', reportId: julyReportId },
      ],
    });
    expect(question).toMatchObject({ status: 'draft', priority: 'high', addressedTo: 'director', history: [], carriedTo: null });
    expect(question.evidence.map((e) => [e.kind, e.state])).toEqual([
      ['indicator', 'unchanged'],
      ['passage', 'unchanged'],
      ['annotation', 'unchanged'],
      ['change', 'unchanged'],
      ['change', 'unchanged'],
      ['section', 'unchanged'],
      ['report', 'unchanged'],
    ]);
    const [indicator, passage, annotation, change, listChange] = question.evidence;
    expect(indicator!.snapshot.figure).toMatchObject({ period: '2018-19.Q4', value: 56.6, numerator: 378, denominator: 668, blockNumber: '26' });
    expect(indicator!.snapshot.indicator).toMatchObject({ code: 'NC 58', unit: 'percent' });
    // Linked by stable keys: the period is recorded even when the card left it to the report.
    expect(indicator!.link).toMatchObject({ reportId: julyReportId, indicatorId: plansId, period: '2018-19.Q4', dimension: '' });
    expect(passage!.snapshot.block).toMatchObject({ number: '25', index: 0, lang: 'en' });
    expect(passage!.snapshot.quote).toBe('mostly on time');
    expect(annotation!.snapshot.annotation).toMatchObject({ body: 'Ask why this keeps slipping', quote: 'below the 60% target' });
    expect(change!.snapshot.figure).toMatchObject({ value: 57 });
    expect(change!.snapshot.comparedFigure).toMatchObject({ value: 56.6 });
    expect(listChange!.snapshot.block?.text).toBe('Staff turnover remains high.');
    expect(evidenceReference(indicator!)).toMatchObject({ kind: 'indicator', indicator: { code: 'NC 58' }, period: '2018-19.Q4', paragraph: '26' });

    const list = await call(core, 'questions.list', { meetingId: julyMeetingId });
    expect(list.questions).toHaveLength(1);
    expect(list.questions[0]!.evidence).toEqual(question.evidence);
    core.close();
  });

  it('keeps one copy of evidence linked twice, and removes evidence on request', async () => {
    const core = open();
    const { julyMeetingId, julyReportId, plansId } = await ids(core);
    const created = await call(core, 'questions.create', {
      meetingId: julyMeetingId,
      text: 'Twice?',
      addressedTo: 'cabinet_member',
      evidence: [{ kind: 'indicator', reportId: julyReportId, indicatorId: plansId }],
    });
    const same = await call(core, 'questions.addEvidence', { questionId: created.id, evidence: { kind: 'indicator', reportId: julyReportId, indicatorId: plansId } });
    expect(same.evidence).toHaveLength(1);
    const more = await call(core, 'questions.addEvidence', {
      questionId: created.id,
      evidence: { kind: 'indicator', reportId: julyReportId, indicatorId: plansId, dimension: 'under-fives' },
    });
    expect(more.evidence).toHaveLength(2);
    expect(more.evidence[1]!.snapshot.figure).toMatchObject({ value: 61, provisional: true, dimensionLabel: { en: 'children under five' } });
    const fewer = await call(core, 'questions.removeEvidence', { questionId: created.id, evidenceId: more.evidence[0]!.id });
    expect(fewer.evidence.map((e) => e.id)).toEqual([more.evidence[1]!.id]);
    expect(await errorCode(core, 'questions.removeEvidence', { questionId: created.id, evidenceId: more.evidence[0]!.id })).toBe('not_found');
    core.close();
  });

  it('refuses evidence that is not in the library, and writes nothing', async () => {
    const core = open();
    const { julyMeetingId, julyReportId } = await ids(core);
    for (const evidence of [
      { kind: 'report', reportId: 999 },
      { kind: 'section', reportId: julyReportId, sectionKey: 'nowhere' },
      { kind: 'passage', reportId: julyReportId, sectionKey: 'commentary', blockNumber: '99', lang: 'en' },
      { kind: 'passage', reportId: julyReportId, sectionKey: 'commentary', quote: 'words the report never used', lang: 'en' },
      { kind: 'indicator', reportId: julyReportId, indicatorId: 999 },
      { kind: 'annotation', annotationId: 'ffffffff-0000-4000-8000-000000000000' },
    ] as const) {
      expect(await errorCode(core, 'questions.create', { meetingId: julyMeetingId, text: 'Q', addressedTo: 'director', evidence: [evidence] })).toBe('not_found');
    }
    expect(await order(core, julyMeetingId)).toEqual([]);
    expect(await errorCode(core, 'questions.create', { meetingId: 999, text: 'Q', addressedTo: 'director' })).toBe('not_found');
    core.close();
  });

  it('autosaves one field at a time and records when a question was asked and answered', async () => {
    const core = open();
    const { julyMeetingId } = await ids(core);
    const { id } = await call(core, 'questions.create', { meetingId: julyMeetingId, text: 'Draft', addressedTo: 'other', addressedRole: 'Head of Fostering' });
    expect((await call(core, 'questions.update', { id, text: 'Why so few foster carers?' })).text).toBe('Why so few foster carers?');
    expect(await call(core, 'questions.update', { id, status: 'asked' })).toMatchObject({ status: 'asked', askedAt: NOW, answeredAt: null });
    const answered = await call(core, 'questions.update', { id, status: 'answered', answerNotes: 'Recruitment campaign in spring.\nReport back in Q2.' });
    expect(answered).toMatchObject({ status: 'answered', askedAt: NOW, answeredAt: NOW, addressedRole: 'Head of Fostering' });
    expect(await call(core, 'questions.update', { id, status: 'ready' })).toMatchObject({ askedAt: null, answeredAt: null });
    expect(await call(core, 'questions.update', { id, addressedRole: null, addressedTo: 'cabinet_member' })).toMatchObject({ addressedRole: null, addressedTo: 'cabinet_member' });
    expect(await call(core, 'questions.update', { id, addressedRole: '   ' })).toMatchObject({ addressedRole: null });
    const listed = (await call(core, 'questions.list', { meetingId: julyMeetingId })).questions[0]!;
    expect(listed).toMatchObject({ text: 'Why so few foster carers?', answerNotes: 'Recruitment campaign in spring.\nReport back in Q2.', status: 'ready' });
    core.close();
  });
});

describe('ordering through the service', () => {
  it('keeps a strict total order under any sequence of creates, moves, deletes and restores', async () => {
    for (const seed of [7, 2024, 31337]) {
      const core = open();
      const { julyMeetingId } = await ids(core);
      const random = seededRandom(seed);
      let expected: string[] = [];
      const deleted: { id: string }[] = [];
      const idOf = new Map<string, string>();
      let next = 0;
      for (let step = 0; step < 120; step++) {
        const roll = random.next();
        if (expected.length < 2 || roll < 0.2) {
          const text = `q${next++}`;
          const { id } = await call(core, 'questions.create', { meetingId: julyMeetingId, text, addressedTo: 'director' });
          idOf.set(text, id);
          expected.push(text);
        } else if (roll < 0.27) {
          const text = random.pick(expected);
          await call(core, 'questions.delete', { id: idOf.get(text)! });
          expected = expected.filter((t) => t !== text);
          deleted.push({ id: idOf.get(text)! });
        } else if (roll < 0.32 && deleted.length > 0) {
          const { id } = deleted.splice(random.below(deleted.length), 1)[0]!;
          const { text } = await call(core, 'questions.restore', { id });
          // A restored question returns where its old key now falls; everything else keeps its order.
          const after = await order(core, julyMeetingId);
          expect(after.filter((t) => t !== text), `seed ${seed} step ${step}`).toEqual(expected);
          expected = after;
        } else {
          const text = random.pick(expected);
          const from = expected.indexOf(text);
          const choice = random.below(3);
          const input =
            choice === 0
              ? ({ id: idOf.get(text)!, direction: 'up' } as const)
              : choice === 1
                ? ({ id: idOf.get(text)!, direction: 'down' } as const)
                : { id: idOf.get(text)!, toIndex: random.below(expected.length + 2) };
          const to = choice === 0 ? Math.max(0, from - 1) : choice === 1 ? Math.min(expected.length - 1, from + 1) : Math.min(expected.length - 1, (input as { toIndex: number }).toIndex);
          const moved = await call(core, 'questions.move', input);
          expected.splice(from, 1);
          expected.splice(to, 0, text);
          expect({ seed, step, index: moved.index, total: moved.total }).toEqual({ seed, step, index: to, total: expected.length });
          expect(moved.rewrites.length).toBeLessThanOrEqual(1);
        }
        const list = await call(core, 'questions.list', { meetingId: julyMeetingId });
        expect(list.questions.map((q) => q.text), `seed ${seed} step ${step}`).toEqual(expected);
        expect(isStrictlyOrdered(list.questions), `seed ${seed} step ${step}`).toBe(true);
      }
      core.close();
    }
  });

  it('announces the new place of a moved question', async () => {
    const core = open();
    const { julyMeetingId } = await ids(core);
    const made = [];
    for (const text of ['a', 'b', 'c']) made.push(await call(core, 'questions.create', { meetingId: julyMeetingId, text, addressedTo: 'director' }));
    expect(await call(core, 'questions.move', { id: made[2]!.id, direction: 'up' })).toMatchObject({ index: 1, total: 3 });
    expect(await call(core, 'questions.move', { id: made[0]!.id, direction: 'up' })).toMatchObject({ index: 0, total: 3, rewrites: [] });
    expect(await order(core, julyMeetingId)).toEqual(['a', 'c', 'b']);
    core.close();
  });
});

describe('deleting and restoring', () => {
  it('takes a deleted question off the list and counts, and puts it back in its place on undo', async () => {
    const core = open();
    const { julyMeetingId } = await ids(core);
    const made = [];
    for (const text of ['a', 'b', 'c']) made.push(await call(core, 'questions.create', { meetingId: julyMeetingId, text, addressedTo: 'director' }));
    expect(await call(core, 'questions.delete', { id: made[1]!.id })).toEqual({ id: made[1]!.id, deletedAt: NOW });
    expect(await order(core, julyMeetingId)).toEqual(['a', 'c']);
    expect((await call(core, 'meetings.list', {})).find((m) => m.id === julyMeetingId)!.questionCount).toBe(2);
    expect(await errorCode(core, 'questions.update', { id: made[1]!.id, text: 'edited after delete' })).toBe('not_found');
    expect(await errorCode(core, 'questions.delete', { id: made[1]!.id })).toBe('not_found');
    const restored = await call(core, 'questions.restore', { id: made[1]!.id });
    expect(restored.text).toBe('b');
    expect(await order(core, julyMeetingId)).toEqual(['a', 'b', 'c']);
    // Restoring twice changes nothing.
    await call(core, 'questions.restore', { id: made[1]!.id });
    expect(await order(core, julyMeetingId)).toEqual(['a', 'b', 'c']);
    expect(await errorCode(core, 'questions.restore', { id: 'ffffffff-0000-4000-8000-000000000000' })).toBe('not_found');
    core.close();
  });

  it('restores next to a question that has since taken its exact place', async () => {
    const core = open();
    const { julyMeetingId } = await ids(core);
    const a = await call(core, 'questions.create', { meetingId: julyMeetingId, text: 'a', addressedTo: 'director' });
    const b = await call(core, 'questions.create', { meetingId: julyMeetingId, text: 'b', addressedTo: 'director' });
    await call(core, 'questions.delete', { id: b.id });
    const c = await call(core, 'questions.create', { meetingId: julyMeetingId, text: 'c', addressedTo: 'director' });
    expect(c.position).toBe(b.position);
    await call(core, 'questions.restore', { id: b.id });
    const list = await call(core, 'questions.list', { meetingId: julyMeetingId });
    expect(list.questions.map((q) => q.text)).toEqual(['a', 'c', 'b']);
    expect(isStrictlyOrdered(list.questions)).toBe(true);
    expect(a.position < c.position).toBe(true);
    core.close();
  });
});

describe('carrying forward', () => {
  async function meetingWithEveryStatus(core: BriffioCore) {
    const { julyMeetingId, octoberMeetingId, julyReportId, plansId } = await ids(core);
    const byStatus = new Map<QuestionStatus, string>();
    for (const status of ['answered', 'ready', 'withdrawn', 'draft', 'asked'] as const) {
      const { id } = await call(core, 'questions.create', {
        meetingId: julyMeetingId,
        text: `${status} question`,
        addressedTo: 'director',
        priority: status === 'asked' ? 'high' : 'normal',
        evidence: [{ kind: 'indicator', reportId: julyReportId, indicatorId: plansId }],
      });
      if (status !== 'draft') await call(core, 'questions.update', { id, status, answerNotes: status === 'asked' ? 'Director will write to us.' : '' });
      byStatus.set(status, id);
    }
    return { julyMeetingId, octoberMeetingId, byStatus };
  }

  it('copies exactly the unanswered questions, in order, to the end of the next list, and records where they came from', async () => {
    const core = open();
    const { julyMeetingId, octoberMeetingId, byStatus } = await meetingWithEveryStatus(core);
    await call(core, 'questions.create', { meetingId: octoberMeetingId, text: 'already there', addressedTo: 'cabinet_member' });

    const result = await call(core, 'questions.carryForward', { fromMeetingId: julyMeetingId, toMeetingId: octoberMeetingId });
    expect(result).toMatchObject({ fromMeetingId: julyMeetingId, toMeetingId: octoberMeetingId, alreadyCarried: 0 });
    expect(result.carriedIds).toHaveLength(3);

    const october = await call(core, 'questions.list', { meetingId: octoberMeetingId });
    expect(october.questions.map((q) => [q.text, q.status])).toEqual([
      ['already there', 'draft'],
      ['ready question', 'ready'],
      ['draft question', 'draft'],
      ['asked question', 'ready'],
    ]);
    const asked = october.questions[3]!;
    expect(asked).toMatchObject({ id: result.carriedIds[2], carriedFromId: byStatus.get('asked'), answerNotes: '', priority: 'high', askedAt: null });
    expect(asked.history).toEqual([
      expect.objectContaining({ questionId: byStatus.get('asked'), meetingId: julyMeetingId, meetingDate: '2019-07-09', status: 'carried_forward', answerNotes: 'Director will write to us.', askedAt: NOW }),
    ]);
    expect(asked.evidence.map((e) => [e.kind, e.snapshot.figure?.value])).toEqual([['indicator', 56.6]]);

    const july = await call(core, 'questions.list', { meetingId: julyMeetingId });
    expect(july.questions.map((q) => [q.text, q.status])).toEqual([
      ['answered question', 'answered'],
      ['ready question', 'carried_forward'],
      ['withdrawn question', 'withdrawn'],
      ['draft question', 'carried_forward'],
      ['asked question', 'carried_forward'],
    ]);
    expect(july.questions[4]!.carriedTo).toEqual({ questionId: asked.id, meetingId: octoberMeetingId, meetingDate: '2019-10-15' });
    expect((await call(core, 'meetings.list', {})).find((m) => m.id === julyMeetingId)!.unansweredCount).toBe(0);
    core.close();
  });

  it('does not duplicate: carrying twice, or again after an original was reopened, copies nothing new', async () => {
    const core = open();
    const { julyMeetingId, octoberMeetingId, byStatus } = await meetingWithEveryStatus(core);
    await call(core, 'questions.carryForward', { fromMeetingId: julyMeetingId, toMeetingId: octoberMeetingId });
    const twice = await call(core, 'questions.carryForward', { fromMeetingId: julyMeetingId, toMeetingId: octoberMeetingId });
    expect(twice).toMatchObject({ carriedIds: [], alreadyCarried: 0 });
    await call(core, 'questions.update', { id: byStatus.get('asked')!, status: 'asked' });
    const reopened = await call(core, 'questions.carryForward', { fromMeetingId: julyMeetingId, toMeetingId: octoberMeetingId });
    expect(reopened).toMatchObject({ carriedIds: [], alreadyCarried: 1 });
    expect(await order(core, octoberMeetingId)).toEqual(['ready question', 'draft question', 'asked question']);
    expect((await call(core, 'questions.list', { meetingId: julyMeetingId })).questions.find((q) => q.id === byStatus.get('asked'))!.status).toBe(
      'carried_forward',
    );
    core.close();
  });

  it('keeps the whole history when a question is carried forward twice', async () => {
    const core = open();
    const { julyMeetingId, octoberMeetingId, northId } = { ...(await ids(core)) };
    const { id } = await call(core, 'questions.create', { meetingId: julyMeetingId, text: 'Still waiting', addressedTo: 'director' });
    await call(core, 'questions.update', { id, status: 'asked', answerNotes: 'No answer yet.' });
    await call(core, 'questions.carryForward', { fromMeetingId: julyMeetingId, toMeetingId: octoberMeetingId });
    const january = await call(core, 'meetings.create', { committeeId: northId, date: '2020-01-21' });
    const [copy] = (await call(core, 'questions.list', { meetingId: octoberMeetingId })).questions;
    await call(core, 'questions.update', { id: copy!.id, status: 'asked', answerNotes: 'Promised for January.' });
    await call(core, 'questions.carryForward', { fromMeetingId: octoberMeetingId, toMeetingId: january.id });
    const [latest] = (await call(core, 'questions.list', { meetingId: january.id })).questions;
    expect(latest!.history.map((h) => [h.meetingDate, h.status, h.answerNotes])).toEqual([
      ['2019-07-09', 'carried_forward', 'No answer yet.'],
      ['2019-10-15', 'carried_forward', 'Promised for January.'],
    ]);
    core.close();
  });

  it('only carries forward to a later meeting of the same committee', async () => {
    const core = open();
    const { julyMeetingId, octoberMeetingId, southMeetingId } = await ids(core);
    await call(core, 'questions.create', { meetingId: julyMeetingId, text: 'Q', addressedTo: 'director' });
    expect(await errorCode(core, 'questions.carryForward', { fromMeetingId: julyMeetingId, toMeetingId: southMeetingId })).toBe('conflict');
    expect(await errorCode(core, 'questions.carryForward', { fromMeetingId: octoberMeetingId, toMeetingId: julyMeetingId })).toBe('conflict');
    expect(await errorCode(core, 'questions.carryForward', { fromMeetingId: julyMeetingId, toMeetingId: 999 })).toBe('not_found');
    expect((await call(core, 'questions.list', { meetingId: julyMeetingId })).questions[0]!.status).toBe('draft');
    core.close();
  });

  it('does not let a deleted copy be restored beside a newer copy of the same question', async () => {
    const core = open();
    const { julyMeetingId, octoberMeetingId } = await ids(core);
    const { id } = await call(core, 'questions.create', { meetingId: julyMeetingId, text: 'Q', addressedTo: 'director' });
    const first = await call(core, 'questions.carryForward', { fromMeetingId: julyMeetingId, toMeetingId: octoberMeetingId });
    await call(core, 'questions.delete', { id: first.carriedIds[0]! });
    await call(core, 'questions.update', { id, status: 'ready' });
    const second = await call(core, 'questions.carryForward', { fromMeetingId: julyMeetingId, toMeetingId: octoberMeetingId });
    expect(second.carriedIds).toHaveLength(1);
    expect(await errorCode(core, 'questions.restore', { id: first.carriedIds[0]! })).toBe('conflict');
    expect(await order(core, octoberMeetingId)).toEqual(['Q']);
    core.close();
  });
});

describe('evidence when the library changes', () => {
  it('keeps links and snapshots when a report is re-imported as a new revision with new figures', async () => {
    const core = open();
    const { julyMeetingId, julyReportId, plansId, daysId } = await ids(core);
    const { id } = await call(core, 'questions.create', {
      meetingId: julyMeetingId,
      text: 'Why?',
      addressedTo: 'director',
      evidence: [
        { kind: 'indicator', reportId: julyReportId, indicatorId: plansId },
        { kind: 'indicator', reportId: julyReportId, indicatorId: daysId },
        { kind: 'passage', reportId: julyReportId, sectionKey: 'commentary', blockNumber: '26', lang: 'en', quote: 'below the 60% target' },
        { kind: 'passage', reportId: julyReportId, sectionKey: 'commentary', blockNumber: '25', lang: 'en' },
      ],
    });

    // The council reissues the paper: the figure is corrected, a paragraph is inserted before the
    // quoted one (so paragraph numbers and places shift) and paragraph 25 is reworded.
    const revised = questionPack({
      value: 57.1,
      numerator: 381,
      paragraphs: [
        ['25', 'Visits to children in care were nearly always on time this quarter.'],
        ['26', 'A new visiting rota started in March.'],
        ['27', 'The share of plans reviewed on time fell to 57.1% (381 / 668), below the 60% target.'],
        ['28', 'Assessments took 23.5 days on average.'],
      ],
    });
    const outcome = core.store.writePack(revised, { origin: 'import', now: NOW });
    expect(outcome).toEqual({ reportId: julyReportId, created: false });
    // Re-importing deletes and re-inserts the report's measurement rows, and SQLite may hand the
    // freed row ids to other figures: evidence must never be linked by measurement row id.
    expect(core.store.db.prepare('SELECT COUNT(*) AS n FROM question_evidence WHERE measurement_id IS NOT NULL').get()).toEqual({ n: 0 });

    const [question] = (await call(core, 'questions.list', { meetingId: julyMeetingId })).questions;
    expect(question!.id).toBe(id);
    const [plans, days, quoted, whole] = question!.evidence;
    expect(plans!.snapshot.figure).toMatchObject({ value: 56.6, numerator: 378 });
    expect(plans!.current?.figure).toMatchObject({ value: 57.1, numerator: 381 });
    expect(plans!.state).toBe('changed');
    expect(days!.state).toBe('unchanged');
    // The quoted words are found again in their new place.
    expect(quoted!.state).toBe('unchanged');
    expect(quoted!.current?.block).toMatchObject({ number: '27', index: 2 });
    expect(quoted!.snapshot.block).toMatchObject({ number: '26', index: 1 });
    expect(whole!.state).toBe('changed');
    expect(whole!.snapshot.block?.text).toBe('Visits to children in care were mostly on time this quarter.');
    core.close();
  });

  it('says a source is missing when a revision drops it or an annotation is deleted, and keeps what it said', async () => {
    const core = open();
    const { julyMeetingId, julyReportId } = await ids(core);
    core.store.db
      .prepare(
        `INSERT INTO annotations (id, report_id, target_kind, section_key, colour, body, sort_key, created_at, updated_at)
         VALUES ('a1b2c3d4-0000-4000-8000-000000000002', ?, 'section', 'worries', 'blue', 'Follow up on turnover', 'V', ?, ?)`,
      )
      .run(julyReportId, NOW, NOW);
    await call(core, 'questions.create', {
      meetingId: julyMeetingId,
      text: 'Turnover?',
      addressedTo: 'director',
      evidence: [
        { kind: 'passage', reportId: julyReportId, sectionKey: 'worries', quote: 'Staff turnover remains high.' },
        { kind: 'annotation', annotationId: 'a1b2c3d4-0000-4000-8000-000000000002' },
      ],
    });
    core.store.writePack(questionPack({ withoutWorries: true }), { origin: 'import', now: NOW });
    core.store.db.prepare('UPDATE annotations SET deleted_at = ? WHERE id = ?').run(NOW, 'a1b2c3d4-0000-4000-8000-000000000002');
    const [question] = (await call(core, 'questions.list', { meetingId: julyMeetingId })).questions;
    expect(question!.evidence.map((e) => [e.state, e.current])).toEqual([
      ['missing', null],
      ['missing', null],
    ]);
    expect(question!.evidence[0]!.snapshot.quote).toBe('Staff turnover remains high.');
    expect(question!.evidence[1]!.snapshot.annotation?.body).toBe('Follow up on turnover');
    core.close();
  });
});

describe('statuses', () => {
  it('counts draft, ready and asked as unanswered in the meeting list, as carrying forward does', async () => {
    const core = open();
    const { julyMeetingId } = await ids(core);
    for (const status of QUESTION_STATUSES.filter((s) => s !== 'carried_forward')) {
      const { id } = await call(core, 'questions.create', { meetingId: julyMeetingId, text: status, addressedTo: 'director' });
      if (status !== 'draft') await call(core, 'questions.update', { id, status });
    }
    const meeting = (await call(core, 'meetings.list', {})).find((m) => m.id === julyMeetingId)!;
    expect(meeting).toMatchObject({ questionCount: 5, unansweredCount: 3 });
    core.close();
  });
});
