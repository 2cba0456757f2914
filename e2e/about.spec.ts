import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, chooseLanguage, guardNetwork } from './support/fixtures';
import { layoutProblems, ZOOM_200 } from './support/layout';
import { translation } from './support/locales';
import { freshDataDir, startServer, type RunningServer } from './support/server';

const VERSION = (JSON.parse(readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;

async function openAbout(app: Page, language: 'en' | 'cy' = 'en'): Promise<void> {
  await app.getByRole('navigation').getByRole('link', { name: translation(language, 'about:nav'), exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: translation(language, 'about:heading') })).toBeVisible();
}

test.describe('About', () => {
  test('shows the version and where the data is kept, in English and in Welsh', async ({ app, server }) => {
    await openAbout(app);
    await expect(app.getByRole('navigation').getByRole('link', { name: translation('en', 'about:nav'), exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const main = app.getByRole('main');
    await expect(main.getByRole('definition').filter({ hasText: VERSION })).toBeVisible();
    await expect(main.getByText(server.dataDir, { exact: true })).toBeVisible();
    await expect(main.getByRole('button', { name: translation('en', 'about:openFolder.button') })).toBeVisible();
    expect(await axeViolations(app)).toEqual([]);

    await app.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(app.getByRole('heading', { level: 1, name: translation('cy', 'about:heading') })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: translation('cy', 'about:data.heading') })).toBeVisible();
    await expect(main.getByRole('term').getByText(translation('cy', 'about:version'), { exact: true })).toBeVisible();
    await expect(main.getByText(server.dataDir, { exact: true })).toBeVisible();
    await expect(main.getByRole('button', { name: translation('cy', 'about:openFolder.button') })).toBeVisible();
    await expect(main).not.toContainText(translation('en', 'about:data.heading'));
    expect(await axeViolations(app)).toEqual([]);
  });

  test('reflows at 200% and 400% zoom in both languages: a long data folder path wraps, nothing runs off', async ({ page }) => {
    // Roaming profiles and redirected folders make for long, unbroken paths.
    const dataDir = path.join(freshDataDir(), 'RedirectedProfileFoldersForCouncillorsOnTheCouncilDomain', 'AppDataRoamingBriffioLibrary');
    const { server, foreign } = await startWith(page, process.env, dataDir);
    try {
      await page.setViewportSize(ZOOM_200);
      await openAbout(page);
      await expect(page.getByRole('main').getByText(dataDir, { exact: true })).toBeVisible();
      expect(await layoutProblems(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cymraeg' }).click();
      await expect(page.getByRole('heading', { level: 1, name: translation('cy', 'about:heading') })).toBeVisible();
      // 400% zoom of a 1280-pixel window: the 320 CSS pixels WCAG 1.4.10 asks content to fit.
      await page.setViewportSize({ width: 320, height: 256 });
      expect(await layoutProblems(page)).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  test('can be reached with the keyboard alone, up to its Open data folder button', async ({ app }) => {
    const about = app.getByRole('navigation').getByRole('link', { name: translation('en', 'about:nav'), exact: true });
    await about.focus();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'about:heading') })).toBeFocused();
    const button = app.getByRole('button', { name: translation('en', 'about:openFolder.button') });
    for (let presses = 0; presses < 10 && !(await button.evaluate((el) => el === document.activeElement)); presses++) {
      await app.keyboard.press('Tab');
    }
    await expect(button).toBeFocused();
  });
});

/**
 * Browser mode opens folders with xdg-open on Linux. A stand-in earlier on PATH records what it
 * was asked to open (or fails), so the test opens nothing on screen and does not depend on the
 * machine's desktop.
 */
function fakeFileManager(behaviour: 'records' | 'fails'): { env: NodeJS.ProcessEnv; opened: () => string | null } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'briffio-fake-opener-'));
  const log = path.join(dir, 'opened.txt');
  const script = behaviour === 'records' ? `#!/bin/sh\nprintf '%s' "$1" > '${log}'\n` : '#!/bin/sh\nexit 4\n';
  writeFileSync(path.join(dir, 'xdg-open'), script);
  chmodSync(path.join(dir, 'xdg-open'), 0o755);
  return {
    env: { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` },
    opened: () => (existsSync(log) ? readFileSync(log, 'utf8') : null),
  };
}

/** A browser-mode server of the test's own (another environment or data folder), past the welcome dialog. */
async function startWith(page: Page, env: NodeJS.ProcessEnv, dataDir?: string): Promise<{ server: RunningServer; foreign: string[] }> {
  const server = await startServer(dataDir, [], env);
  await chooseLanguage(server, 'en');
  const foreign = await guardNetwork(page, () => server.origin);
  await page.goto(server.url);
  return { server, foreign };
}

test.describe('Open data folder', () => {
  test.skip(process.platform !== 'linux', 'the stand-in file manager replaces xdg-open, which only Linux uses');

  test('opens exactly the data folder in the file manager and says so', async ({ page }) => {
    const fileManager = fakeFileManager('records');
    const { server, foreign } = await startWith(page, fileManager.env);
    try {
      await openAbout(page);
      await page.getByRole('button', { name: translation('en', 'about:openFolder.button') }).click();
      await expect(page.getByRole('status').filter({ hasText: translation('en', 'about:openFolder.opened') })).toBeVisible();
      expect(fileManager.opened()).toBe(server.dataDir);
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(foreign).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  test('explains in Welsh when the folder cannot be opened, and still shows where it is', async ({ page }) => {
    const fileManager = fakeFileManager('fails');
    const { server, foreign } = await startWith(page, fileManager.env);
    try {
      await openAbout(page);
      await page.getByRole('button', { name: 'Cymraeg' }).click();
      await page.getByRole('button', { name: translation('cy', 'about:openFolder.button') }).click();
      await expect(page.getByRole('alert')).toHaveText(translation('cy', 'about:openFolder.failed'));
      await expect(page.getByRole('main').getByText(server.dataDir, { exact: true })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
