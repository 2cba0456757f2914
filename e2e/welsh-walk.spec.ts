import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { bridge } from './support/bridge';
import { englishDatesOnPage, englishOnPage, englishSentencesOnPage } from './support/english-leaks';
import { axeViolations, expect, guardNetwork, test } from './support/fixtures';
import { translation } from './support/locales';
import { samplePack, titleOf } from './support/sample-library';
import type { RunningServer } from './support/server';
import { goTo, seedPrivateData, type PrivateWords } from './support/seed-private-data';

/**
 * Cymraeg (issue #6): a walk through every screen in Welsh that fails on any English interface
 * string (a string of locales/en shown where the Welsh should be, unless locales/same-in-welsh.json
 * allows it, or it is content marked lang="en"), on any English month, day or period name, and,
 * on the screens no other spec checks in Welsh, on axe violations. Each test shares one server
 * between a group of screens and reports every screen's problems at once (soft assertions).
 */

const q2Cover = samplePack((pack) => pack.report.key === 'cpac-2017-18-q2-cover');
const cy = (key: string): string => translation('cy', key);

/** No English interface text and no English date words on the screen. */
async function expectAllWelsh(page: Page, screen: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  expect.soft(await englishOnPage(page), `English interface text on ${screen}`).toEqual([]);
  expect.soft(await englishDatesOnPage(page), `English dates or periods on ${screen}`).toEqual([]);
  expect.soft(await englishSentencesOnPage(page), `text that reads as English on ${screen}`).toEqual([]);
}

async function expectAxeClean(page: Page, screen: string): Promise<void> {
  expect.soft(await axeViolations(page), `axe on ${screen} in Welsh`).toEqual([]);
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The councillor's own words, written in Welsh as a Welsh-speaking councillor would write them. */
const WORDS: PrivateWords = {
  questions: ['Pa bryd fydd yr ymgyrch nesaf i recriwtio gofalwyr maeth?', 'Pam y llithrodd yr ymweliadau statudol?'],
  note: 'Gofyn am y lleoliadau yng Nghaerdydd',
  tags: ['lleoliadau'],
};

test.describe('Welsh everywhere', () => {
  test('the first-run welcome, the library, a report with what changed and its data tables, compare, Indicators and an indicator', async ({
    browser,
    server,
  }) => {
    test.slow();
    // A Welsh system: the interface is Welsh from the very first screen.
    const context = await browser.newContext({ locale: 'cy-GB' });
    const page = await context.newPage();
    try {
      const foreign = await guardNetwork(page, () => server.origin);
      await page.goto(server.url);
      const welcome = page.getByRole('dialog', { name: /Croeso i Briffio/ });
      await expect(welcome.getByRole('button', { name: 'Cymraeg' })).toBeFocused();
      await expectAllWelsh(page, 'the welcome');
      await expectAxeClean(page, 'the welcome');
      await page.keyboard.press('Enter');
      await expect(welcome).toBeHidden();

      await heading(page, cy('library:heading'));
      // Meeting dates with Welsh month names from locales/cy/dates.json (Chromium has none).
      await expect(page.getByRole('main')).toContainText('16 Ionawr 2018');
      await expectAllWelsh(page, 'the library');

      await page.getByRole('link', { name: titleOf(q2Cover, 'cy'), exact: true }).click();
      await heading(page, titleOf(q2Cover, 'cy'));
      await expect(page.getByRole('heading', { level: 2, name: cy('report:whatChanged.heading') })).toBeVisible();
      const toggles = page.getByRole('button', { name: cy('charts:table.show') });
      while ((await toggles.count()) > 0) await toggles.first().click();
      await expect(page.getByRole('main')).toContainText('Chwarter 1 2017/18');
      await expectAllWelsh(page, 'a report');

      // The report's own notes panel, and the dialog that turns an indicator into a question.
      const notesToggle = page.getByRole('button', { name: /^Fy nodiadau ar yr adroddiad hwn/ });
      await notesToggle.click();
      await expect(notesToggle).toHaveAttribute('aria-expanded', 'true');
      await expectAllWelsh(page, 'the report’s notes panel');
      await notesToggle.click();
      await page.getByRole('button', { name: cy('questions:add.button') }).first().click();
      const addDialog = page.getByRole('dialog', { name: cy('questions:add.heading') });
      await expect(addDialog).toBeVisible();
      await expectAllWelsh(page, 'the add-a-question dialog');
      await page.keyboard.press('Escape');
      await expect(addDialog).toBeHidden();

      // The English version read in the Welsh interface: the report's text is English (and marked
      // so), everything around it stays Welsh.
      await page.getByRole('button', { name: cy('report:showVersion.en') }).click();
      await heading(page, titleOf(q2Cover, 'en'));
      await expectAllWelsh(page, 'the English version of a report');

      await page.getByRole('link', { name: cy('report:sideBySide.open') }).click();
      await expect(page.getByText(cy('report:sideBySide.intro'))).toBeVisible();
      await expectAllWelsh(page, 'a report side by side');
      await expectAxeClean(page, 'a report side by side');
      await page.goBack();
      await heading(page, titleOf(q2Cover, 'cy'));

      await page.getByRole('button', { name: cy('report:compare.button') }).click();
      await heading(page, cy('report:compareScreen.heading'));
      await expectAllWelsh(page, 'compare');

      await page.getByRole('link', { name: cy('common:nav.indicators'), exact: true }).click();
      await expect(page.getByRole('table', { name: cy('indicators:table.caption') })).toBeVisible();
      await page.getByRole('button', { name: cy('indicators:filters.offTarget') }).click();
      await expectAllWelsh(page, 'Indicators');

      await page.getByRole('table').getByRole('link').first().click();
      await expect(page.getByRole('table', { name: cy('indicators:detail.history.caption') })).toBeVisible();
      const toggle = page.getByRole('button', { name: cy('charts:table.show') });
      if ((await toggle.count()) > 0) await toggle.first().click();
      await expectAllWelsh(page, 'an indicator');
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('search with results, My notes, meetings, a question list, meeting mode and the print view', async ({ app, server }) => {
    test.slow();
    const { meetingId } = await seedPrivateData(server, WORDS);
    // The checks themselves work: in English they find the English (the header, the library
    // heading, a meeting date).
    await heading(app, translation('en', 'library:heading'));
    expect(await englishOnPage(app)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`"${translation('en', 'library:heading')}"`),
        expect.stringContaining(`"${translation('en', 'common:nav.questions')}"`),
      ]),
    );
    expect(await englishDatesOnPage(app)).toContain(`${translation('en', 'library:meeting.heading').replace('{{date}}', '16 January 2018')}`);
    await chooseWelsh(app, server);

    await app.getByRole('button', { name: cy('search:open') }).click();
    const search = app.getByRole('dialog', { name: cy('search:dialog.title') });
    await expectAllWelsh(app, 'search before typing');
    await search.getByRole('combobox', { name: cy('search:dialog.inputLabel') }).fill('lleoliadau');
    await expect(search.getByRole('listbox', { name: cy('search:dialog.results') }).getByRole('option').first()).toBeVisible();
    await expectAllWelsh(app, 'search results');
    await search.getByRole('combobox', { name: cy('search:dialog.inputLabel') }).fill('qqqzzz');
    await expect(search.getByRole('listbox', { name: cy('search:dialog.results') }).getByRole('option')).toHaveCount(0);
    await expectAllWelsh(app, 'search without results');
    await app.keyboard.press('Escape');
    await expect(search).toBeHidden();

    await app.getByRole('link', { name: cy('annotations:ui.notes.nav'), exact: true }).click();
    await heading(app, cy('annotations:ui.notes.heading'));
    await expect(app.getByRole('main')).toContainText('Gofyn am y lleoliadau');
    await expectAllWelsh(app, 'My notes');

    await app.getByRole('link', { name: cy('common:nav.questions'), exact: true }).click();
    await heading(app, cy('questions:ui.heading'));
    await expectAllWelsh(app, 'meetings');

    await goTo(app, `#/meetings/${meetingId}/questions`);
    await heading(app, 'Cwestiynau ar gyfer 16 Ionawr 2018');
    await expect(app.getByRole('heading', { name: 'Cwestiwn 2 o 2' })).toBeVisible();
    await expectAllWelsh(app, 'a question list');

    await goTo(app, `#/meetings/${meetingId}/meeting-mode`);
    await expect(app.getByRole('heading', { name: 'Cwestiwn 1 o 2' })).toBeVisible();
    await expectAllWelsh(app, 'meeting mode');
    await app.getByRole('button', { name: cy('questions:ui.showEvidence') }).click();
    await expect(app.getByRole('button', { name: cy('questions:ui.hideEvidence') })).toBeVisible();
    await expectAllWelsh(app, 'meeting mode with the evidence shown');
    await app.keyboard.press('Escape');

    await goTo(app, `#/meetings/${meetingId}/print`);
    await expect(app.getByRole('article')).toContainText('16 Ionawr 2018');
    await expectAllWelsh(app, 'the print view');
  });

  test('Import and its review, About, and a page that does not exist', async ({ app, server }) => {
    await chooseWelsh(app, server);
    await app.getByRole('link', { name: cy('common:nav.import'), exact: true }).click();
    await heading(app, cy('import:heading'));
    await expectAllWelsh(app, 'Import');
    await expectAxeClean(app, 'Import');

    // A report's text (no PDF to read) reaches the review screen at once.
    await app.getByLabel(cy('import:choose.label')).setInputFiles({
      name: 'adroddiad.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(WELSH_REPORT_TEXT),
    });
    await heading(app, cy('import:review.heading'));
    await expectAllWelsh(app, 'the import review');
    await app.getByRole('button', { name: cy('import:review.save') }).click();
    await heading(app, cy('import:saved.heading'));
    await expectAllWelsh(app, 'the import saved');
    await expectAxeClean(app, 'the import saved');

    await app.getByRole('link', { name: cy('about:nav'), exact: true }).click();
    await heading(app, cy('about:heading'));
    await expectAllWelsh(app, 'About');

    await goTo(app, '#/nowhere');
    await heading(app, cy('common:notFound.heading'));
    await expectAllWelsh(app, 'not found');
    await expectAxeClean(app, 'not found');
  });
});

async function chooseWelsh(app: Page, server: RunningServer): Promise<void> {
  await bridge(server)('settings.update', { language: 'cy', languageChosen: true });
  await app.reload();
  await heading(app, cy('library:heading'));
}

// A Welsh report written for the importer's tests: its text goes straight to the review screen.
const WELSH_REPORT_TEXT = readFileSync(path.resolve(__dirname, '..', 'electron', 'import', 'fixtures', 'welsh-cover-report.txt'), 'utf8');
