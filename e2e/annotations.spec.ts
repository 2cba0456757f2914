import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, chooseLanguage, expect, guardNetwork, test } from './support/fixtures';
import { translation } from './support/locales';
import { startServer } from './support/server';

/**
 * Private annotations (issue #4), as a councillor uses them: highlight words with the mouse;
 * with the keyboard alone, reach a paragraph from the contents list, select words in it and
 * annotate them, or annotate part of it from the "Annotate" dialog; edit with autosave (survives
 * a reload), delete and undo; turn a note into a question that carries it as evidence (issue #5);
 * find a note again in My notes and follow it to its paragraph; export W3C and import into a
 * fresh laptop twice (no duplicates); in English and in Welsh, axe-clean.
 */

type Lang = 'en' | 'cy';

function text(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  return Object.entries(values).reduce((result, [name, value]) => result.replaceAll(`{{${name}}}`, String(value)), translation(lang, key));
}

/** Opens the first report of the library (the newest one the library lists first). */
async function openFirstReport(app: Page): Promise<void> {
  await app.locator('.report-list-item a, main a[href^="#/report/"]').first().click();
  await expect(app.locator('.report__body')).toBeVisible();
}

/** The first ordinary paragraph of the report's text with enough words to select from. */
function firstParagraph(app: Page): Locator {
  return app.locator('.report__body p.block').first();
}

/** Selects the first `count` words of a paragraph's own text, as a mouse drag would. */
async function selectFirstWords(paragraph: Locator, count: number): Promise<string> {
  await paragraph.scrollIntoViewIfNeeded();
  return paragraph.evaluate((root, wordCount) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.block-number')) continue;
      const content = node.textContent ?? '';
      const match = new RegExp(`^\\s*((?:\\S+\\s+){${wordCount - 1}}\\S+)`).exec(content);
      if (!match) continue;
      const start = content.indexOf(match[1]!);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + match[1]!.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return match[1]!;
    }
    throw new Error('No words to select');
  }, count);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user moves through the page;
 * fails if it takes more than `limit` presses.
 */
async function tabTo(app: Page, target: Locator, limit: number, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let press = 0; press < limit; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await app.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** The words a highlight covers in a block (a highlight may be cut into several marks). */
async function highlighted(block: Locator, colour: string): Promise<string> {
  return (await block.locator(`mark.hl--${colour}`).allTextContents()).join('');
}

test.describe('private annotations', () => {
  test('highlight by mouse and by keyboard, edit with autosave, delete and undo, ask about a note, find it in My notes', async ({ app }) => {
    await openFirstReport(app);
    const paragraph = firstParagraph(app);
    const paragraphId = (await paragraph.getAttribute('id'))!;

    // By mouse: select words, press a named colour.
    const words = await selectFirstWords(paragraph, 3);
    const toolbar = app.getByRole('toolbar', { name: text('en', 'annotations:ui.toolbar.label') });
    await toolbar.getByRole('button', { name: text('en', 'annotations:ui.toolbar.highlightIn', { colour: 'Green' }) }).click();
    const mark = paragraph.locator('mark.hl--green');
    await expect(mark).toHaveText(words);
    await expect(paragraph.getByRole('button', { name: /^Highlight 1, Green, no note$/ })).toBeVisible();
    const panel = app.getByRole('complementary', { name: text('en', 'annotations:ui.panel.heading') });
    await expect(panel.getByRole('listitem')).toHaveCount(1);
    await expect(panel.getByRole('blockquote')).toHaveText(words);

    // Edit: the note autosaves as it is typed and is there after a reload.
    // The new highlight's editor is already open in the side panel.
    await panel.getByRole('textbox', { name: text('en', 'annotations:ui.field.note') }).fill('Ask about the waiting list for kinship assessments');
    await expect(panel.getByText(text('en', 'annotations:ui.save.saved'))).toBeVisible();
    await app.reload();
    await expect(firstParagraph(app).getByRole('button', { name: /Highlight 1, Green\. Note: Ask about the waiting list/ })).toBeVisible();
    // The report opens with the side panel closed; its toggle still counts the note, and opening
    // the panel lists it.
    const toggle = app.getByRole('button', { name: text('en', 'annotations:ui.panel.toggle_one', { count: 1 }) });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
    await toggle.click();
    await expect(panel.getByRole('listitem')).toHaveCount(1);
    await panel.getByRole('button', { name: text('en', 'annotations:ui.panel.close') }).click();
    await expect(panel).toBeHidden();

    // By keyboard only, as the side panel tells: Tab to the section in Contents, Enter, then Tab
    // to the paragraph, which names its shortcut and shows how to select words in it.
    const second = app.locator('.report__body p.block').nth(1);
    const sectionKey = /^b-(.+)-\d+$/.exec((await second.getAttribute('id')) ?? '')![1]!;
    await tabTo(app, app.getByRole('navigation', { name: text('en', 'report:toc.heading') }).locator(`a[href$="/at/${sectionKey}"]`), 40);
    await app.keyboard.press('Enter');
    await expect(app.locator(`#s-${sectionKey}`)).toBeFocused();
    await tabTo(app, second, 4);
    await expect(second).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
    await expect(app.getByText(text('en', 'annotations:ui.toolbar.keys'))).toBeVisible();

    // Words selected with Shift and the arrow keys (the paragraph's last three): Alt+N highlights
    // exactly them and opens their note.
    for (let i = 0; i < 3; i++) await app.keyboard.press('Control+Shift+ArrowLeft');
    const lastWords = await app.evaluate(() => document.getSelection()?.toString().trim() ?? '');
    expect(lastWords).not.toBe('');
    expect((await second.textContent())?.trimEnd().endsWith(lastWords)).toBe(true);
    await app.keyboard.press('Alt+N');
    await expect.poll(() => highlighted(second, 'yellow')).toBe(lastWords);
    await expect(panel.getByRole('textbox', { name: text('en', 'annotations:ui.field.note') })).toBeFocused();
    await app.keyboard.type('Ask how this will be measured');
    await tabTo(app, panel.getByRole('button', { name: 'Go to passage, note 2' }), 4, 'Shift+Tab');
    await app.keyboard.press('Enter');
    await expect(second).toBeFocused();

    // Nothing selected: Alt+N opens "Annotate this paragraph"; Shift+Arrow selects in it; save.
    await app.keyboard.press('Alt+N');
    const dialog = app.getByRole('dialog', { name: text('en', 'annotations:ui.dialog.title') });
    await expect(dialog).toBeVisible();
    const passageBox = dialog.getByRole('textbox', { name: text('en', 'annotations:ui.dialog.passage') });
    await expect(passageBox).toBeFocused();
    for (let i = 0; i < 8; i++) await app.keyboard.press('Shift+ArrowRight');
    await app.keyboard.type('x'); // the passage is the report's words: typing changes nothing
    const chosen = await passageBox.evaluate((box: HTMLTextAreaElement) => box.value.slice(box.selectionStart, box.selectionEnd));
    expect(chosen).toHaveLength(8);
    await app.keyboard.press('Tab');
    await expect(dialog.getByRole('radio', { name: 'Yellow' })).toBeFocused();
    await app.keyboard.press('ArrowDown'); // Green
    await app.keyboard.press('ArrowDown'); // Blue
    await app.keyboard.press('Tab');
    await app.keyboard.type('Keyboard note about placements');
    await app.keyboard.press('Tab');
    await app.keyboard.type('placements, follow up');
    await app.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(second).toBeFocused();
    await expect.poll(() => highlighted(second, 'blue')).toBe(chosen.trim());
    await expect(panel.getByRole('listitem')).toHaveCount(3);
    expect(await axeViolations(app)).toEqual([]);

    // Delete and undo, by keyboard.
    await panel.getByRole('button', { name: text('en', 'annotations:ui.delete') }).click();
    await expect(panel.getByRole('listitem')).toHaveCount(2);
    await expect(second.locator('mark.hl--blue')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: text('en', 'annotations:ui.undo') })).toBeFocused();
    await app.keyboard.press('Enter');
    await expect(panel.getByRole('listitem')).toHaveCount(3);
    await expect(second.locator('mark.hl--blue')).toHaveCount(1);

    // Go to the passage from the list, and back with Escape.
    await panel.getByRole('button', { name: 'Go to passage, note 1' }).click();
    await expect(firstParagraph(app)).toBeFocused();
    await app.keyboard.press('Escape');
    await expect(panel.getByRole('button', { name: 'Go to passage, note 1' })).toBeFocused();

    // A question from a note: it arrives on the meeting's list with the note as its evidence.
    const blueNote = panel.getByRole('listitem').filter({ has: app.getByRole('button', { name: 'Go to passage, note 2' }) });
    const quoted = (await blueNote.getByRole('blockquote').textContent())!.trim();
    await blueNote.getByRole('button', { name: text('en', 'questions:add.button') }).click();
    const addQuestion = app.getByRole('dialog', { name: text('en', 'questions:add.heading') });
    await expect(addQuestion).toContainText(`Your note on “${quoted}”: Keyboard note about placements`);
    await addQuestion.getByRole('textbox', { name: text('en', 'questions:field.text') }).fill('Are placements near home rising?');
    await addQuestion.getByRole('button', { name: text('en', 'questions:add.submit') }).click();
    await expect(addQuestion).toBeHidden();
    await blueNote.getByRole('link', { name: text('en', 'questions:add.openList') }).click();
    const question = app.getByRole('listitem').filter({ has: app.getByRole('heading', { name: /^Question \d+ of \d+$/ }) });
    await expect(question).toHaveCount(1);
    await expect(question.getByRole('textbox', { name: text('en', 'questions:field.text'), exact: true })).toHaveValue('Are placements near home rising?');
    await expect(question).toContainText(`Your note on “${quoted}”: Keyboard note about placements`);

    // My notes: a word of the quoted passage, then a word of the note; its link opens the report
    // at the very paragraph, scrolled to and marked.
    await app.getByRole('link', { name: text('en', 'annotations:ui.notes.nav') }).click();
    await expect(app.getByRole('heading', { level: 1, name: text('en', 'annotations:ui.notes.heading') })).toBeVisible();
    const search = app.getByRole('searchbox', { name: text('en', 'annotations:ui.notes.search') });
    const quoteWord = words.split(/\s+/).find((w) => /^[A-Za-z]{4,}$/.test(w)) ?? words.split(/\s+/)[0]!;
    await search.fill(quoteWord);
    await expect(app.locator('.annotation-list blockquote').filter({ hasText: quoteWord }).first()).toBeVisible();
    await search.fill('kinship');
    await expect(app.getByText('1 note', { exact: true })).toBeVisible();
    await expect(app.locator('.annotation-list').getByText(/waiting list for kinship/)).toBeVisible();
    expect(await axeViolations(app)).toEqual([]);
    await app.locator('.annotation-list').getByRole('link').first().click();
    await expect(app).toHaveURL(new RegExp(`#/report/\\d+/at/${paragraphId.replace(/^b-(.+)-(\d+)$/, '$1/$2')}$`));
    const arrived = app.locator(`#${paragraphId}`);
    await expect(arrived).toBeFocused();
    await expect(arrived).toHaveAttribute('data-deep-link-target', 'true');
    await expect(arrived).toBeInViewport();
    await expect(arrived.locator('mark.hl--green')).toHaveText(words);
  });

  test('exports W3C JSON and imports it into a fresh library twice without duplicates', async ({ app }, testInfo) => {
    await openFirstReport(app);
    await selectFirstWords(firstParagraph(app), 4);
    await app.getByRole('button', { name: 'Highlight in Pink' }).click();
    await expect(firstParagraph(app).locator('mark.hl--pink')).toHaveCount(1);

    await app.getByRole('link', { name: 'My notes' }).click();
    const download = app.waitForEvent('download');
    await app.getByRole('button', { name: text('en', 'annotations:ui.export.w3c') }).click();
    const file = testInfo.outputPath('notes.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { type: string; total: number };
    expect(exported).toMatchObject({ type: 'AnnotationCollection', total: 1 });

    // Another laptop: a fresh data folder, the same sample library, its own page and network guard.
    const other = await startServer();
    const laptop = await app.context().newPage();
    const foreign = await guardNetwork(laptop, () => other.origin);
    try {
      await chooseLanguage(other, 'en');
      await laptop.goto(`${other.url}#/notes`);
      await expect(laptop.getByText(text('en', 'annotations:ui.notes.empty'))).toBeVisible();
      const chooser = laptop.getByLabel(text('en', 'annotations:ui.import.choose'));
      await chooser.setInputFiles(file);
      await expect(laptop.getByText('1 note imported')).toBeVisible();
      await expect(laptop.getByText('0 notes already here')).toBeVisible();
      await expect(laptop.locator('.annotation-list > li')).toHaveCount(1);
      await chooser.setInputFiles(file);
      await expect(laptop.getByText('0 notes imported')).toBeVisible();
      await expect(laptop.getByText('1 note already here')).toBeVisible();
      await expect(laptop.locator('.annotation-list > li')).toHaveCount(1);
      expect(foreign).toEqual([]);
    } finally {
      await laptop.close();
      await other.stop();
    }
  });

  test('speaks Welsh: highlight, side panel, My notes and its plurals, axe-clean', async ({ app, server }) => {
    await chooseLanguage(server, 'cy');
    await app.reload();
    await openFirstReport(app);
    const paragraph = firstParagraph(app);
    await selectFirstWords(paragraph, 2);
    await app.getByRole('button', { name: text('cy', 'annotations:ui.toolbar.highlightIn', { colour: 'Porffor' }) }).click();
    await expect(paragraph.locator('mark.hl--purple')).toHaveCount(1);
    await expect(paragraph.getByRole('button', { name: 'Amlygiad 1, Porffor, dim nodyn' })).toBeVisible();
    const panel = app.getByRole('complementary', { name: text('cy', 'annotations:ui.panel.heading') });
    await expect(panel.getByRole('listitem')).toHaveCount(1);
    expect(await axeViolations(app)).toEqual([]);

    await app.getByRole('link', { name: 'Fy nodiadau' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Fy nodiadau' })).toBeVisible();
    await expect(app.getByText('1 nodyn', { exact: true })).toBeVisible();
    await app.getByRole('searchbox', { name: text('cy', 'annotations:ui.notes.search') }).fill('zzzzqqq');
    await expect(app.getByText('Dim nodiadau', { exact: true })).toBeVisible();
    expect(await axeViolations(app)).toEqual([]);
  });
});
