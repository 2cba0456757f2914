import type { Page } from '@playwright/test';
import { foldSearchText } from '../shared/search-fold';
import { test, expect, axeViolations, chooseLanguage } from './support/fixtures';
import { translation } from './support/locales';
import { samplePack, samplePacks, titleOf } from './support/sample-library';

/**
 * A report in two languages (issue #6): its Welsh and English versions side by side, aligned
 * section by section, each column marked with its language; and the Indicators screen's text
 * filter, which matches Welsh whatever the accents or mutations. Expectations come from the
 * sample library's bilingual report and from the locale files.
 */

const bilingual = samplePack((pack) => pack.report.key === 'cla-2019-20-q1');
type Lang = 'en' | 'cy';

function version(lang: Lang) {
  return bilingual.report.versions.find((candidate) => candidate.lang === lang)!;
}

async function openReport(app: Page, lang: Lang): Promise<void> {
  await app.getByRole('link', { name: titleOf(bilingual, lang), exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: titleOf(bilingual, lang) })).toBeVisible();
}

/** The section headings a column shows, top to bottom. */
function columnHeadings(app: Page, lang: Lang) {
  return app.locator(`.side-by-side__cell[lang="${lang}"]`).getByRole('heading', { level: 2 });
}

test.describe('side by side', () => {
  test('shows both versions aligned section by section, each in its own language, and survives reload and Back', async ({ app }) => {
    await openReport(app, 'en');
    await app.getByRole('link', { name: translation('en', 'report:sideBySide.open') }).click();
    await expect(app).toHaveURL(/#\/report\/\d+\/side-by-side$/);
    await expect(app.getByRole('heading', { level: 1, name: titleOf(bilingual, 'en') })).toBeVisible();

    // Row by row, the same section key in both columns, in the report's order.
    const keys = version('en').sections.map((section) => section.key);
    expect(version('cy').sections.map((section) => section.key)).toEqual(keys);
    const rows = app.locator('.side-by-side__row[data-section-key]');
    await expect(rows).toHaveCount(keys.length);
    for (const [index, key] of keys.entries()) {
      const row = rows.nth(index);
      await expect(row).toHaveAttribute('data-section-key', key);
      // Welsh first, English second, each cell carrying its language.
      await expect(row.locator('.side-by-side__cell').nth(0)).toHaveAttribute('lang', 'cy');
      await expect(row.locator('.side-by-side__cell').nth(1)).toHaveAttribute('lang', 'en');
    }
    await expect(columnHeadings(app, 'cy')).toHaveText(version('cy').sections.map((section) => section.heading));
    await expect(columnHeadings(app, 'en')).toHaveText(version('en').sections.map((section) => section.heading));
    // The Signs of Safety questions are printed in each column's own language.
    const worriedCy = app.locator('.side-by-side__cell[lang="cy"]').getByRole('heading', { level: 3, name: translation('cy', 'report:signsOfSafety.worried') });
    await expect(worriedCy.first()).toBeVisible();
    // Text in the Welsh column is the Welsh version's own words.
    const firstWelshParagraph = version('cy').sections.find((section) => section.key === 'key-performance-indicators')!.blocks[0]!;
    const welshText = (firstWelshParagraph as { text: string }).text;
    await expect(app.locator('.side-by-side__cell[lang="cy"]').getByText(welshText.slice(0, 30))).toBeVisible();

    // Wide: the pair sits side by side, Welsh on the left.
    const first = rows.first().locator('.side-by-side__cell');
    const [welshBox, englishBox] = [await first.nth(0).boundingBox(), await first.nth(1).boundingBox()];
    expect(welshBox!.x).toBeLessThan(englishBox!.x);
    expect(Math.abs(welshBox!.y - englishBox!.y)).toBeLessThan(2);

    await app.reload();
    await expect(app.getByRole('heading', { level: 1, name: titleOf(bilingual, 'en') })).toBeVisible();
    await expect(columnHeadings(app, 'cy')).toHaveText(version('cy').sections.map((section) => section.heading));

    // Narrow: each section's pair stacks, Welsh above English.
    await app.setViewportSize({ width: 900, height: 800 });
    const stacked = app.locator('.side-by-side__row[data-section-key]').first().locator('.side-by-side__cell');
    const [welshStacked, englishStacked] = [await stacked.nth(0).boundingBox(), await stacked.nth(1).boundingBox()];
    expect(welshStacked!.y + welshStacked!.height).toBeLessThanOrEqual(englishStacked!.y);
    await expect(stacked.nth(0).getByText(translation('cy', 'common:language.cy'), { exact: true })).toBeVisible();
    await app.setViewportSize({ width: 1280, height: 800 });

    // Back returns to the reading view; so does the view's own link, by keyboard.
    await app.goBack();
    await expect(app).toHaveURL(/#\/report\/\d+$/);
    await expect(app.getByRole('link', { name: translation('en', 'report:sideBySide.open') })).toBeVisible();
    await app.goForward();
    const back = app.getByRole('link', { name: translation('en', 'report:sideBySide.back') });
    await back.focus();
    await app.keyboard.press('Enter');
    await expect(app).toHaveURL(/#\/report\/\d+$/);
    await expect(app.getByRole('heading', { level: 1, name: titleOf(bilingual, 'en') })).toBeVisible();
  });

  for (const lang of ['en', 'cy'] as const) {
    test(`is axe-clean at 1280×800 in ${lang === 'en' ? 'English' : 'Welsh'}, with the interface language's title as the page heading`, async ({ app, server }) => {
      if (lang === 'cy') {
        await chooseLanguage(server, 'cy');
        await app.reload();
        await expect(app.locator('html')).toHaveAttribute('lang', 'cy');
      }
      await openReport(app, lang);
      await app.getByRole('link', { name: translation(lang, 'report:sideBySide.open') }).click();
      await expect(app.getByRole('heading', { level: 1, name: titleOf(bilingual, lang) })).toBeVisible();
      // The other version's title is shown too, marked with its language.
      const other: Lang = lang === 'en' ? 'cy' : 'en';
      await expect(app.locator(`.side-by-side__other-title[lang="${other}"]`)).toHaveText(titleOf(bilingual, other));
      await expect(columnHeadings(app, 'cy')).toHaveCount(version('cy').sections.length);
      expect(await axeViolations(app)).toEqual([]);
    });
  }
});

test.describe('Welsh-aware filtering', () => {
  /** Every indicator in the library once, by key, as the Indicators screen lists them. */
  function libraryIndicators() {
    const byKey = new Map<string, { code?: string | null; title: { en: string; cy: string } }>();
    for (const pack of samplePacks()) for (const indicator of pack.indicators) byKey.set(indicator.key, indicator);
    return [...byKey.values()];
  }

  test('the Indicators filter finds Welsh words without their accents, and mutated forms, and keeps the words on reload', async ({ app, server }) => {
    await chooseLanguage(server, 'cy');
    await app.goto(`${server.url}#/indicators`);
    await expect(app.getByRole('heading', { level: 1, name: translation('cy', 'indicators:heading') })).toBeVisible();
    const all = libraryIndicators();
    const filter = app.getByRole('searchbox', { name: translation('cy', 'indicators:filters.text') });
    const titles = app.getByRole('table').getByRole('rowheader');
    await expect(titles).toHaveCount(all.length);

    // "ar ol" (no circumflex) finds "ar ôl".
    const afterTitles = all.filter((indicator) => foldSearchText(indicator.title.cy).includes('ar ol ')).map((indicator) => indicator.title.cy);
    expect(afterTitles.length).toBeGreaterThan(0);
    expect(all.some((indicator) => indicator.title.cy.includes('ar ôl'))).toBe(true);
    await filter.fill('ar ol');
    await expect(titles).toHaveCount(afterTitles.length);
    for (const title of afterTitles) await expect(titles.filter({ hasText: title })).toHaveCount(1);

    // "Caerdydd" finds "yng Nghaerdydd" (nasal mutation).
    const cardiff = all.filter((indicator) => /\bNghaerdydd\b/.test(indicator.title.cy));
    expect(cardiff.length).toBeGreaterThan(0);
    await filter.fill('Caerdydd');
    await expect(titles).toHaveCount(cardiff.length);
    await expect(titles.first()).toHaveText(cardiff[0]!.title.cy);
    const showing = translation('cy', 'indicators:filters.showing').replace('{{shown}}', String(cardiff.length)).replace('{{total}}', String(all.length));
    await expect(app.getByRole('status').filter({ hasText: showing })).toBeVisible();

    await app.reload();
    await expect(app.getByRole('searchbox', { name: translation('cy', 'indicators:filters.text') })).toHaveValue('Caerdydd');
    await expect(titles).toHaveCount(cardiff.length);
  });
});
