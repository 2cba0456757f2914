import type { Page } from '@playwright/test';
import { bridge } from './bridge';
import type { RunningServer } from './server';

/** The councillor's own words for the seeded notes and questions, in the language a walk runs in. */
export interface PrivateWords {
  /** A question about CS LAC 58 (with the indicator as evidence) and a free-standing one. */
  readonly questions: readonly [string, string];
  readonly note: string;
  readonly tags: readonly string[];
}

/**
 * Two questions and a note on the Q2 2017/18 meeting (16 January 2018) and its report, made
 * through the bridge as the renderer would make them: the walks then find every private-data
 * screen filled in.
 */
export async function seedPrivateData(server: RunningServer, words: PrivateWords): Promise<{ meetingId: number; reportId: number }> {
  const call = bridge(server);
  const library = await call('library.get', {});
  const meeting = library.committees.flatMap((c) => c.meetings).find((m) => m.date === '2018-01-16')!;
  const reportId = meeting.reports[0]!.id;
  const report = await call('report.get', { reportId });
  const lac58 = report.indicators.find((entry) => entry.indicator.code === 'CS LAC 58')!.indicator.id;
  await call('questions.create', {
    meetingId: meeting.id,
    text: words.questions[0],
    addressedTo: 'cabinet_member',
    priority: 'high',
    evidence: [{ kind: 'indicator', reportId, indicatorId: lac58 }],
  });
  await call('questions.create', { meetingId: meeting.id, text: words.questions[1], addressedTo: 'director' });
  await call('annotations.create', {
    reportId,
    target: { kind: 'indicator', indicatorId: lac58 },
    colour: 'green',
    body: words.note,
    tags: [...words.tags],
  });
  return { meetingId: meeting.id, reportId };
}

/** Moves the app to a route, as a link or the address bar would. */
export function goTo(page: Page, hash: string): Promise<unknown> {
  return page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}
