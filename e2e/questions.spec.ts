import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { bridge } from './support/bridge';
import { axeViolations, chooseLanguage, expect, test } from './support/fixtures';
import { translation } from './support/locales';
import { samplePack, titleOf } from './support/sample-library';
import type { RunningServer } from './support/server';

/**
 * Question lists and meeting mode (issue #5): a list built from an indicator card, a selected
 * passage and a note; reordered with the keyboard alone; asked and answered in meeting mode with
 * single keys; carried forward; printed and exported; in English and in Welsh, with the Welsh
 * plurals of "cwestiwn" and axe on every screen. Expectations come from the sample library and
 * the locale files. Data a test only needs to exist is made through the app's own bridge.
 */

type Lang = 'en' | 'cy';
const q2Cover = samplePack((pack) => pack.report.key === 'cpac-2017-18-q2-cover');
/** Words of paragraph 28 of the Q2 2017/18 report's English version. */
const ENGLISH_QUOTE = 'statutory visits carried out as the regulations require';

/** A translation with its {{values}} filled in. */
function text(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  return Object.entries(values).reduce((result, [name, value]) => result.replaceAll(`{{${name}}}`, String(value)), translation(lang, key));
}


/** The Q2 2017/18 meeting (16 January 2018), its report and CS LAC 58's indicator id. */
async function q2Meeting(server: RunningServer) {
  const call = bridge(server);
  const library = await call('library.get', {});
  const committee = library.committees.find((c) => c.meetings.some((m) => m.date === '2018-01-16'))!;
  const meeting = committee.meetings.find((m) => m.date === '2018-01-16')!;
  const report = await call('report.get', { reportId: meeting.reports[0]!.id });
  const lac58 = report.indicators.find((i) => i.indicator.code === 'CS LAC 58')!.indicator.id;
  return { call, committee, meeting, report, lac58 };
}

async function seedQuestions(server: RunningServer): Promise<Awaited<ReturnType<typeof q2Meeting>>> {
  const setup = await q2Meeting(server);
  const { call, meeting, report, lac58 } = setup;
  await call('questions.create', {
    meetingId: meeting.id,
    text: 'What will bring more children into placements near home?',
    addressedTo: 'cabinet_member',
    priority: 'high',
    evidence: [{ kind: 'indicator', reportId: report.id, indicatorId: lac58 }],
  });
  await call('questions.create', {
    meetingId: meeting.id,
    text: 'Why did statutory visits slip?',
    addressedTo: 'director',
    evidence: [{ kind: 'passage', reportId: report.id, sectionKey: 'detailed-commentary', blockNumber: '28', lang: 'en' }],
  });
  await call('questions.create', { meetingId: meeting.id, text: 'When is the next foster carer campaign?', addressedTo: 'director' });
  return setup;
}

/** Selects words inside an element, as a councillor dragging the mouse over them would. */
async function selectWords(element: Locator, words: string): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  await element.evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`No "${target}" to select`);
  }, words);
}

/** axe (WCAG 2.2 A and AA, as support/fixtures.ts) on one part of a page. */
async function axeViolationsIn(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

function questionItems(app: Page): Locator {
  return app.getByRole('listitem').filter({ has: app.getByRole('heading', { name: /^Question \d+ of \d+$/ }) });
}

/** The question texts in the order the list shows them. */
async function listedQuestions(app: Page): Promise<string[]> {
  return app.getByRole('textbox', { name: 'Question', exact: true }).evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
}

function announcement(app: Page, message: string): Locator {
  return app.getByRole('status').filter({ hasText: message });
}

async function addFromDialog(app: Page, question: string): Promise<void> {
  const dialog = app.getByRole('dialog', { name: 'Add to my questions' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Which meeting is this question for?' })).toHaveValue(/\d+/);
  await dialog.getByRole('textbox', { name: 'Question' }).fill(question);
  await dialog.getByRole('button', { name: 'Add the question' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('question lists', () => {
  test('builds a list from an indicator card, a selected passage and a note, reorders it by keyboard, and prints it', async ({ app, server }) => {
    const { call, meeting, report } = await q2Meeting(server);
    await call('annotations.create', {
      reportId: report.id,
      target: { kind: 'section', lang: 'en', sectionKey: 'detailed-commentary' },
      colour: 'yellow',
      body: 'Visits fell while the number of children grew.',
    });

    await app.getByRole('link', { name: titleOf(q2Cover, 'en'), exact: true }).click();
    await expect(app.getByRole('heading', { level: 1, name: titleOf(q2Cover, 'en') })).toBeVisible();

    // From an indicator card.
    const lac58 = app.getByRole('region', { name: translation('en', 'report:indicators.heading') }).getByRole('article').filter({ hasText: 'CS LAC 58' });
    await lac58.getByRole('button', { name: 'Add to my questions' }).click();
    const dialog = app.getByRole('dialog', { name: 'Add to my questions' });
    await expect(dialog.getByRole('combobox', { name: 'Which meeting is this question for?' })).toHaveValue(String(meeting.id));
    // The report page itself is checked by the briefing tests; here, the dialog over it.
    expect(await axeViolationsIn(app, '.add-question-dialog')).toEqual([]);
    await addFromDialog(app, 'What will bring more children into placements near home?');
    await expect(lac58.getByText('Question added to the list for 16 January 2018')).toBeVisible();
    await expect(lac58.getByRole('button', { name: 'Add to my questions' })).toBeFocused();

    // From words selected in a paragraph of the report's text.
    await selectWords(app.getByText(/^28\.\s+SCC\/025 dropped/), 'SCC/025 dropped to 93.8% (563 / 600)');
    await app.getByRole('button', { name: 'Add this passage to my questions' }).click();
    await expect(app.getByRole('dialog')).toContainText('“SCC/025 dropped to 93.8% (563 / 600)”');
    await addFromDialog(app, 'Why did statutory visits slip?');

    // From a note, listed under the meeting's list.
    await app.getByRole('link', { name: 'Questions', exact: true }).click();
    await app.getByRole('link', { name: 'Questions for 16 January 2018' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Questions for 16 January 2018' })).toBeVisible();
    const notes = app.getByRole('region', { name: 'Your notes on this meeting’s reports' });
    await notes.getByRole('button', { name: 'Add to my questions' }).click();
    await expect(app.getByRole('dialog').getByRole('combobox', { name: 'Which meeting is this question for?' })).toHaveValue(String(meeting.id));
    await addFromDialog(app, 'What is the plan for the visits backlog?');

    await expect(questionItems(app)).toHaveCount(3);
    await expect(app.getByText('3 questions', { exact: true })).toBeVisible();
    const items = questionItems(app);
    await expect(items.nth(0)).toContainText('CS LAC 58: 61.9% (375 / 606), Quarter 2 2017/18, paragraph 26');
    await expect(items.nth(1)).toContainText('Paragraph 28, Detailed Commentary – Quarter 2 2017/18: “SCC/025 dropped to 93.8% (563 / 600)”');
    await expect(items.nth(2)).toContainText('Your note: Visits fell while the number of children grew.');

    // Reorder with the keyboard only: Move up from the button, then Alt+Up from the question's field.
    await items.nth(2).getByRole('button', { name: 'Move up' }).focus();
    await app.keyboard.press('Enter');
    await expect(announcement(app, 'Moved to position 2 of 3')).toBeAttached();
    await expect(items.nth(1).getByRole('button', { name: 'Move up' })).toBeFocused();
    await expect.poll(() => listedQuestions(app)).toEqual([
      'What will bring more children into placements near home?',
      'What is the plan for the visits backlog?',
      'Why did statutory visits slip?',
    ]);
    await items.nth(1).getByRole('textbox', { name: 'Question' }).focus();
    await app.keyboard.press('Alt+ArrowUp');
    await expect(announcement(app, 'Moved to position 1 of 3')).toBeAttached();
    await expect.poll(() => listedQuestions(app)).toEqual([
      'What is the plan for the visits backlog?',
      'What will bring more children into placements near home?',
      'Why did statutory visits slip?',
    ]);
    await expect(items.nth(0).getByRole('textbox', { name: 'Question' })).toBeFocused();
    expect(await axeViolations(app)).toEqual([]);

    // The order is the store's: it survives a reload.
    await app.reload();
    await expect.poll(() => listedQuestions(app)).toEqual([
      'What is the plan for the visits backlog?',
      'What will bring more children into placements near home?',
      'Why did statutory visits slip?',
    ]);

    // The print view (what the print dialog saves as a PDF) holds every question and its evidence.
    await app.getByRole('link', { name: 'Printable version' }).click();
    const document = app.getByRole('article');
    await expect(app.getByRole('heading', { level: 1, name: 'Questions for the meeting on 16 January 2018' })).toBeVisible();
    for (const expected of [
      'What is the plan for the visits backlog?',
      'Your note: Visits fell while the number of children grew.',
      'What will bring more children into placements near home?',
      'CS LAC 58: 61.9% (375 / 606), Quarter 2 2017/18, paragraph 26',
      'Why did statutory visits slip?',
      'Paragraph 28, Detailed Commentary – Quarter 2 2017/18: “SCC/025 dropped to 93.8% (563 / 600)”',
    ]) {
      await expect(document).toContainText(expected);
    }
    await expect(document).toContainText('Addressed to: Cabinet Member');
    expect(await axeViolations(app)).toEqual([]);
    await app.emulateMedia({ media: 'print' });
    await expect(app.getByRole('navigation', { name: translation('en', 'common:nav.label') })).toBeHidden();
    await expect(app.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(document).toBeVisible();
  });

  test('saves as PDF in browser mode: the print view with every question and its evidence, and the print dialog', async ({ app, server }) => {
    await seedQuestions(server);
    // The browser's print dialog cannot be driven; record that the page asked for it instead.
    await app.addInitScript(() => {
      const page = window as unknown as { printCalls: number };
      page.printCalls = 0;
      window.print = () => {
        page.printCalls += 1;
      };
    });
    await app.reload();
    await app.getByRole('link', { name: 'Questions', exact: true }).click();
    await app.getByRole('link', { name: 'Questions for 16 January 2018' }).click();
    await app.getByRole('button', { name: 'Save as PDF' }).click();

    await expect(app.getByRole('heading', { level: 1, name: 'Questions for the meeting on 16 January 2018' })).toBeVisible();
    const document = app.getByRole('article');
    for (const expected of [
      'What will bring more children into placements near home?',
      'CS LAC 58: 61.9% (375 / 606), Quarter 2 2017/18, paragraph 26',
      'Why did statutory visits slip?',
      'Paragraph 28, Detailed Commentary – Quarter 2 2017/18: “SCC/025 dropped to 93.8% (563 / 600) of statutory visits',
      'When is the next foster carer campaign?',
      text('en', 'questions:evidence.none'),
    ]) {
      await expect(document).toContainText(expected);
    }
    await expect.poll(() => app.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    await expect(app.getByRole('alert')).toHaveCount(0);
  });

  test('runs meeting mode with single keys, carries unanswered questions forward, and exports the list', async ({ app, server }) => {
    await seedQuestions(server);
    await app.getByRole('link', { name: 'Questions', exact: true }).click();
    await expect(app.getByRole('listitem').filter({ hasText: 'Questions for 16 January 2018' })).toContainText('3 questions');
    expect(await axeViolations(app)).toEqual([]);
    await app.getByRole('link', { name: 'Questions for 16 January 2018' }).click();
    await app.getByRole('link', { name: 'Meeting mode' }).click();

    await expect(app.getByRole('heading', { level: 1, name: 'Questions for 16 January 2018' })).toBeVisible();
    await expect(app.getByRole('banner')).toBeHidden();
    const current = app.getByRole('region', { name: /^Question \d of 3$/ });
    await expect(current.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
    await expect(current).toContainText('What will bring more children into placements near home?');
    for (const key of ['N / →', 'Next question', 'Mark as asked', 'Mark as answered', 'Show or hide the evidence', 'Esc']) {
      await expect(app.getByRole('region', { name: 'Keys' })).toContainText(key);
    }

    await app.keyboard.press('a');
    await expect(current.getByText('Asked', { exact: true })).toBeVisible();
    await app.keyboard.press('e');
    await expect(current.getByRole('button', { name: 'Hide evidence' })).toHaveAttribute('aria-expanded', 'true');
    await expect(current).toContainText('CS LAC 58: 61.9% (375 / 606), Quarter 2 2017/18, paragraph 26');
    expect(await axeViolations(app)).toEqual([]);

    await app.keyboard.press('n');
    await expect(current.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
    await expect(announcement(app, 'Question 2 of 3: Why did statutory visits slip?')).toBeAttached();
    await app.keyboard.press('s');
    await expect(current.getByText('Answered', { exact: true })).toBeVisible();
    await app.keyboard.press('t');
    await expect(current.getByRole('textbox', { name: 'Answer notes' })).toBeFocused();
    await app.keyboard.type('Extra visiting capacity from January.');
    await app.keyboard.press('Escape');
    await expect(current).toBeFocused();
    await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await app.keyboard.press('ArrowRight');
    await expect(current.getByRole('heading', { name: 'Question 3 of 3' })).toBeVisible();
    await app.keyboard.press('Escape');

    // Back on the list, which the store now has as marked.
    await expect(app.getByRole('heading', { level: 1, name: 'Questions for 16 January 2018' })).toBeVisible();
    const items = questionItems(app);
    await expect(items.nth(0).getByRole('combobox', { name: 'Status' })).toHaveValue('asked');
    await expect(items.nth(1).getByRole('combobox', { name: 'Status' })).toHaveValue('answered');
    await expect(items.nth(1).getByRole('textbox', { name: 'Answer notes' })).toHaveValue('Extra visiting capacity from January.');
    await expect(app.getByText('2 unanswered questions')).toBeVisible();

    // Markdown, in the interface language, from the store.
    const downloading = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Download as Markdown' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('questions-2018-01-16.md');
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain('# Questions for the meeting on 16 January 2018');
    expect(markdown).toContain('- CS LAC 58: 61.9% (375 / 606), Quarter 2 2017/18, paragraph 26');
    expect(markdown).toContain('Extra visiting capacity from January.');

    await app.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await app.getByRole('button', { name: 'Copy as plain text' }).click();
    await expect(announcement(app, 'Copied to the clipboard')).toBeAttached();
    expect(await app.evaluate(() => navigator.clipboard.readText())).toMatch(/^Questions for the meeting on 16 January 2018\n/);

    // Carry the unanswered ones forward to the committee's next meeting, in one action.
    await app.getByRole('button', { name: 'Carry unanswered questions forward' }).click();
    const carry = app.getByRole('region', { name: 'Carry unanswered questions forward' });
    await expect(carry.getByRole('radio', { name: '9 July 2019' })).toBeChecked();
    expect(await axeViolations(app)).toEqual([]);
    await carry.getByRole('button', { name: 'Carry forward', exact: true }).click();
    await expect(carry.getByRole('status')).toBeFocused();
    await expect(carry.getByRole('status')).toContainText('2 questions carried forward to the meeting on 9 July 2019.');
    await expect(items.nth(0).getByRole('combobox', { name: 'Status' })).toHaveValue('carried_forward');
    await expect(app.getByText('No unanswered questions')).toBeVisible();
    await carry.getByRole('link', { name: 'Open the list for 9 July 2019' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Questions for 9 July 2019' })).toBeVisible();
    await expect.poll(() => listedQuestions(app)).toEqual(['What will bring more children into placements near home?', 'When is the next foster carer campaign?']);
    await expect(questionItems(app).nth(0)).toContainText('Carried forward from the meeting on 16 January 2018');
    await expect(questionItems(app).nth(0).getByRole('combobox', { name: 'Status' })).toHaveValue('ready');
  });

  test('deletes with Undo, drags to reorder, groups by report, and offers to add the next meeting', async ({ app, server }) => {
    const { call, committee } = await seedQuestions(server);
    await app.getByRole('link', { name: 'Questions', exact: true }).click();
    await app.getByRole('link', { name: 'Questions for 16 January 2018' }).click();
    const items = questionItems(app);
    await expect(items).toHaveCount(3);

    await items.nth(1).getByRole('button', { name: 'Delete question' }).click();
    await expect(items).toHaveCount(2);
    const undo = app.getByRole('group', { name: 'Question deleted' }).getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await app.keyboard.press('Enter');
    await expect(items).toHaveCount(3);
    await expect(items.nth(1).getByRole('textbox', { name: 'Question' })).toBeFocused();
    await expect(items.nth(1).getByRole('textbox', { name: 'Question' })).toHaveValue('Why did statutory visits slip?');

    // Typing autosaves: the words are there after a reload.
    await items.nth(2).getByRole('textbox', { name: 'Question' }).fill('When does the next foster carer campaign start?');
    await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    // A window tall enough to show both questions, as a mouse user would scroll to see them.
    await app.setViewportSize({ width: 1280, height: 2400 });
    await items.nth(2).locator('.question__handle').dragTo(items.nth(0), { targetPosition: { x: 40, y: 8 } });
    await expect.poll(() => listedQuestions(app)).toEqual([
      'When does the next foster carer campaign start?',
      'What will bring more children into placements near home?',
      'Why did statutory visits slip?',
    ]);
    await app.reload();
    await expect.poll(() => listedQuestions(app)).toEqual([
      'When does the next foster carer campaign start?',
      'What will bring more children into placements near home?',
      'Why did statutory visits slip?',
    ]);

    await app.getByRole('checkbox', { name: 'Group by report' }).check();
    await expect(app.getByRole('heading', { level: 2, name: /^Corporate Parenting Advisory Committee Performance Summary – Quarter 2 2017\/18/ })).toBeVisible();
    await expect(app.getByRole('heading', { level: 2, name: 'Not linked to a report' })).toBeVisible();
    expect(await axeViolations(app)).toEqual([]);

    // The committee's latest meeting has no later one yet: carrying forward offers to add it.
    const latest = committee.meetings[0]!;
    await call('questions.create', { meetingId: latest.id, text: 'Is the new visits plan working?', addressedTo: 'director' });
    await app.goto(`${server.url}#/meetings/${latest.id}/questions`);
    await app.getByRole('button', { name: 'Carry unanswered questions forward' }).click();
    const carry = app.getByRole('region', { name: 'Carry unanswered questions forward' });
    await expect(carry.getByText(translation('en', 'questions:carry.noLaterMeeting'))).toBeVisible();
    await carry.getByLabel('Date of the meeting').fill('2020-01-14');
    await carry.getByRole('button', { name: 'Add the meeting' }).click();
    await expect(carry.getByRole('radio', { name: '14 January 2020' })).toBeChecked();
    await carry.getByRole('button', { name: 'Carry forward', exact: true }).click();
    await expect(carry.getByText('1 question carried forward to the meeting on 14 January 2020.')).toBeVisible();
  });

  test('speaks Welsh: plural forms for 0, 1, 2, 3, 6 and 7 questions, meeting mode and the print view, all axe-clean', async ({ app, server }) => {
    const { call, committee, meeting, report, lac58 } = await q2Meeting(server);
    const [latest, , , earliest] = committee.meetings;
    const extra1 = await call('meetings.create', { committeeId: committee.id, date: '2020-01-14' });
    const extra2 = await call('meetings.create', { committeeId: committee.id, date: '2020-04-21' });
    const counts: [number, number][] = [
      [latest!.id, 1],
      [meeting.id, 2],
      [earliest!.id, 3],
      [extra1.id, 6],
      [extra2.id, 7],
    ];
    for (const [meetingId, count] of counts) {
      for (let n = 1; n <= count; n++) {
        await call('questions.create', {
          meetingId,
          text: `Cwestiwn ${n}`,
          addressedTo: 'director',
          ...(meetingId === meeting.id && n === 1
            ? {
                evidence: [
                  { kind: 'indicator' as const, reportId: report.id, indicatorId: lac58 },
                  // Words selected in the report's English version: quoted in English in the Welsh list.
                  { kind: 'passage' as const, reportId: report.id, sectionKey: 'detailed-commentary', blockNumber: '28', lang: 'en' as const, quote: ENGLISH_QUOTE },
                ],
              }
            : {}),
        });
      }
    }
    await chooseLanguage(server, 'cy');
    await app.reload();
    await expect(app.locator('html')).toHaveAttribute('lang', 'cy');

    await app.getByRole('link', { name: 'Cwestiynau', exact: true }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Cwestiynau' })).toBeVisible();
    const meetingCount = (date: string) => app.getByRole('listitem').filter({ has: app.getByRole('heading', { name: `Cwestiynau ar gyfer ${date}` }) });
    await expect(meetingCount('9 Gorffennaf 2019')).toContainText('Dim cwestiynau');
    await expect(meetingCount('15 Hydref 2019')).toContainText('1 cwestiwn');
    await expect(meetingCount('16 Ionawr 2018')).toContainText('2 gwestiwn');
    await expect(meetingCount('17 Hydref 2017')).toContainText('3 chwestiwn');
    await expect(meetingCount('14 Ionawr 2020')).toContainText('6 chwestiwn');
    await expect(meetingCount('21 Ebrill 2020')).toContainText('7 cwestiwn');
    await expect(meetingCount('21 Ebrill 2020')).toContainText('7 cwestiwn heb eu hateb');
    await expect(meetingCount('15 Hydref 2019')).toContainText('1 cwestiwn heb ei ateb');
    expect(await axeViolations(app)).toEqual([]);

    await app.getByRole('link', { name: 'Cwestiynau ar gyfer 16 Ionawr 2018' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Cwestiynau ar gyfer 16 Ionawr 2018' })).toBeVisible();
    await expect(app.getByText('2 gwestiwn', { exact: true })).toBeVisible();
    await expect(app.getByRole('heading', { name: 'Cwestiwn 1 o 2' })).toBeVisible();
    await expect(app.getByText('CS LAC 58: 61.9% (375 / 606), Chwarter 2 2017/18, paragraff 26')).toBeVisible();
    // Screen readers pronounce the English quote as English inside the Welsh sentence around it.
    await expect(app.getByText(ENGLISH_QUOTE, { exact: true })).toHaveAttribute('lang', 'en');
    await app.getByRole('button', { name: text('cy', 'questions:ui.moveDown') }).first().click();
    await expect(announcement(app, 'Symudwyd i safle 2 o 2')).toBeAttached();
    expect(await axeViolations(app)).toEqual([]);

    await app.getByRole('link', { name: 'Modd cyfarfod' }).click();
    await expect(app.getByRole('heading', { name: 'Cwestiwn 1 o 2' })).toBeVisible();
    await app.keyboard.press('a');
    await expect(app.getByText("Wedi'i ofyn", { exact: true })).toBeVisible();
    await expect(app.getByRole('region', { name: 'Bysellau' })).toContainText('Nodi ei fod wedi');
    expect(await axeViolations(app)).toEqual([]);
    await app.keyboard.press('Escape');

    await app.getByRole('link', { name: text('cy', 'questions:ui.printView') }).click();
    const document = app.getByRole('article');
    await expect(app.getByRole('heading', { level: 1, name: 'Cwestiynau ar gyfer y cyfarfod ar 16 Ionawr 2018' })).toBeVisible();
    await expect(document).toContainText('CS LAC 58: 61.9% (375 / 606), Chwarter 2 2017/18, paragraff 26');
    await expect(document.getByText(ENGLISH_QUOTE, { exact: true })).toHaveAttribute('lang', 'en');
    await expect(document).toContainText("Statws: Wedi'i ofyn");
    await expect(document).not.toContainText(/Question|Addressed to|Priority|Evidence/);
    expect(await axeViolations(app)).toEqual([]);
  });
});
