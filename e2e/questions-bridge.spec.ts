import type { APIRequestContext } from '@playwright/test';
import type { CallInput, CallName, CallResult } from '../shared/contract';
import { expect, test } from './support/fixtures';
import type { RunningServer } from './support/server';

/**
 * The question-list calls through the real browser-mode bridge, built as it ships: the screens for
 * question lists come later (issue #5, second half), so this proves today that the built main
 * bundle serves the calls, validates them, and finds the locale files for Welsh exports.
 * Only the app's own 127.0.0.1 server is contacted.
 */

function client(request: APIRequestContext, server: RunningServer) {
  const token = new URL(server.url).searchParams.get('token')!;
  return async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<N>> {
    const response = await request.post(`${server.origin}/api/${name}`, { data: input, headers: { 'X-Briffio-Token': token } });
    const result = (await response.json()) as { ok: true; value: CallResult<N> } | { ok: false; error: { code: string; message: string } };
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
}

test.describe('question lists through the browser bridge', () => {
  test('prepares a list from an indicator and a passage, reorders it, carries it forward and exports it in Welsh', async ({
    server,
    playwright,
  }) => {
    const request = await playwright.request.newContext();
    try {
      const call = client(request, server);
      const library = await call('library.get', {});
      const committee = library.committees.find((c) => c.meetings.some((m) => m.date === '2018-01-16'))!;
      const meeting = committee.meetings.find((m) => m.date === '2018-01-16')!;
      const report = await call('report.get', { reportId: meeting.reports[0]!.id });
      const lac58 = report.indicators.find((i) => i.indicator.code === 'CS LAC 58')!.indicator.id;

      const fromIndicator = await call('questions.create', {
        meetingId: meeting.id,
        text: 'What is being done to bring more children into regulated placements near home?',
        addressedTo: 'cabinet_member',
        priority: 'high',
        evidence: [{ kind: 'indicator', reportId: report.id, indicatorId: lac58 }],
      });
      const fromPassage = await call('questions.create', {
        meetingId: meeting.id,
        text: 'Why did statutory visits slip?',
        addressedTo: 'director',
        evidence: [{ kind: 'passage', reportId: report.id, sectionKey: 'detailed-commentary', blockNumber: '28', lang: 'en' }],
      });
      const freeStanding = await call('questions.create', { meetingId: meeting.id, text: 'When is the next foster carer campaign?', addressedTo: 'director' });

      const moved = await call('questions.move', { id: freeStanding.id, direction: 'up' });
      expect(moved).toMatchObject({ index: 1, total: 3 });
      await call('questions.update', { id: fromIndicator.id, status: 'answered', answerNotes: 'A new framework from April.' });
      await call('questions.update', { id: fromPassage.id, status: 'asked' });

      const next = await call('meetings.create', { committeeId: committee.id, date: '2018-03-20' });
      const carried = await call('questions.carryForward', { fromMeetingId: meeting.id, toMeetingId: next.id });
      expect(carried.carriedIds).toHaveLength(2);
      const nextList = await call('questions.list', { meetingId: next.id });
      expect(nextList.questions.map((q) => [q.text, q.status])).toEqual([
        ['When is the next foster carer campaign?', 'draft'],
        ['Why did statutory visits slip?', 'ready'],
      ]);

      const welsh = await call('questions.export', { meetingId: meeting.id, format: 'markdown', language: 'cy' });
      expect(welsh).toContain('# Cwestiynau ar gyfer y cyfarfod ar 16 Ionawr 2018');
      expect(welsh).toContain('3 chwestiwn');
      expect(welsh).toContain('- CS LAC 58: 61.9% (375 / 606), Chwarter 2 2017/18, paragraff 26');
      expect(welsh).toContain("- **Statws**: Wedi'i gario ymlaen");
      // The interface's own words are all Welsh (quoted report text stays in the language it was read in).
      expect(welsh).not.toMatch(/Addressed to|Priority|Status|Evidence|Answer notes|Exported|\d questions/);

      const english = await call('questions.export', { meetingId: next.id, format: 'text', language: 'en' });
      expect(english.split('\n').slice(0, 5)).toEqual([
        'Questions for the meeting on 20 March 2018',
        '==========================================',
        committee.name.en,
        committee.council.en,
        '2 questions',
      ]);
      expect(english).toContain('   Carried forward from the meeting on 16 January 2018');
      expect(english).toMatch(/ {3}- Paragraph 28, Detailed Commentary – Quarter 2 2017\/18: “SCC\/025 dropped to 93\.8% \(563 \/ 600\)/);
    } finally {
      await request.dispose();
    }
  });

  test('refuses a malformed question through the bridge and saves nothing', async ({ server, playwright }) => {
    const request = await playwright.request.newContext();
    try {
      const call = client(request, server);
      const [meeting] = await call('meetings.list', {});
      const token = new URL(server.url).searchParams.get('token')!;
      const response = await request.post(`${server.origin}/api/questions.create`, {
        data: { meetingId: meeting!.id, text: 'Why?', addressedTo: 'director', status: 'answered' },
        headers: { 'X-Briffio-Token': token },
      });
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect((await call('questions.list', { meetingId: meeting!.id })).questions).toEqual([]);
    } finally {
      await request.dispose();
    }
  });
});
