import { test, expect, axeViolations, chooseLanguage, guardNetwork } from './support/fixtures';
import { translation } from './support/locales';
import { samplePack, samplePacks, titleOf } from './support/sample-library';
import { startServer } from './support/server';

const q2Cover = samplePack((pack) => pack.report.period === '2017-18.Q2' && pack.report.kind === 'cover');

test.describe('library', () => {
  test('lists every sample report with its meeting date, period, kind and languages', async ({ app }) => {
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'library:heading') })).toBeVisible();
    for (const pack of samplePacks()) {
      await expect(app.getByRole('link', { name: titleOf(pack, 'en'), exact: true })).toBeVisible();
    }
    await expect(app.getByRole('heading', { name: 'Meeting: 16 January 2018' })).toBeVisible();
    const q2 = app.getByRole('listitem').filter({ has: app.getByRole('link', { name: titleOf(q2Cover, 'en'), exact: true }) });
    await expect(q2).toContainText('Quarter 2 2017/18');
    await expect(q2).toContainText('Cover report');
    await expect(q2).toContainText('English and Welsh');
  });

  test('shows meetings newest first', async ({ app }) => {
    await expect(app.getByRole('link', { name: titleOf(q2Cover, 'en'), exact: true })).toBeVisible();
    const headings = await app.getByRole('heading', { level: 3 }).allTextContents();
    const dates = samplePacks()
      .map((pack) => pack.meeting.date)
      .sort()
      .reverse();
    expect(headings).toHaveLength(dates.length);
    expect(headings[0]).toContain('2019');
    expect(headings[headings.length - 1]).toContain('2017');
  });
});

test.describe('report', () => {
  test('opens with its sections in order, numbered paragraphs, lists and indicator values', async ({ app }) => {
    await app.getByRole('link', { name: titleOf(q2Cover, 'en'), exact: true }).click();
    await expect(app.getByRole('heading', { level: 1, name: titleOf(q2Cover, 'en') })).toBeVisible();
    const en = q2Cover.report.versions.find((v) => v.lang === 'en')!;
    const sectionHeadings = await app.locator('main h2').allTextContents();
    const expected = en.sections.map((s) => s.heading);
    // Section headings appear in the report's own order (other h2s, e.g. indicators, may follow).
    expect(sectionHeadings.filter((h) => expected.includes(h))).toEqual(expected);
    // Paragraph 26 keeps its printed number and states CS LAC 58.
    const paragraph26 = app.locator('main p').filter({ hasText: /^\s*26\./ });
    await expect(paragraph26).toContainText('CS LAC 58');
    // Lettered sub-items stay a list.
    await expect(app.locator('main li').first()).toBeVisible();
    const indicators = app.getByRole('region', { name: translation('en', 'report:indicators.heading') });
    await expect(indicators.getByRole('article').filter({ hasText: 'CS LAC 58' }).first()).toContainText('61.9%');
  });

  test('a report that does not exist gets a designed not-found page', async ({ app, server }) => {
    await app.goto(`${server.origin}/#/report/99999`);
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'report:notFound.heading') })).toBeVisible();
  });
});

test.describe('language', () => {
  test('Cymraeg changes every string at once, sets lang, and survives a restart of the server', async ({ app, server, page }) => {
    const main = app.locator('main');
    const englishOnly = ['Cover report', 'Performance report', 'Meeting:', 'Quarter 2', 'English and Welsh'];
    for (const english of englishOnly) await expect(main).toContainText(english);
    await app.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(app.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(app.getByRole('button', { name: 'Cymraeg' })).toHaveAttribute('aria-pressed', 'true');
    await expect(app).toHaveTitle(translation('cy', 'common:app.title'));
    await expect(app.getByRole('heading', { level: 1, name: translation('cy', 'library:heading') })).toBeVisible();
    await expect(app.getByRole('heading', { name: 'Cyfarfod: 16 Ionawr 2018' })).toBeVisible();
    await expect(app.getByRole('link', { name: titleOf(q2Cover, 'cy'), exact: true })).toBeVisible();
    for (const english of englishOnly) await expect(main).not.toContainText(english);

    // Restart the server on the same data folder: the choice was stored in SQLite.
    await server.stop();
    const restarted = await startServer(server.dataDir);
    try {
      const foreign = await guardNetwork(page, () => restarted.origin);
      await page.goto(restarted.url);
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
      await expect(page.getByRole('heading', { level: 1, name: translation('cy', 'library:heading') })).toBeVisible();
      expect(foreign).toEqual([]);
    } finally {
      await restarted.stop();
    }
  });
});

test.describe('accessibility', () => {
  for (const lang of ['en', 'cy'] as const) {
    test(`axe finds no WCAG A/AA violations on the library in ${lang}`, async ({ app, server }) => {
      if (lang === 'cy') await chooseLanguage(server, 'cy');
      await app.reload();
      await expect(app.getByRole('heading', { level: 1, name: translation(lang, 'library:heading') })).toBeVisible();
      expect(await axeViolations(app)).toEqual([]);
    });
    // Each report screen is checked by axe in both languages, with its data tables open, in
    // briefing.spec.ts ("accessibility"); checking it closed here as well added minutes, not cover.
  }

  test('the library and a report can be used with the keyboard alone', async ({ app }) => {
    await expect(app.getByRole('link', { name: titleOf(q2Cover, 'en'), exact: true })).toBeVisible();
    await app.keyboard.press('Tab');
    await expect(app.getByRole('link', { name: translation('en', 'common:skipLink') })).toBeFocused();
    const link = app.getByRole('link', { name: titleOf(q2Cover, 'en'), exact: true });
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await app.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1, name: titleOf(q2Cover, 'en') })).toBeFocused();
  });
});

test.describe('browser bridge', () => {
  test('refuses calls without the token, and with a foreign Origin', async ({ server, playwright }) => {
    const anonymous = await playwright.request.newContext();
    try {
      const noToken = await anonymous.post(`${server.origin}/api/library.get`, { data: {} });
      expect(noToken.status()).toBe(401);
      const page = await anonymous.get(`${server.origin}/`);
      expect(page.status()).toBe(401);
      const token = new URL(server.url).searchParams.get('token')!;
      const foreign = await anonymous.post(`${server.origin}/api/settings.update`, {
        data: { language: 'cy' },
        headers: { 'X-Briffio-Token': token, Origin: 'http://example.com' },
      });
      expect(foreign.status()).toBe(403);
      const allowed = await anonymous.post(`${server.origin}/api/settings.get`, { data: {}, headers: { 'X-Briffio-Token': token } });
      expect(await allowed.json()).toMatchObject({ ok: true, value: { language: 'en' } });
    } finally {
      await anonymous.dispose();
    }
  });
});

test.describe('no network', () => {
  test('the guard used by every test catches and blocks a request to another origin', async ({ page, server }) => {
    // Proves the per-test network check can fail: a page request to a foreign address is
    // recorded (and aborted before it leaves the browser).
    await chooseLanguage(server, 'en');
    const foreign = await guardNetwork(page, () => server.origin);
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(foreign).toEqual([]);
    // From the app's page the CSP refuses the request; the guard reports the attempt.
    await page.evaluate(() => fetch('http://192.0.2.1/beacon').catch(() => undefined));
    await expect.poll(() => foreign.some((entry) => /^CSP: .*192\.0\.2\.1/.test(entry))).toBe(true);
    // Where no CSP applies (a navigation), the router records and aborts it.
    await page.goto('http://192.0.2.1/elsewhere').catch(() => undefined);
    expect(foreign).toContain('http://192.0.2.1/elsewhere');
  });
});

test.describe('first run', () => {
  test('asks for a language in both languages, and remembers the answer', async ({ page, server }) => {
    const foreign = await guardNetwork(page, () => server.origin);
    await page.goto(server.url);
    const welcome = page.getByRole('dialog', { name: /Welcome to Briffio/ });
    await expect(welcome).toBeVisible();
    await expect(welcome).toContainText(translation('cy', 'common:welcome.body'));
    await expect(welcome).toContainText(translation('en', 'common:welcome.body'));
    await expect(welcome.getByRole('button', { name: 'English' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await welcome.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(welcome).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: translation('cy', 'library:heading') })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(foreign).toEqual([]);
  });

  test('follows a Welsh system language until the councillor chooses', async ({ browser, server }) => {
    const context = await browser.newContext({ locale: 'cy-GB' });
    const page = await context.newPage();
    try {
      const foreign = await guardNetwork(page, () => server.origin);
      await page.goto(server.url);
      const welcome = page.getByRole('dialog', { name: /Croeso i Briffio/ });
      await expect(welcome.getByRole('button', { name: 'Cymraeg' })).toBeFocused();
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
      await page.keyboard.press('Enter');
      await expect(welcome).toBeHidden();
      await expect(page.getByRole('heading', { level: 1, name: translation('cy', 'library:heading') })).toBeVisible();
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
