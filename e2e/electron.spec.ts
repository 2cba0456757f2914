import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixturePack } from '../electron/test-support/fixture-pack';
import { CALL_NAMES, PRELOAD_GLOBAL, type BriffioApi } from '../shared/contract';
import { translation } from './support/locales';
import { samplePack, titleOf } from './support/sample-library';
import { freshDataDir } from './support/server';

/**
 * The desktop app end to end, through Playwright's Electron driver. The renderer flows themselves
 * are covered in Chromium through browser mode; this file checks what only the Electron host does:
 * the app:// protocol, the preload API, the translated window title and its persistence.
 */

const ROOT = path.resolve(__dirname, '..');
const MAIN = path.join(ROOT, 'build', 'electron', 'main.cjs');

/**
 * electron ≥ 42 fetches its binary lazily on the first `require('electron')`, which throws when
 * it cannot be downloaded. Asking in a child process keeps that failure (and any download
 * attempt) out of the test runner, and the timeout stops a stalled network from hanging it.
 */
function findElectron(): { readonly binary: string } | { readonly missing: string } {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  // A download, when it happens, prints a progress line before the path.
  const candidate = (probe.stdout ?? '').trim().split('\n').pop()?.trim() ?? '';
  if (probe.status === 0 && candidate !== '' && existsSync(candidate)) return { binary: candidate };
  // The error lines (e.g. "TypeError: fetch failed", "Error: Electron failed to install…") say
  // why; the stack frames around them do not.
  const errors = (probe.stderr ?? '').split('\n').filter((line) => /^\w*Error: /.test(line.trim()));
  return { missing: probe.error?.message ?? (errors.map((line) => line.trim()).join(' / ') || `exit status ${String(probe.status)}`) };
}

const found = findElectron();
test.skip(
  'missing' in found,
  `Electron binary not available on this machine (it cannot be downloaded here): ${'missing' in found ? found.missing : ''}`,
);
const ELECTRON = 'binary' in found ? found.binary : '';

// One data folder across the tests: the second launch must find what the first one saved.
test.describe.configure({ mode: 'serial' });
let dataDir = '';
test.beforeAll(() => {
  expect(existsSync(MAIN), `${MAIN} is missing: run npm run build`).toBe(true);
  dataDir = freshDataDir();
});
test.afterAll(() => {
  if (dataDir !== '') rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the desktop app on the shared data folder; `extraArgs` go after it, as the OS puts a file to open. */
async function launch(extraArgs: readonly string[] = []): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: ELECTRON,
    // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer's JS
    // sandbox (`sandbox: true`) is unaffected by this switch.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN, '--data-dir', dataDir, ...extraArgs],
    cwd: ROOT,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

/** The native window title (the page's own <title> is kept out of it on purpose). */
function windowTitle(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
}

/** The top-level labels of the native application menu, which main builds in the saved language. */
function menuLabels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
}

function expectedMenu(lang: 'en' | 'cy'): string[] {
  return ['file', 'edit', 'view', 'help'].map((key) => translation(lang, `menu:menu.${key}`));
}

/** A sample report with a Welsh version; read lazily so a skipped run needs no assets. */
function bilingualReport() {
  return samplePack((pack) => pack.report.versions.some((version) => version.lang === 'cy'));
}

test('opens the library in English, opens a report, and switches the window to Welsh', async () => {
  const report = bilingualReport();
  const { app, page } = await launch();
  try {
    expect(page.url()).toMatch(/^app:\/\/briffio\//);
    await expect.poll(() => windowTitle(app)).toBe(translation('en', 'common:app.title'));
    await expect.poll(() => menuLabels(app)).toEqual(expect.arrayContaining(expectedMenu('en')));

    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const link = page.getByRole('listitem').getByRole('link', { name: titleOf(report, 'en') }).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: titleOf(report, 'en') })).toBeVisible();

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(page.getByRole('button', { name: 'Cymraeg' })).toHaveAttribute('aria-pressed', 'true');
    // The product name is the same in both languages ("Briffio" is never translated), so the
    // title alone cannot show the switch; the native menu, rebuilt by main from the saved
    // setting, does.
    await expect.poll(() => windowTitle(app)).toBe(translation('cy', 'common:app.title'));
    await expect.poll(() => menuLabels(app)).toEqual(expect.arrayContaining(expectedMenu('cy')));
  } finally {
    await app.close();
  }
});

test('remembers Welsh after a restart', async () => {
  const report = bilingualReport();
  const { app, page } = await launch();
  try {
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.getByRole('button', { name: 'Cymraeg' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => windowTitle(app)).toBe(translation('cy', 'common:app.title'));
    await expect.poll(() => menuLabels(app)).toEqual(expect.arrayContaining(expectedMenu('cy')));
    await expect(page.getByRole('listitem').getByRole('link', { name: titleOf(report, 'cy') }).first()).toBeVisible();
  } finally {
    await app.close();
  }
});

test('gives the page the contract API and nothing else, and keeps it on the app', async () => {
  const { app, page } = await launch();
  try {
    const exposed = await page.evaluate(
      (name) => ({
        api: Object.keys((window as unknown as Record<string, object>)[name] ?? {}).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }),
      PRELOAD_GLOBAL,
    );
    expect(exposed).toEqual({ api: [...CALL_NAMES].sort(), require: 'undefined', process: 'undefined' });

    // A navigation away from the app is refused by will-navigate, so the page stays put. The
    // test waits for main to have seen the attempt (its own listener runs after the app's),
    // not for a while.
    const attempted = app.evaluate(
      ({ BrowserWindow }) =>
        new Promise<string>((resolve) => {
          BrowserWindow.getAllWindows()[0]!.webContents.once('will-navigate', (_event, url) => resolve(url));
        }),
    );
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    expect(await attempted).toBe('https://example.com/');
    expect(await page.evaluate(() => window.location.href)).toMatch(/^app:\/\/briffio\//);
    expect(page.url()).toMatch(/^app:\/\/briffio\//);

    // window.open never creates a window: the page is handed no window at all.
    expect(await page.evaluate(() => window.open('app://briffio/index.html') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});

test('saves a question list as a PDF through the save dialog, in the interface language', async () => {
  const { app, page } = await launch();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'briffio-pdf-'));
  const target = path.join(folder, 'my-questions.pdf');
  try {
    // The native save dialog cannot be driven: answer it in the main process, as the councillor would.
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as unknown as typeof dialog.showSaveDialog;
    }, target);
    const lang = (await page.locator('html').getAttribute('lang')) === 'cy' ? 'cy' : 'en';
    // A question to print, made through the page's own API.
    const meetingId = await page.evaluate(async (name) => {
      const api = (window as unknown as Record<string, BriffioApi>)[name]!;
      const meetings = await api['meetings.list']({});
      if (!meetings.ok || meetings.value.length === 0) throw new Error('no meeting to add a question to');
      const meeting = meetings.value[0]!;
      const created = await api['questions.create']({ meetingId: meeting.id, text: 'What will the PDF say?', addressedTo: 'director' });
      if (!created.ok) throw new Error(created.error.message);
      return meeting.id;
    }, PRELOAD_GLOBAL);
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/meetings/${meetingId}/questions`);

    await page.getByRole('button', { name: translation(lang, 'questions:ui.savePdf') }).click();
    const saved = translation(lang, 'questions:ui.pdfSaved').replace('{{file}}', 'my-questions.pdf');
    await expect(page.getByRole('status').filter({ hasText: saved })).toBeAttached();
    expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The hidden window that rendered it is gone.
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('File → Import… opens the Import screen, where a chosen report is reviewed, saved and opened', async () => {
  const { app, page } = await launch();
  try {
    const lang = (await page.locator('html').getAttribute('lang')) === 'cy' ? 'cy' : 'en';
    // The native menu item, clicked in the main process as a councillor's click would be.
    const clicked = await app.evaluate(({ Menu }, label) => {
      const stack = [...(Menu.getApplicationMenu()?.items ?? [])];
      while (stack.length > 0) {
        const item = stack.shift()!;
        if (item.label === label) {
          item.click();
          return true;
        }
        stack.push(...(item.submenu?.items ?? []));
      }
      return false;
    }, translation(lang, 'menu:menu.import'));
    expect(clicked).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: translation(lang, 'import:heading') })).toBeVisible();

    await page.getByLabel(translation(lang, 'import:choose.label')).setInputFiles(path.join(ROOT, 'electron', 'import', 'fixtures', 'cover-report.txt'));
    await expect(page.getByRole('heading', { level: 1, name: translation(lang, 'import:review.heading') })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: translation(lang, 'import:review.save') }).click();
    await expect(page.getByRole('heading', { level: 1, name: translation(lang, 'import:saved.heading') })).toBeVisible();
    await page.getByRole('link', { name: translation(lang, 'import:saved.open') }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Corporate Parenting Advisory Committee Performance Summary – Quarter 3 2017/18' })).toBeVisible();
    await expect(page.locator('main')).toContainText('60.8%');
  } finally {
    await app.close();
  }
});

test('opens a double-clicked Briffio pack on its review screen', async () => {
  // Windows and Linux start the app with the file's path on the command line.
  const folder = mkdtempSync(path.join(os.tmpdir(), 'briffio-open-'));
  const file = path.join(folder, 'Opened from the desktop.briffio');
  writeFileSync(file, JSON.stringify(fixturePack({ key: 'opened-from-desktop', title: 'Opened from the desktop' })));
  const { app, page } = await launch([file]);
  try {
    const lang = (await page.locator('html').getAttribute('lang')) === 'cy' ? 'cy' : 'en';
    expect(page.url()).toMatch(/^app:\/\/briffio\/index\.html#\/import\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: translation(lang, 'import:review.heading') })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel(translation(lang, 'import:review.identity.title'), { exact: true })).toHaveValue('Opened from the desktop');
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
