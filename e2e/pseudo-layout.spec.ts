import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { bridge } from './support/bridge';
import { chooseLanguage, expect, guardNetwork, test } from './support/fixtures';
import { DESKTOP, layoutProblems, ZOOM_200 } from './support/layout';
import { translation } from './support/locales';
import { samplePack, titleOf } from './support/sample-library';
import type { RunningServer } from './support/server';
import { goTo, seedPrivateData, type PrivateWords } from './support/seed-private-data';
import { pseudoLocalise } from '../renderer/src/text/pseudoLocale';

/**
 * Longer text everywhere (issue #6): with the pseudo-locale (?pseudo=1: every interface string
 * accented, bracketed and about 40% longer, as Welsh often is), every screen is laid out at
 * 1280×800 and at 200% zoom (640×400 CSS pixels), and fails on any text that is clipped, sticks
 * out of its box or makes the page scroll sideways. Each test shares one server between a group of
 * screens and reports every screen's problems at once (soft assertions).
 */

const q2Cover = samplePack((pack) => pack.report.key === 'cpac-2017-18-q2-cover');
/** An interface string as the pseudo-locale shows it. */
const pseudo = (key: string): string => pseudoLocalise(translation('en', key));
/** … with its {{values}} filled in (the pseudo-locale works on the finished string). */
const pseudoText = (key: string, values: Record<string, string | number>): string =>
  pseudoLocalise(Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{{${name}}}`, String(value)), translation('en', key)));

/** The app's address with the pseudo-locale switched on (it must come before the #route). */
function pseudoUrl(server: RunningServer, hash = '#/'): string {
  return `${server.url}&pseudo=1${hash}`;
}

/** Lays the screen out at both sizes and records what does not fit. Returns at 1280×800. */
async function expectFits(page: Page, screen: string): Promise<void> {
  for (const [size, viewport] of [['1280×800', DESKTOP], ['200% zoom', ZOOM_200]] as const) {
    await page.setViewportSize(viewport);
    // Two frames: resize observers (the charts' widths) run and React re-renders before the check.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect.soft(await layoutProblems(page), `${screen} at ${size}`).toEqual([]);
  }
  await page.setViewportSize(DESKTOP);
}

/** Waits for a screen by its main heading: an interface string (pseudo-localised) or a report's own title. */
async function heading(page: Page, key: string, { content = false } = {}): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: content ? key : pseudo(key), exact: true })).toBeVisible();
}

const WORDS: PrivateWords = {
    questions: ['What will bring more children into placements near home, and by when will the new carers be approved?', 'Why did statutory visits slip?'],
    note: 'Ask about placements near home',
    tags: ['placements', 'sufficiency'],
  };

const REPORT_TEXT = readFileSync(path.resolve(__dirname, '..', 'electron', 'import', 'fixtures', 'cover-report.txt'), 'utf8');

test.describe('pseudo-locale layout', () => {
  test('the first-run welcome, the library, a report with its data tables, side by side, compare, Indicators and an indicator', async ({
    page,
    server,
  }) => {
    test.slow();
    const foreign = await guardNetwork(page, () => server.origin);
    const call = bridge(server);
    const library = await call('library.get', {});
    const reports = library.committees.flatMap((c) => c.meetings).flatMap((m) => m.reports);
    const q2 = library.committees.flatMap((c) => c.meetings).find((m) => m.date === '2018-01-16')!.reports[0]!.id;
    const q1 = library.committees.flatMap((c) => c.meetings).find((m) => m.date === '2017-10-17')!.reports[0]!.id;

    await page.setViewportSize(DESKTOP);
    await page.goto(pseudoUrl(server));
    const welcome = page.getByRole('dialog');
    await expect(welcome).toBeVisible();
    await expectFits(page, 'the welcome');
    await page.keyboard.press('Enter');
    await expect(welcome).toBeHidden();

    await heading(page, 'library:heading');
    await expect(page.getByRole('link', { name: titleOf(q2Cover, 'en'), exact: true })).toBeVisible();
    await expectFits(page, 'the library');

    // Every report: their sections, tables and charts differ.
    for (const report of reports) {
      await goTo(page, `#/report/${report.id}`);
      await heading(page, report.title.en!, { content: true });
      const toggles = page.getByRole('button', { name: pseudo('charts:table.show'), exact: true });
      while ((await toggles.count()) > 0) await toggles.first().click();
      await expectFits(page, `report ${report.id}`);
    }

    await goTo(page, `#/report/${q2}/side-by-side`);
    await expect(page.getByText(pseudo('report:sideBySide.intro'))).toBeVisible();
    await expectFits(page, 'a report side by side');

    await goTo(page, `#/compare/${q1}/${q2}`);
    await heading(page, 'report:compareScreen.heading');
    await expect(page.getByRole('table')).toBeVisible();
    await expectFits(page, 'compare');

    await goTo(page, '#/indicators');
    await expect(page.getByRole('table')).toBeVisible();
    await expectFits(page, 'Indicators');

    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('table')).toBeVisible();
    await expectFits(page, 'an indicator');
    expect(foreign).toEqual([]);
  });

  test('search with results, My notes, meetings, a question list, meeting mode and the print view', async ({ page, server }) => {
    test.slow();
    await chooseLanguage(server, 'en');
    const { meetingId } = await seedPrivateData(server, WORDS);
    const foreign = await guardNetwork(page, () => server.origin);
    await page.setViewportSize(DESKTOP);
    await page.goto(pseudoUrl(server));
    await heading(page, 'library:heading');

    await page.keyboard.press('Control+K');
    const search = page.getByRole('dialog');
    await expect(search).toBeVisible();
    await search.getByRole('combobox', { name: pseudo('search:dialog.inputLabel') }).fill('placements');
    await expect(search.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await expectFits(page, 'search results');
    await page.keyboard.press('Escape');
    await expect(search).toBeHidden();

    await goTo(page, '#/notes');
    await heading(page, 'annotations:ui.notes.heading');
    await expect(page.getByRole('main')).toContainText('Ask about placements near home');
    await expectFits(page, 'My notes');

    await goTo(page, '#/meetings');
    await heading(page, 'questions:ui.heading');
    await expectFits(page, 'meetings');

    await goTo(page, `#/meetings/${meetingId}/questions`);
    await expect(page.getByRole('heading', { name: pseudoText('questions:count.position', { position: 2, total: 2 }) })).toBeVisible();
    await expectFits(page, 'a question list');

    await goTo(page, `#/meetings/${meetingId}/meeting-mode`);
    await expect(page.getByRole('heading', { name: pseudoText('questions:count.position', { position: 1, total: 2 }) })).toBeVisible();
    await expectFits(page, 'meeting mode');
    await page.keyboard.press('Escape');

    await goTo(page, `#/meetings/${meetingId}/print`);
    await expect(page.getByRole('article')).toContainText('Why did statutory visits slip?');
    await expectFits(page, 'the print view');
    expect(foreign).toEqual([]);
  });

  test('Import and its review, About, and a page that does not exist', async ({ page, server }) => {
    await chooseLanguage(server, 'en');
    const foreign = await guardNetwork(page, () => server.origin);
    await page.setViewportSize(DESKTOP);
    await page.goto(pseudoUrl(server, '#/import'));
    await heading(page, 'import:heading');
    await expectFits(page, 'Import');

    await page.locator('input[type=file]').setInputFiles({ name: 'cover-report.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT_TEXT) });
    await heading(page, 'import:review.heading');
    await expect(page.getByRole('table').first()).toBeVisible();
    await expectFits(page, 'the import review');

    await goTo(page, '#/about');
    await heading(page, 'about:heading');
    await expectFits(page, 'About');

    await goTo(page, '#/nowhere');
    await heading(page, 'common:notFound.heading');
    await expectFits(page, 'not found');
    expect(foreign).toEqual([]);
  });
});
