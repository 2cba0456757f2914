import { describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import { dispatch } from '../../shared/dispatch';
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
  ]);
  return openCore({ dataDir: tempDir(), appRoot, version: 'test', host: 'browser', now: () => NOW });
}

async function call<N extends CallName>(core: BriffioCore, name: N, input: CallInput<N>): Promise<CallResult<N>> {
  const result = await dispatch(core.handlers, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as CallResult<N>;
}

/** A July list of three questions covering every kind of evidence, and the October meeting. */
async function prepared(core: BriffioCore) {
  const library = await call(core, 'library.get', {});
  const meetings = library.committees[0]!.meetings;
  const july = meetings.find((m) => m.date === '2019-07-09')!;
  const october = meetings.find((m) => m.date === '2019-10-15')!;
  const report = await call(core, 'report.get', { reportId: july.reports[0]!.id });
  const plansId = report.indicators.find((i) => i.indicator.code === 'NC 58')!.indicator.id;
  const daysId = report.indicators.find((i) => i.indicator.code === null)!.indicator.id;
  const reportId = report.id;
  const first = await call(core, 'questions.create', {
    meetingId: july.id,
    text: 'Why are fewer plans reviewed on time?',
    addressedTo: 'cabinet_member',
    priority: 'high',
    evidence: [
      { kind: 'indicator', reportId, indicatorId: plansId },
      { kind: 'indicator', reportId, indicatorId: plansId, dimension: 'under-fives' },
      { kind: 'change', reportId: october.reports[0]!.id, indicatorId: plansId, period: '2019-20.Q1', comparePeriod: '2018-19.Q4' },
    ],
  });
  const second = await call(core, 'questions.create', {
    meetingId: july.id,
    text: 'What will bring assessment times down?',
    addressedTo: 'other',
    addressedRole: 'Head of Assessment',
    evidence: [
      { kind: 'indicator', reportId, indicatorId: daysId },
      { kind: 'passage', reportId, sectionKey: 'commentary', blockNumber: '25', lang: 'en', quote: 'mostly on time' },
      { kind: 'change', listChange: 'added', reportId: october.reports[0]!.id, comparedReportId: reportId, sectionKey: 'worries', blockIndex: 1, lang: 'en' },
    ],
  });
  const third = await call(core, 'questions.create', { meetingId: july.id, text: 'When will the new rota start?', addressedTo: 'director' });
  await call(core, 'questions.update', { id: third.id, status: 'answered', answerNotes: 'In March.\nA report will follow in the autumn.' });
  return { july, october, first, second, third, plansId };
}

async function exported(core: BriffioCore, meetingId: number, language: 'en' | 'cy', format: 'markdown' | 'text' = 'markdown') {
  return call(core, 'questions.export', { meetingId, format, language });
}

describe('exporting a question list', () => {
  it('writes every question, in order, with its evidence written out, in English', async () => {
    const core = open();
    const { july } = await prepared(core);
    const markdown = await exported(core, july.id, 'en');
    expect(markdown).toContain('# Questions for the meeting on 9 July 2019');
    expect(markdown).toContain('Corporate Parenting Committee (north-committee)');
    expect(markdown).toContain('3 questions');
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## 1\\. Why are fewer plans reviewed on time?',
      '## 2\\. What will bring assessment times down?',
      '## 3\\. When will the new rota start?',
    ]);
    for (const line of [
      '- **Addressed to**: Cabinet Member',
      '- **Priority**: High',
      '- **Addressed to**: Head of Assessment',
      '- **Status**: Answered',
      '- NC 58: 56.6% (378 / 668), Quarter 4 2018/19, paragraph 26 — Quarter 4 performance (9 July 2019)',
      '- NC 58 (children under five): 61.0% (provisional), Quarter 4 2018/19 — Quarter 4 performance (9 July 2019)',
      '- NC 58: 57.0% (385 / 676), Quarter 1 2019/20, compared with 56.6% (378 / 668), Quarter 4 2018/19 — Quarter 1 performance (15 October 2019)',
      '- Average days to complete an assessment: 23.5 days, Quarter 4 2018/19, paragraph 27 — Quarter 4 performance (9 July 2019)',
      '- Paragraph 25, Detailed commentary: “mostly on time” — Quarter 4 performance (9 July 2019)',
      '- New since the previous report: “Staff turnover remains high.” — Quarter 1 performance (15 October 2019)',
      '- No evidence linked',
      '> In March.',
      '> A report will follow in the autumn.',
      '*Exported from Briffio on 1 March 2026*',
    ]) {
      expect(markdown.split('\n')).toContain(line);
    }
    core.close();
  });

  it('writes the same list in Welsh, whatever the interface language is', async () => {
    const core = open();
    const { july } = await prepared(core);
    const markdown = await exported(core, july.id, 'cy');
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Cwestiynau ar gyfer y cyfarfod ar 9 Gorffennaf 2019');
    expect(markdown).toContain('Pwyllgor Rhianta Corfforaethol (north-committee)');
    expect(markdown).toContain('Cyngor Gogleddsir');
    expect(markdown).toContain('3 chwestiwn');
    for (const line of [
      "- **Wedi'i gyfeirio at**: Aelod Cabinet",
      '- **Blaenoriaeth**: Uchel',
      "- **Statws**: Wedi'i ateb",
      '- NC 58: 56.6% (378 / 668), Chwarter 4 2018/19, paragraff 26 — Perfformiad chwarter 4 (9 Gorffennaf 2019)',
      '- NC 58 (plant dan bump oed): 61.0% (dros dro), Chwarter 4 2018/19 — Perfformiad chwarter 4 (9 Gorffennaf 2019)',
      "- NC 58: 57.0% (385 / 676), Chwarter 1 2019/20 (o'r blaen: 56.6% (378 / 668), Chwarter 4 2018/19) — Perfformiad chwarter 4 (15 Hydref 2019)",
      '- Nifer cyfartalog y diwrnodau i gwblhau asesiad: 23.5 diwrnod, Chwarter 4 2018/19, paragraff 27 — Perfformiad chwarter 4 (9 Gorffennaf 2019)',
      '- Paragraff 25, Sylwebaeth fanwl: “mostly on time” — Perfformiad chwarter 4 (9 Gorffennaf 2019)',
      "- Dim tystiolaeth wedi'i chysylltu",
      '*Allforiwyd o Briffio ar 1 Mawrth 2026*',
    ]) {
      expect(lines).toContain(line);
    }
    // No English interface words leak into the Welsh export.
    for (const english of ['Addressed to', 'Priority', 'Status', 'Evidence', 'Quarter', 'paragraph', 'questions', 'Exported']) {
      expect(markdown).not.toContain(english);
    }
    core.close();
  });

  it('counts questions with the right plural in both languages: 0, 1, 2, 3, 6 and 7', async () => {
    const core = open();
    const library = await call(core, 'library.get', {});
    const committeeId = library.committees[0]!.id;
    const welsh: string[] = [];
    const english: string[] = [];
    for (const [index, count] of [0, 1, 2, 3, 6, 7].entries()) {
      const meeting = await call(core, 'meetings.create', { committeeId, date: `2021-0${index + 1}-15` });
      for (let n = 0; n < count; n++) await call(core, 'questions.create', { meetingId: meeting.id, text: `Question ${n + 1}`, addressedTo: 'director' });
      welsh.push((await exported(core, meeting.id, 'cy', 'text')).split('\n')[4]!);
      english.push((await exported(core, meeting.id, 'en', 'text')).split('\n')[4]!);
    }
    expect(welsh).toEqual(['Dim cwestiynau', '1 cwestiwn', '2 gwestiwn', '3 chwestiwn', '6 chwestiwn', '7 cwestiwn']);
    expect(english).toEqual(['No questions', '1 question', '2 questions', '3 questions', '6 questions', '7 questions']);
    core.close();
  });

  it('says so when the list is empty', async () => {
    const core = open();
    const { october } = await prepared(core);
    expect(await exported(core, october.id, 'en', 'text')).toContain('There are no questions on this list yet.');
    expect(await exported(core, october.id, 'cy')).toContain('Does dim cwestiynau ar y rhestr hon eto.');
    core.close();
  });

  it('copies as plain text without Markdown, answer notes indented under their question', async () => {
    const core = open();
    const { july } = await prepared(core);
    const text = await exported(core, july.id, 'en', 'text');
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Questions for the meeting on 9 July 2019',
      '========================================',
      'Corporate Parenting Committee (north-committee)',
      'Northshire Council',
      '3 questions',
    ]);
    expect(lines).toContain('1. Why are fewer plans reviewed on time?');
    expect(lines).toContain('   Addressed to: Cabinet Member');
    expect(lines).toContain('   Evidence:');
    expect(lines).toContain('   - NC 58: 56.6% (378 / 668), Quarter 4 2018/19, paragraph 26 — Quarter 4 performance (9 July 2019)');
    expect(lines).toContain('   Answer notes:');
    expect(lines).toContain('     In March.');
    expect(lines).toContain('     A report will follow in the autumn.');
    expect(text).not.toMatch(/\*\*|^#|\\/m);
    core.close();
  });

  it('keeps a councillor’s punctuation from turning into Markdown formatting', async () => {
    const core = open();
    const { july } = await prepared(core);
    const { id } = await call(core, 'questions.create', { meetingId: july.id, text: '*Really* #1? See [this](http://x)', addressedTo: 'director' });
    await call(core, 'questions.update', { id, answerNotes: '- not a list\n1. nor this\n> nor a quote' });
    const markdown = await exported(core, july.id, 'en');
    expect(markdown).toContain('## 4\\. \\*Really\\* \\#1? See \\[this\\](http://x)');
    expect(markdown).toContain('> \\- not a list\n> 1\\. nor this\n> \\> nor a quote');
    core.close();
  });

  it('tells where a question was carried from and to, with what happened at each meeting', async () => {
    const core = open();
    const { july, october, second } = await prepared(core);
    await call(core, 'questions.update', { id: second.id, status: 'asked' });
    await call(core, 'questions.carryForward', { fromMeetingId: july.id, toMeetingId: october.id });
    const later = await exported(core, october.id, 'en', 'text');
    expect(later).toContain('   Carried forward from the meeting on 9 July 2019');
    expect(later).toContain('   At the meeting on 9 July 2019: Carried forward');
    // The evidence travels with the question.
    expect(later).toContain('   - Paragraph 25, Detailed commentary: “mostly on time” — Quarter 4 performance (9 July 2019)');
    const earlier = await exported(core, july.id, 'cy', 'text');
    expect(earlier).toContain("   Wedi'i gario ymlaen i'r cyfarfod ar 15 Hydref 2019");
    core.close();
  });

  it('notes evidence that a revised report has changed, giving both figures', async () => {
    const core = open();
    const { july } = await prepared(core);
    core.store.writePack(questionPack({ value: 57.1, numerator: 381 }), { origin: 'import', now: NOW });
    const text = await exported(core, july.id, 'en', 'text');
    expect(text).toContain('   - NC 58: 56.6% (378 / 668), Quarter 4 2018/19, paragraph 26 — Quarter 4 performance (9 July 2019)');
    expect(text).toContain('     Changed since you linked it');
    expect(text).toContain('     Now: NC 58: 57.1% (381 / 668), Quarter 4 2018/19, paragraph 26');
    core.close();
  });

  it('answers not_found for a meeting that does not exist', async () => {
    const core = open();
    expect(await dispatch(core.handlers, 'questions.export', { meetingId: 999, format: 'text', language: 'en' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: expect.any(String) },
    });
    core.close();
  });
});
