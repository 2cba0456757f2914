import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import path from 'node:path';
import type { LibraryView } from '../shared/domain';
import type { Pack } from '../shared/pack';
import { test, expect, axeViolations } from './support/fixtures';
import type { RunningServer } from './support/server';
import { translation } from './support/locales';
import { samplePack, samplePacks, titleOf } from './support/sample-library';

/**
 * Search (issue #8): one box, opened with Ctrl+K or "/", searching every report, indicator, note
 * and question as the councillor types; a result leads to the exact passage.
 */

const annual = samplePack((pack) => pack.report.key === 'cla-2018-19-annual');

/** The 0-based index of the first block of `sectionKey` whose text contains `words`, as report.get numbers them. */
function blockIndex(pack: Pack, lang: 'en' | 'cy', sectionKey: string, words: string): number {
  const version = pack.report.versions.find((candidate) => candidate.lang === lang)!;
  const section = version.sections.find((candidate) => candidate.key === sectionKey)!;
  const texts = section.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.items.map((item) => item.text)));
  const index = texts.findIndex((text) => text.includes(words));
  if (index < 0) throw new Error(`No block in ${pack.report.key} ${lang} ${sectionKey} says "${words}"`);
  return index;
}

/** The "N results" announcement, in the plural form the language needs for N. */
function resultsAnnouncement(lang: 'en' | 'cy', count: number): string {
  const form = count === 0 ? 'zero' : new Intl.PluralRules(lang).select(count);
  return translation(lang, `search:announce.results_${form}`).replace('{{count}}', String(count));
}

/** Checks the live region announces a count, worded with the right plural form for that count. */
async function expectCountAnnounced(app: Page, lang: 'en' | 'cy'): Promise<number> {
  const status = searchDialog(app, lang).getByRole('status');
  await expect(status).toHaveText(/\d/);
  const count = Number(/\d+/.exec((await status.textContent()) ?? '')![0]);
  await expect(status).toHaveText(resultsAnnouncement(lang, count));
  return count;
}

function searchDialog(app: Page, lang: 'en' | 'cy' = 'en') {
  return app.getByRole('dialog', { name: translation(lang, 'search:dialog.title') });
}

function searchBox(app: Page, lang: 'en' | 'cy' = 'en') {
  return app.getByRole('combobox', { name: translation(lang, 'search:dialog.inputLabel') });
}

function resultList(app: Page, lang: 'en' | 'cy' = 'en') {
  return searchDialog(app, lang).getByRole('listbox', { name: translation(lang, 'search:dialog.results') });
}

function resultOptions(app: Page, lang: 'en' | 'cy' = 'en') {
  return resultList(app, lang).getByRole('option');
}

/** A contract call through the browser bridge, as the app itself makes it. */
async function call<T>(server: RunningServer, name: string, input: unknown): Promise<T> {
  const token = new URL(server.url).searchParams.get('token') ?? '';
  const response = await fetch(`${server.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Briffio-Token': token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
  if (!result.ok) throw new Error(`${name} failed: ${result.error?.code} ${result.error?.message}`);
  return result.value as T;
}

async function libraryShown(app: Page, lang: 'en' | 'cy' = 'en'): Promise<void> {
  await expect(app.getByRole('heading', { level: 1, name: translation(lang, 'library:heading') })).toBeVisible();
}

test.describe('search', () => {
  test('Ctrl+K, a phrase, the arrow keys and Enter land on the passage, scrolled into view and marked', async ({ app }) => {
    await libraryShown(app);
    await app.keyboard.press('Control+K');
    await expect(searchDialog(app)).toBeVisible();
    await expect(searchBox(app)).toBeFocused();

    await app.keyboard.type('"registered with a dentist"');
    const reports = resultList(app).getByRole('group', { name: new RegExp(`^${translation('en', 'search:group.reports')}`) });
    const passage = reports.getByRole('option').filter({ hasText: 'registered with a dentist' });
    await expect(passage).toHaveCount(1);
    await expect(passage.locator('mark')).toHaveText(['registered with a dentist']);
    await expect(passage).toContainText(titleOf(annual, 'en'));
    await expect(passage).toContainText('Year 2018/19');
    expect(await expectCountAnnounced(app, 'en')).toBe(await resultOptions(app).count());

    await app.keyboard.press('ArrowDown');
    await expect(passage).toHaveAttribute('aria-selected', 'true');
    await expect(searchBox(app)).toHaveAttribute('aria-activedescendant', (await passage.getAttribute('id'))!);
    await app.keyboard.press('Enter');

    await expect(searchDialog(app)).toBeHidden();
    const index = blockIndex(annual, 'en', 'executive-summary', 'registered with a dentist');
    await expect(app).toHaveURL(new RegExp(`#/report/\\d+/at/executive-summary/${index}$`));
    // The deep link (built by the briefing screens) scrolls the passage into view, focuses and marks it.
    const block = app.locator(`[id="b-executive-summary-${index}"]`);
    await expect(block).toContainText('registered with a dentist');
    await expect(block).toBeFocused();
    await expect(block).toBeInViewport();
    await expect(block).toHaveAttribute('data-deep-link-target', 'true');
  });

  test('"/" opens search when not typing, stays a character in the box, and Escape goes back to where the councillor was', async ({ app }) => {
    await libraryShown(app);
    const libraryLink = app.getByRole('navigation').getByRole('link', { name: translation('en', 'common:nav.library') });
    await libraryLink.focus();
    await app.keyboard.press('/');
    await expect(searchBox(app)).toBeFocused();
    await app.keyboard.type('2017/18');
    await expect(searchBox(app)).toHaveValue('2017/18');
    await expect(resultOptions(app).first()).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(searchDialog(app)).toBeHidden();
    await expect(libraryLink).toBeFocused();

    // Opened again from the header button, the last search is still there, ready to be replaced.
    const button = app.getByRole('button', { name: translation('en', 'search:open') });
    await button.click();
    await expect(searchBox(app)).toHaveValue('2017/18');
    await app.keyboard.type('dentist');
    await expect(searchBox(app)).toHaveValue('dentist');
    await app.getByRole('button', { name: translation('en', 'search:dialog.close') }).click();
    await expect(button).toBeFocused();

    // A click on the dimmed page around the box closes it too.
    await button.click();
    await expect(searchDialog(app)).toBeVisible();
    await app.mouse.click(8, 400);
    await expect(searchDialog(app)).toBeHidden();
  });

  for (const typed of ['scc025', 'SCC/025', 'scc 025']) {
    test(`finds the indicator SCC/025 typed as "${typed}", first, and opens it`, async ({ app }) => {
      await libraryShown(app);
      await app.getByRole('button', { name: translation('en', 'search:open') }).click();
      await searchBox(app).fill(typed);
      const first = resultOptions(app).first();
      await expect(first).toContainText('SCC/025');
      await expect(first.locator('mark')).toHaveText('SCC/025');
      await expect(resultList(app).getByRole('group').first()).toHaveAccessibleName(new RegExp(`^${translation('en', 'search:group.indicators')}`));
      await app.keyboard.press('Enter');
      await expect(app).toHaveURL(/#\/indicators\/\d+$/);
      await expect(app.getByRole('heading', { level: 1 })).toContainText('SCC/025');
    });
  }

  test('narrows results by committee and period, and says so when nothing is left', async ({ app }) => {
    await libraryShown(app);
    await app.keyboard.press('Control+K');
    await searchBox(app).fill('placement');
    const options = resultOptions(app);
    await expect(options.first()).toBeVisible();
    const period = app.getByRole('combobox', { name: translation('en', 'search:filters.period') });
    await period.selectOption({ label: 'Quarter 2 2017/18' });
    await expect(options.first()).toContainText('Quarter 2 2017/18');
    for (const text of await resultList(app).getByRole('group', { name: /^Reports/ }).getByRole('option').allTextContents()) {
      expect(text).toContain('Quarter 2 2017/18');
    }
    const committee = app.getByRole('combobox', { name: translation('en', 'search:filters.committee') });
    await expect(committee.getByRole('option')).toHaveCount(1 + new Set(samplePacks().map((pack) => pack.committee.key)).size);

    await searchBox(app).fill('kinship zebra');
    await expect(searchDialog(app)).toContainText(translation('en', 'search:state.noResultsFiltered').replace('{{query}}', 'kinship zebra'));
    await expect(searchDialog(app).getByRole('status')).toHaveText(resultsAnnouncement('en', 0));
    await app.getByRole('button', { name: translation('en', 'search:filters.clear') }).first().click();
    await expect(period).toHaveValue('');
  });

  test('guides the councillor before and while typing', async ({ app }) => {
    await libraryShown(app);
    await app.keyboard.press('Control+K');
    await expect(searchDialog(app)).toContainText(translation('en', 'search:state.prompt'));
    await app.keyboard.type('p');
    await expect(searchDialog(app).getByRole('status')).toHaveText(translation('en', 'search:state.keepTyping'));
    await app.keyboard.type('lacem');
    await expect(resultOptions(app).first().locator('mark').first()).toHaveText(/^placements?$/i);
  });

  test('in Welsh: finds a mutated word from its radical form, announces the Welsh plural and lands on the Welsh passage', async ({ app }) => {
    await libraryShown(app);
    await app.getByRole('button', { name: 'Cymraeg' }).click();
    await libraryShown(app, 'cy');
    await app.getByRole('button', { name: translation('cy', 'search:open') }).click();
    await expect(searchDialog(app, 'cy')).toBeVisible();

    // "Caerdydd" is written "Nghaerdydd" after "yng".
    await searchBox(app, 'cy').fill('caerdydd lleoliadau reoleiddir');
    const reports = resultList(app, 'cy').getByRole('group', { name: new RegExp(`^${translation('cy', 'search:group.reports')}`) });
    const keyStats = annual.report.versions.find((version) => version.lang === 'cy')!.sections.find((section) => section.key === 'key-stats')!;
    const keyStat = reports.getByRole('option').filter({ hasText: '378 / 668' }).filter({ hasText: keyStats.heading });
    await expect(keyStat).toHaveCount(1);
    await expect(keyStat.locator('mark')).toContainText(['Nghaerdydd']);
    await expectCountAnnounced(app, 'cy');

    const id = (await keyStat.getAttribute('id'))!;
    const options = await resultOptions(app, 'cy').count();
    for (let step = 0; step < options && (await searchBox(app, 'cy').getAttribute('aria-activedescendant')) !== id; step++) {
      await app.keyboard.press('ArrowDown');
    }
    await expect(searchBox(app, 'cy')).toHaveAttribute('aria-activedescendant', id);
    await expect(keyStat).toHaveAttribute('aria-selected', 'true');
    await app.keyboard.press('Enter');
    const index = blockIndex(annual, 'cy', 'key-stats', '378 / 668');
    await expect(app).toHaveURL(new RegExp(`#/report/\\d+/at/key-stats/${index}$`));
    const block = app.locator(`[id="b-key-stats-${index}"]`);
    await expect(block).toContainText('Nghaerdydd');
    await expect(block).toBeFocused();
    await expect(block).toBeInViewport();
  });

  test('in Welsh: "oblygiadau" finds the heading "Goblygiadau Ariannol", and nothing is left in English', async ({ app }) => {
    await libraryShown(app);
    await app.getByRole('button', { name: 'Cymraeg' }).click();
    await libraryShown(app, 'cy');
    await app.keyboard.press('Control+K');
    await searchBox(app, 'cy').fill('oblygiadau ariannol');
    await expect(resultOptions(app, 'cy').filter({ hasText: 'Goblygiadau Ariannol' }).first()).toBeVisible();
    const dialogText = await searchDialog(app, 'cy').innerText();
    for (const english of ['Reports', 'Committee', 'Period', 'All periods', 'Section', 'results', 'Search']) {
      expect(dialogText).not.toContain(english);
    }
  });

  test('finds the councillor’s own notes and questions, in either language, and leads to them', async ({ app, server }) => {
    await libraryShown(app);
    const library = await call<LibraryView>(server, 'library.get', {});
    const meeting = library.committees.flatMap((committee) => committee.meetings).find((candidate) => candidate.reports.some((report) => report.key === annual.report.key))!;
    const reportId = meeting.reports.find((report) => report.key === annual.report.key)!.id;
    const target = { kind: 'section', lang: 'en', sectionKey: 'executive-summary' };
    await call(server, 'annotations.create', { reportId, target, colour: 'yellow', body: 'Ask why dentist registration fell so sharply.' });
    await call(server, 'annotations.create', { reportId, target, colour: 'green', body: 'Holi am ofal maeth yn y sir.' });
    await call(server, 'questions.create', { meetingId: meeting.id, text: 'What is being done about dentist registration?', addressedTo: 'director' });
    await app.reload();
    await libraryShown(app);

    await app.keyboard.press('Control+K');
    await searchBox(app).fill('registration');
    const notes = resultList(app).getByRole('group', { name: new RegExp(`^${translation('en', 'search:group.notes')}`) });
    const questions = resultList(app).getByRole('group', { name: new RegExp(`^${translation('en', 'search:group.questions')}`) });
    await expect(notes.getByRole('option')).toHaveCount(1);
    await expect(notes.getByRole('option').locator('mark')).toHaveText(['registration']);
    await expect(notes.getByRole('option')).toContainText(titleOf(annual, 'en'));
    await expect(questions.getByRole('option')).toContainText('What is being done about dentist registration?');
    await expect(questions.getByRole('option')).toContainText('Meeting: 9 July 2019');

    // A note written in Welsh is found from the radical form of its mutated word.
    await searchBox(app).fill('gofal maeth');
    const welshNote = notes.getByRole('option').filter({ hasText: 'Holi am ofal maeth' });
    await expect(welshNote.locator('mark')).toHaveText(['ofal', 'maeth']);
    await expect(notes.getByRole('option')).toHaveCount(1);

    // The note leads to the passage it is on.
    await searchBox(app).fill('dentist registration fell');
    const note = notes.getByRole('option').filter({ hasText: 'dentist registration fell so sharply' });
    await expect(note.locator('mark')).toHaveText(['dentist', 'registration', 'fell']);
    await expect(notes.getByRole('option')).toHaveCount(1);
    const noteId = (await note.getAttribute('id'))!;
    for (let step = 0; step < 12 && (await searchBox(app).getAttribute('aria-activedescendant')) !== noteId; step++) await app.keyboard.press('ArrowDown');
    await expect(searchBox(app)).toHaveAttribute('aria-activedescendant', noteId);
    await app.keyboard.press('Enter');
    await expect(app).toHaveURL(new RegExp(`#/report/${reportId}/at/executive-summary/0$`));
    await expect(app.locator('[id="b-executive-summary-0"]')).toBeFocused();

    // The question leads to its meeting's question list.
    await app.keyboard.press('Control+K');
    await searchBox(app).fill('what is being done');
    const question = questions.getByRole('option').filter({ hasText: 'What is being done about dentist registration?' });
    await expect(question.locator('mark').first()).toBeVisible();
    await expect(questions.getByRole('option')).toHaveCount(1);
    await question.click();
    await expect(app).toHaveURL(new RegExp(`#/meetings/${meeting.id}/questions$`));
    await expect(app.getByText('What is being done about dentist registration?').first()).toBeVisible();
  });

  test('says so when the search index is damaged, and rebuilding it brings search back', async ({ app, server }) => {
    await libraryShown(app);
    await app.getByRole('button', { name: translation('en', 'search:open') }).click();
    await searchBox(app).fill('placement');
    await expect(resultOptions(app).first()).toBeVisible();

    // Damage the English report index as a failing disk might (SQLite's defensive mode guards the
    // FTS5 tables, so it is lifted for this one write).
    const db = new Database(path.join(server.dataDir, 'briffio.sqlite'));
    try {
      db.unsafeMode(true);
      db.exec("UPDATE search_reports_stem_data SET block = x'00ffff00' WHERE id > 10");
    } finally {
      db.close();
    }

    await searchBox(app).fill('placements');
    await expect(searchDialog(app).getByRole('heading', { name: translation('en', 'search:state.errorHeading') })).toBeVisible();
    await expect(searchDialog(app).getByRole('alert')).toHaveText(translation('en', 'errors:code.internal'));
    expect(await axeViolations(app)).toEqual([]);
    await app.getByRole('button', { name: translation('en', 'search:state.rebuild') }).click();
    await expect(searchDialog(app).getByRole('status').filter({ hasText: translation('en', 'search:state.rebuilt') })).toBeVisible();
    await expect(searchBox(app)).toBeFocused();
    await expect(resultOptions(app).first().locator('mark').first()).toHaveText(/^placements?$/i);
  });

  for (const lang of ['en', 'cy'] as const) {
    test(`axe finds no WCAG A/AA violations with search open and results showing, in ${lang}`, async ({ app }) => {
      await libraryShown(app);
      if (lang === 'cy') {
        await app.getByRole('button', { name: 'Cymraeg' }).click();
        await libraryShown(app, 'cy');
      }
      await app.keyboard.press('Control+K');
      await expect(searchDialog(app, lang)).toBeVisible();
      expect(await axeViolations(app)).toEqual([]);
      await searchBox(app, lang).fill(lang === 'en' ? 'placement' : 'gofal');
      await expect(resultOptions(app, lang).first()).toBeVisible();
      await app.keyboard.press('ArrowDown');
      expect(await axeViolations(app)).toEqual([]);
      await searchBox(app, lang).fill('qqqzzz');
      await expect(searchDialog(app, lang).getByRole('status')).toHaveText(resultsAnnouncement(lang, 0));
      expect(await axeViolations(app)).toEqual([]);
    });
  }

  test('can be reached and used with the keyboard alone', async ({ app }) => {
    await libraryShown(app);
    const button = app.getByRole('button', { name: translation('en', 'search:open') });
    for (let i = 0; i < 20 && !(await button.evaluate((element) => element === document.activeElement)); i++) {
      await app.keyboard.press('Tab');
    }
    await expect(button).toBeFocused();
    await app.keyboard.press('Enter');
    await expect(searchBox(app)).toBeFocused();
    await app.keyboard.type('ynglyn adoption');
    await app.keyboard.press('Tab');
    await expect(app.getByRole('combobox', { name: translation('en', 'search:filters.committee') })).toBeFocused();
    await app.keyboard.press('Shift+Tab');
    await expect(searchBox(app)).toBeFocused();
  });
});
