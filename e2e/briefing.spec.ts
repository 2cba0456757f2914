import type { Locator, Page } from '@playwright/test';
import type { Pack } from '../shared/pack';
import { test, expect, axeViolations } from './support/fixtures';
import { layoutProblems, ZOOM_200 } from './support/layout';
import { translation } from './support/locales';
import { samplePack, samplePacks, titleOf } from './support/sample-library';

/**
 * The briefing screens (issue #3): a report as indicator cards with faces and arrows in words,
 * what changed since the last report, trend charts whose data tables hold the chart's numbers,
 * the Indicators screen and its filters, an indicator's history linked to its sources, two
 * reports compared, and deep links into a report. Expectations come from the sample library
 * packs and the locale files, so the tests follow the data and the wording.
 */

const q1Cover = samplePack((pack) => pack.report.key === 'cpac-2017-18-q1-cover');
const q2Cover = samplePack((pack) => pack.report.key === 'cpac-2017-18-q2-cover');
const annual = samplePack((pack) => pack.report.key === 'cla-2018-19-annual');
const q1Performance = samplePack((pack) => pack.report.key === 'cla-2019-20-q1');

type Lang = 'en' | 'cy';

/** A translation with its {{values}} filled in. */
function text(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  return Object.entries(values).reduce((result, [name, value]) => result.replaceAll(`{{${name}}}`, String(value)), translation(lang, key));
}

function indicatorName(pack: Pack, key: string, lang: Lang = 'en'): string {
  const indicator = pack.indicators.find((candidate) => candidate.key === key)!;
  return indicator.code ? `${indicator.code} ${indicator.title[lang]}` : indicator.title[lang];
}

function current(pack: Pack, indicator: string) {
  return pack.measurements.find((m) => m.indicator === indicator && m.role === 'current' && !m.dimension)!;
}

async function openReport(app: Page, pack: Pack, lang: Lang = 'en'): Promise<void> {
  await app.getByRole('link', { name: titleOf(pack, lang), exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: titleOf(pack, lang) })).toBeVisible();
}

async function useWelsh(app: Page): Promise<void> {
  await app.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(app.locator('html')).toHaveAttribute('lang', 'cy');
}

function card(app: Page, pack: Pack, indicator: string, lang: Lang = 'en'): Locator {
  const title = pack.indicators.find((candidate) => candidate.key === indicator)!.title[lang];
  return app.getByRole('region', { name: translation(lang, 'report:indicators.heading') }).getByRole('article', { name: title, exact: true });
}

function trendFigure(app: Page, name: string): Locator {
  return app.getByRole('figure', { name, exact: true });
}

/** Every point of a chart read with the keyboard: Home, then the right arrow to the end. */
async function readChartByKeyboard(figure: Locator, name: string, lang: Lang = 'en'): Promise<string[]> {
  const plot = figure.getByRole('group', { name: text(lang, 'charts:trend.name', { title: name }) });
  await plot.focus();
  await plot.press('Home');
  const readout = figure.getByRole('status');
  const seen: string[] = [];
  for (let step = 0; step < 50; step++) {
    await expect(readout).not.toHaveText('');
    const said = (await readout.textContent()) ?? '';
    if (seen.at(-1) === said) break;
    seen.push(said);
    await plot.press('ArrowRight');
  }
  return seen;
}

test.describe('report screen', () => {
  test('indicator cards give values, fractions, targets, change, faces and arrows as words', async ({ app }) => {
    await openReport(app, q2Cover);
    const lac58 = current(q2Cover, 'cs-lac-58');
    const placed = card(app, q2Cover, 'cs-lac-58');
    await expect(placed).toContainText('CS LAC 58');
    await expect(placed).toContainText(`${lac58.value}%`);
    await expect(placed).toContainText(`(${lac58.numerator} / ${lac58.denominator})`);
    await expect(placed).toContainText('Quarter 2 2017/18');
    await expect(placed).toContainText('62.9% in Quarter 1 2017/18');
    await expect(placed).toContainText(text('en', 'indicators:change.downPoints_one', { value: 1 }));
    await expect(placed).toContainText(`${lac58.target}.0%`);
    await expect(placed).toContainText(translation('en', 'indicators:face.will'));
    await expect(placed).toContainText(translation('en', 'indicators:arrow.declined'));

    // SCC/025 fell below its target: the face says it may meet it.
    const visits = card(app, q2Cover, 'scc-025');
    await expect(visits).toContainText(translation('en', 'indicators:face.may'));
    await expect(visits).toContainText(translation('en', 'indicators:arrow.declined'));

    // CS LAC 44 went down, and lower is better: improved, not declined.
    const agency = card(app, q2Cover, 'cs-lac-44');
    await expect(agency).toContainText(translation('en', 'indicators:polarity.lower_is_better'));
    await expect(agency).toContainText(translation('en', 'indicators:arrow.improved'));
    await expect(agency).toContainText(text('en', 'indicators:change.downPoints_other', { value: 1.3 }));
  });

  test('flags (pending, provisional, unavailable) are words, and the key stats are a strip of figures', async ({ app }) => {
    await openReport(app, q1Performance);
    await expect(card(app, q1Performance, 'scc-025')).toContainText(translation('en', 'indicators:flag.pending'));
    await expect(card(app, q1Performance, 'review-child-engagement')).toContainText(translation('en', 'indicators:flag.unavailable'));
    const stats = app.getByRole('region', { name: translation('en', 'report:keyStats.heading') }).getByRole('listitem');
    await expect(stats).toHaveCount(q1Performance.report.keyStats.length);
    await expect(stats.first()).toContainText(String(q1Performance.report.keyStats[0]!.value));
    await expect(stats.first()).toContainText(q1Performance.report.keyStats[0]!.label.en);
  });

  test('what changed since the last report: movers by polarity, new worries and departed ones', async ({ app }) => {
    await openReport(app, q1Performance);
    const panel = app.getByRole('region', { name: translation('en', 'report:whatChanged.heading') });
    await expect(panel.getByRole('link', { name: titleOf(annual, 'en'), exact: true })).toBeVisible();
    const worse = panel.getByRole('list', { name: translation('en', 'report:whatChanged.declined') });
    await expect(worse.getByRole('link', { name: indicatorName(q1Performance, 'cla-allocated') })).toBeVisible();
    await expect(worse.getByRole('listitem').filter({ hasText: indicatorName(q1Performance, 'cla-allocated') })).toContainText(
      text('en', 'indicators:change.downPoints_other', { value: 2.3 }),
    );
    const better = panel.getByRole('list', { name: translation('en', 'report:whatChanged.improved') });
    await expect(better.getByRole('link', { name: indicatorName(q1Performance, 'cs-lac-58') })).toBeVisible();
    const added = panel.getByRole('list', { name: translation('en', 'report:whatChanged.newWorries') });
    const gone = panel.getByRole('list', { name: translation('en', 'report:whatChanged.goneWorries') });
    const showAll = panel.getByRole('button', { name: translation('en', 'report:whatChanged.showAll') });
    while ((await showAll.count()) > 0) await showAll.first().click();
    // New this quarter; and the adoption wait, restated with a new figure, is neither new nor gone.
    await expect(added.getByRole('link', { name: /^Social worker vacancies/ })).toBeVisible();
    await expect(added.getByRole('link', { name: /waiting for adoption/ })).toHaveCount(0);
    await expect(gone.getByRole('link', { name: /waiting for adoption/ })).toHaveCount(0);
    await expect(gone.getByRole('link', { name: /registered with a dentist/ })).toBeVisible();

    // A new worry leads to where this report says it, focused and marked.
    await added.getByRole('link', { name: /^Social worker vacancies/ }).click();
    const target = app.locator('[data-deep-link-target]');
    await expect(target).toContainText('Social worker vacancies');
    await expect(target).toBeFocused();
    await expect(app).toHaveURL(/#\/report\/\d+\/at\/executive-summary\/\d+$/);
  });

  test('the earliest report says there is nothing earlier to compare with', async ({ app }) => {
    await openReport(app, q1Cover);
    await expect(app.getByRole('region', { name: translation('en', 'report:whatChanged.heading') })).toContainText(translation('en', 'report:whatChanged.first'));
  });

  test("a chart's data table holds the numbers the chart reads out, in period order", async ({ app }) => {
    await openReport(app, q1Performance);
    const name = indicatorName(q1Performance, 'cla-count');
    const figure = trendFigure(app, name);
    const spoken = await readChartByKeyboard(figure, name);

    const toggle = figure.getByRole('button', { name: translation('en', 'charts:table.show') });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(figure.getByRole('button', { name: translation('en', 'charts:table.hide') })).toHaveAttribute('aria-expanded', 'true');
    const table = figure.getByRole('table', { name: text('en', 'charts:trend.name', { title: name }) });
    await expect(table).toBeVisible();
    const rows = table.getByRole('row').filter({ has: app.getByRole('rowheader') });
    const fromTable: string[] = [];
    for (const row of await rows.all()) {
      const period = (await row.getByRole('rowheader').textContent()) ?? '';
      const value = (await row.getByRole('cell').first().textContent()) ?? '';
      fromTable.push(`${period}: ${value}`);
    }
    expect(spoken.map((said) => said.replace(/ \(.*\)$/, ''))).toEqual(fromTable);

    // The same numbers the library holds for children looked after, oldest first, ending with this report's.
    const series = samplePacks()
      .flatMap((pack) => pack.measurements)
      .filter((m) => m.indicator === 'cla-count' && !m.dimension && m.value !== null);
    const byPeriod = new Map(series.map((m) => [m.period, m.value!]));
    expect(fromTable.map((row) => Number(row.split(': ')[1]!.replace(',', '')))).toEqual([...byPeriod.entries()].sort().map(([, value]) => value));
    expect(spoken.at(-1)).toContain(translation('en', 'charts:trend.thisReport'));
  });

  test('breakdowns of one period are a bar chart with its own table', async ({ app }) => {
    await openReport(app, annual);
    const name = indicatorName(annual, 'ks2-core-subject-indicator');
    const figure = app.getByRole('figure', { name: new RegExp(`^${name}`) });
    await expect(figure.getByRole('img')).toBeVisible();
    await figure.getByRole('button', { name: translation('en', 'charts:table.show') }).click();
    const table = figure.getByRole('table');
    for (const dimension of annual.dimensions) await expect(table).toContainText(dimension.label.en);
    await expect(table).toContainText('91.4%');
    await expect(table).toContainText('56.8%');
  });

  test('the three Signs of Safety questions sit side by side on a wide window and stack on a narrow one', async ({ app }) => {
    await openReport(app, q1Performance);
    const section = app.locator('[id="s-executive-summary"]');
    const headings = ['working_well', 'worried', 'to_do'].map((group) => section.getByRole('heading', { level: 3, name: translation('en', `report:signsOfSafety.${group}`) }));
    const tops = async () => Promise.all(headings.map(async (heading) => (await heading.boundingBox())!.y));
    const wide = await tops();
    expect(Math.max(...wide) - Math.min(...wide)).toBeLessThan(2);
    await app.setViewportSize({ width: 900, height: 800 });
    await expect.poll(async () => {
      const [a, b, c] = await tops();
      return a! < b! && b! < c!;
    }).toBe(true);
  });

  test('the table of contents follows the reader and leads to each section', async ({ app }) => {
    await openReport(app, q2Cover);
    const toc = app.getByRole('navigation', { name: translation('en', 'report:toc.heading') });
    const en = q2Cover.report.versions.find((v) => v.lang === 'en')!;
    const legal = en.sections.find((s) => s.key === 'legal')!;
    const entry = toc.getByRole('link', { name: legal.heading });
    await expect(entry).not.toHaveAttribute('aria-current', 'location');
    await entry.click();
    await expect(app.locator('[id="s-legal"]')).toBeFocused();
    await expect(app).toHaveURL(/#\/report\/\d+\/at\/legal$/);
    await expect(entry).toHaveAttribute('aria-current', 'location');
    await expect(toc.locator('[aria-current="location"]')).toHaveCount(1);
  });
});

test.describe('deep links', () => {
  test('#/report/<id>/at/<section>/<block> scrolls to the block, focuses and marks it; a section link does the same', async ({ app }) => {
    await openReport(app, q2Cover);
    const reportUrl = app.url();
    const en = q2Cover.report.versions.find((v) => v.lang === 'en')!;
    const blocks = en.sections.find((s) => s.key === 'detailed-commentary')!.blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : b.items));
    const index = blocks.findIndex((b) => b.number === '26');

    await app.goto(`${reportUrl}/at/detailed-commentary/${index}`);
    const block = app.locator(`[id="b-detailed-commentary-${index}"]`);
    await expect(block).toContainText('CS LAC 58');
    await expect(block).toBeFocused();
    await expect(block).toBeInViewport();
    await expect(block).toHaveAttribute('data-deep-link-target', 'true');
    // The highlight is a class that leaves when its animation ends; the mark stays.
    await expect(block).not.toHaveClass(/deep-link-arrival/, { timeout: 10_000 });
    await expect(block).toHaveAttribute('data-deep-link-target', 'true');

    await app.goto(`${reportUrl}/at/financial`);
    const section = app.locator('[id="s-financial"]');
    await expect(section).toBeFocused();
    await expect(section).toBeInViewport();
  });

  test('a link to a place a version lacks opens at its section, or at the top, and says so', async ({ app }) => {
    await openReport(app, q2Cover);
    const reportUrl = app.url();
    await app.goto(`${reportUrl}/at/detailed-commentary/999`);
    await expect(app.getByRole('status').filter({ hasText: translation('en', 'report:deepLink.sectionOnly') })).toBeVisible();
    await expect(app.locator('[id="s-detailed-commentary"]')).toBeFocused();
    await app.goto(`${reportUrl}/at/no-such-section`);
    await expect(app.getByRole('status').filter({ hasText: translation('en', 'report:deepLink.missing') })).toBeVisible();
  });
});

test.describe('indicators screen', () => {
  async function openIndicators(app: Page, lang: Lang = 'en'): Promise<Locator> {
    await app.getByRole('navigation', { name: translation(lang, 'common:nav.label') }).getByRole('link', { name: translation(lang, 'common:nav.indicators') }).click();
    await expect(app.getByRole('heading', { level: 1, name: translation(lang, 'indicators:heading') })).toBeVisible();
    const table = app.getByRole('table', { name: translation(lang, 'indicators:table.caption') });
    await expect(table).toBeVisible();
    return table;
  }

  /** Indicator title → the words in its Face column. */
  async function faces(table: Locator): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    for (const row of await table.getByRole('row').filter({ has: table.page().getByRole('rowheader') }).all()) {
      const title = ((await row.getByRole('rowheader').textContent()) ?? '').trim();
      const face = ((await row.getByRole('cell').nth(4).textContent()) ?? '').trim();
      result.set(title, face);
    }
    return result;
  }

  test('"Off target" returns exactly the indicators whose latest face says may or will not meet the target', async ({ app }) => {
    const table = await openIndicators(app);
    const all = await faces(table);
    const offTargetFaces = [translation('en', 'indicators:face.may'), translation('en', 'indicators:face.will_not')];
    const expected = [...all].filter(([, face]) => offTargetFaces.includes(face)).map(([title]) => title);
    expect(expected.length).toBeGreaterThan(0);

    const toggle = app.getByRole('button', { name: translation('en', 'indicators:filters.offTarget') });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(app.getByRole('status').filter({ hasText: text('en', 'indicators:filters.showing', { shown: expected.length, total: all.size }) })).toBeVisible();
    expect([...(await faces(table)).keys()]).toEqual(expected);
    await expect(app).toHaveURL(/offTarget=1/);

    // The filter survives a visit to an indicator and Back.
    await table.getByRole('link').first().click();
    await app.goBack();
    await expect(app.getByRole('button', { name: translation('en', 'indicators:filters.offTarget') })).toHaveAttribute('aria-pressed', 'true');
  });

  test('"Worse for two or more periods in a row" finds the care leavers indicator, and filters combine', async ({ app }) => {
    const table = await openIndicators(app);
    await app.getByRole('button', { name: translation('en', 'indicators:filters.worse') }).click();
    const careLeavers = annual.indicators.find((i) => i.key === 'care-leavers-ete-12m')!.title.en;
    await expect(table.getByRole('rowheader', { name: careLeavers })).toBeVisible();
    for (const row of await table.getByRole('row').filter({ has: app.getByRole('rowheader') }).all()) {
      const streak = Number(/(\d+)\s*$/.exec((await row.getByRole('cell').last().textContent()) ?? '')?.[1]);
      expect(streak).toBeGreaterThanOrEqual(2);
    }
    await app.getByLabel(translation('en', 'indicators:filters.plan')).selectOption('corporate_plan');
    await expect(app.getByRole('heading', { name: translation('en', 'indicators:filters.noMatch.heading') })).toBeVisible();
    await app.getByRole('button', { name: translation('en', 'indicators:filters.clear') }).first().click();
    await expect(table.getByRole('rowheader', { name: careLeavers })).toBeVisible();
  });

  test("an indicator's history links each figure to the paragraph of the report it came from", async ({ app }) => {
    const table = await openIndicators(app);
    await table.getByRole('link', { name: q2Cover.indicators.find((i) => i.key === 'cs-lac-58')!.title.en }).click();
    await expect(app.getByRole('heading', { level: 1, name: /CS LAC 58/ })).toBeVisible();
    const history = app.getByRole('table', { name: translation('en', 'indicators:detail.history.caption') });
    const source = history.getByRole('link', { name: text('en', 'indicators:detail.place.paragraph', { report: titleOf(q2Cover, 'en'), number: 26 }) });
    await expect(source).toHaveCount(2);
    const row = history.getByRole('row').filter({ hasText: '61.9%' });
    await row.getByRole('link').click();
    await expect(app.getByRole('heading', { level: 1, name: titleOf(q2Cover, 'en') })).toBeVisible();
    const target = app.locator('[data-deep-link-target]');
    await expect(target).toBeFocused();
    await expect(target).toContainText('26.');
    await expect(target).toContainText('CS LAC 58');
  });
});

test.describe('compare', () => {
  test('two reports of a committee side by side, aligned by code, with differences said in words', async ({ app }) => {
    await openReport(app, q2Cover);
    const chooser = app.getByLabel(translation('en', 'report:compare.label'));
    await expect(chooser).toHaveValue(/\d+/);
    await expect(chooser.locator('option:checked')).toContainText(titleOf(q1Cover, 'en'));
    await app.getByRole('button', { name: translation('en', 'report:compare.button') }).click();
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'report:compareScreen.heading') })).toBeVisible();

    const table = app.getByRole('table', { name: translation('en', 'report:compareScreen.caption') });
    const row = (code: string) => table.getByRole('row').filter({ has: app.getByRole('cell', { name: code, exact: true }) });
    for (const [key, code] of [
      ['cs-lac-58', 'CS LAC 58'],
      ['scc-025', 'SCC/025'],
      ['cs-lac-44', 'CS LAC 44'],
    ] as const) {
      const cells = row(code).getByRole('cell');
      await expect(cells.nth(1)).toContainText(`${current(q1Cover, key).value}`);
      await expect(cells.nth(2)).toContainText(`${current(q2Cover, key).value}`);
    }
    await expect(row('SCC/025')).toContainText(translation('en', 'report:compareScreen.diff.face'));
    await expect(row('SSWB 26')).toContainText(translation('en', 'report:compareScreen.diff.onlyRight'));
    await expect(row('CS LAC 44')).toContainText(translation('en', 'indicators:arrow.improved'));

    await app.getByLabel(translation('en', 'report:compareScreen.onlyDifferences')).check();
    await expect(table.getByRole('cell', { name: translation('en', 'report:compareScreen.diff.none') })).toHaveCount(0);
  });
});

test.describe('keyboard', () => {
  test('the report screen can be read without a mouse: contents, a chart point by point, its table, and compare', async ({ app }) => {
    await openReport(app, q1Performance);
    const heading = app.getByRole('heading', { level: 1, name: titleOf(q1Performance, 'en') });
    await expect(heading).toBeFocused();

    async function tabTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
      for (let i = 0; i < 150 && !(await target.evaluate((el) => el === document.activeElement)); i++) await app.keyboard.press(key);
      await expect(target).toBeFocused();
    }

    // Contents entry → section, by Enter.
    const toc = app.getByRole('navigation', { name: translation('en', 'report:toc.heading') });
    await tabTo(toc.getByRole('link', { name: translation('en', 'report:toc.trends') }));
    await app.keyboard.press('Enter');
    await expect(app.locator('[id="briefing-trends"]')).toBeFocused();

    // The next tab stops are the charts: arrow keys read their points aloud.
    const name = indicatorName(q1Performance, 'cs-lac-58');
    const plot = trendFigure(app, name).getByRole('group', { name: text('en', 'charts:trend.name', { title: name }) });
    await tabTo(plot);
    await app.keyboard.press('End');
    await expect(trendFigure(app, name).getByRole('status')).toHaveText(/^Quarter 1 2019\/20: 57\.0%/);
    await app.keyboard.press('ArrowLeft');
    await expect(trendFigure(app, name).getByRole('status')).toHaveText(/^Year 2018\/19: 56\.6%/);
    await app.keyboard.press('Tab');
    const toggle = trendFigure(app, name).getByRole('button', { name: translation('en', 'charts:table.show') });
    await expect(toggle).toBeFocused();
    await app.keyboard.press('Enter');
    await expect(trendFigure(app, name).getByRole('table')).toBeVisible();

    // Compare, chosen with the keyboard: back up to the chooser, pick a report, press Compare.
    const chooser = app.getByLabel(translation('en', 'report:compare.label'));
    await tabTo(chooser, 'Shift+Tab');
    await app.keyboard.press('ArrowDown');
    await expect(chooser.locator('option:checked')).toContainText(titleOf(q2Cover, 'en'));
    await app.keyboard.press('Tab');
    await expect(app.getByRole('button', { name: translation('en', 'report:compare.button') })).toBeFocused();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'report:compareScreen.heading') })).toBeFocused();
    await expect(app.getByRole('table', { name: translation('en', 'report:compareScreen.caption') })).toContainText('Quarter 2 2017/18');
  });
});

test.describe('Welsh', () => {
  test('cards, charts and the indicators screen speak Welsh, with Welsh period names on the axes', async ({ app }) => {
    await useWelsh(app);
    await openReport(app, q2Cover, 'cy');
    const placed = card(app, q2Cover, 'cs-lac-58', 'cy');
    await expect(placed).toContainText(translation('cy', 'indicators:face.will'));
    await expect(placed).toContainText(translation('cy', 'indicators:arrow.declined'));
    await expect(placed).toContainText(text('cy', 'indicators:change.downPoints_one', { value: 1 }));
    await expect(placed).toContainText('Chwarter 2 2017/18');
    const name = indicatorName(q2Cover, 'cs-lac-58', 'cy');
    const figure = trendFigure(app, name);
    await expect(figure.getByRole('img')).toContainText('Ch1 2017/18');
    await expect(figure.getByRole('img')).toContainText(text('cy', 'charts:trend.target', { value: '60.0%' }));
    const briefing = await app.locator('.report__main').evaluate((main) => {
      const body = main.querySelector('.report__body');
      return [...main.children].filter((child) => child !== body).map((child) => (child as HTMLElement).innerText).join('\n');
    });
    for (const english of ['Quarter', 'Will meet', 'Declined', 'Compared with', 'Target', 'Period', 'percentage point', 'Show the data table']) {
      expect(briefing).not.toContain(english);
    }
  });
});

test.describe('accessibility', () => {
  for (const lang of ['en', 'cy'] as const) {
    for (const pack of samplePacks()) {
      test(`axe finds no WCAG A/AA violations on the report screen of ${pack.report.key} in ${lang}, its data tables open`, async ({ app }) => {
        // A whole report screen is a lot for axe to check; give it room on a busy machine.
        test.slow();
        if (lang === 'cy') await useWelsh(app);
        await openReport(app, pack, lang);
        const toggles = app.getByRole('button', { name: translation(lang, 'charts:table.show') });
        while ((await toggles.count()) > 0) await toggles.first().click();
        expect(await axeViolations(app)).toEqual([]);
      });
    }

    test(`axe finds no WCAG A/AA violations on the compare, Indicators and indicator screens in ${lang}`, async ({ app }) => {
      test.slow();
      if (lang === 'cy') await useWelsh(app);
      await openReport(app, q2Cover, lang);
      await app.getByRole('button', { name: translation(lang, 'report:compare.button') }).click();
      await expect(app.getByRole('heading', { level: 1, name: translation(lang, 'report:compareScreen.heading') })).toBeVisible();
      expect(await axeViolations(app), 'compare').toEqual([]);
      await app.getByRole('link', { name: translation(lang, 'common:nav.indicators'), exact: true }).click();
      await expect(app.getByRole('table', { name: translation(lang, 'indicators:table.caption') })).toBeVisible();
      await app.getByRole('button', { name: translation(lang, 'indicators:filters.offTarget') }).click();
      expect(await axeViolations(app), 'indicators').toEqual([]);
      await app.getByRole('table').getByRole('link').first().click();
      await expect(app.getByRole('table', { name: translation(lang, 'indicators:detail.history.caption') })).toBeVisible();
      expect(await axeViolations(app), 'indicator').toEqual([]);
    });
  }

  test('at 200% zoom the report and Indicators screens reflow without clipped text or sideways scrolling', async ({ app }) => {
    // Chart text is SVG, drawn inside a chart sized to its box: it has no CSS box of its own to
    // overflow (its clientWidth is 0), so the checker's box rules do not apply to it.
    const htmlProblems = async () => (await layoutProblems(app)).filter((problem) => !/: <(text|tspan)>/.test(problem));
    await app.setViewportSize(ZOOM_200);
    await openReport(app, q1Performance);
    expect(await htmlProblems()).toEqual([]);
    await app.goto(app.url().replace(/#.*$/, '#/indicators'));
    await expect(app.getByRole('table', { name: translation('en', 'indicators:table.caption') })).toBeVisible();
    expect(await htmlProblems()).toEqual([]);
  });

  test('with every string 40% longer (pseudo-locale), the briefing screens still fit at 200% zoom', async ({ app }) => {
    const htmlProblems = async () => (await layoutProblems(app)).filter((problem) => !/: <(text|tspan)>/.test(problem));
    await app.setViewportSize(ZOOM_200);
    const base = app.url().replace(/#.*$/, '');
    const pseudo = `${base}${base.includes('?') ? '&' : '?'}pseudo=1`;
    await app.goto(`${pseudo}#/indicators`);
    await expect(app.getByRole('table')).toBeVisible();
    expect(await htmlProblems()).toEqual([]);
    await app.getByRole('table').getByRole('link').first().click();
    await expect(app.getByRole('table')).toBeVisible();
    expect(await htmlProblems()).toEqual([]);
    await app.goto(`${pseudo}#/compare/1/2`);
    await expect(app.getByRole('table')).toBeVisible();
    expect(await htmlProblems()).toEqual([]);
    await app.goto(`${pseudo}#/report/4`);
    await expect(app.getByRole('navigation').filter({ has: app.getByRole('heading', { level: 2 }) })).toBeVisible();
    expect(await htmlProblems()).toEqual([]);
  });
});
