import { fixturePack } from '../electron/test-support/fixture-pack';
import { bridge } from './support/bridge';
import { axeViolations, chooseLanguage, expect, guardNetwork, test } from './support/fixtures';
import { translation } from './support/locales';

/**
 * A file opened from the desktop (a double-clicked `.briffio` file, "Open with Briffio"): the main
 * process starts the import itself and opens the window at `#/import/<jobId>`, so the page arrives
 * at a job it did not start. Browser mode has no desktop to open files from, so here the job is
 * started through the bridge and the page is sent to its address, as main does; the launch itself
 * is covered in e2e/electron.spec.ts wherever Electron runs.
 */

const PACK_TITLE = 'Test performance summary';

function packBase64(): string {
  return Buffer.from(JSON.stringify(fixturePack({ title: PACK_TITLE }))).toString('base64');
}

test('a window opened at an import it did not start shows that file’s review screen', async ({ page, server }) => {
  const { jobId } = await bridge(server)('import.start', { fileName: 'Test performance summary.briffio', bytesBase64: packBase64() });
  // Straight to the job's address, as the desktop app's window opens for a double-clicked file.
  await chooseLanguage(server, 'en');
  const foreign = await guardNetwork(page, () => server.origin);
  await page.goto(`${server.url}#/import/${jobId}`);

  await expect(page.getByRole('heading', { level: 1, name: translation('en', 'import:review.heading') })).toBeVisible();
  await expect(page.getByLabel(translation('en', 'import:review.identity.title'), { exact: true })).toHaveValue(PACK_TITLE);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: translation('en', 'import:review.save') }).click();
  await expect(page.getByRole('heading', { level: 1, name: translation('en', 'import:saved.heading') })).toBeVisible();
  await page.getByRole('link', { name: translation('en', 'import:saved.open') }).click();
  await expect(page.getByRole('heading', { level: 1, name: PACK_TITLE })).toBeVisible();
  expect(foreign).toEqual([]);
});

test('a second file opened while Briffio shows another screen takes the window to its review', async ({ app, server }) => {
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  const { jobId } = await bridge(server)('import.start', { fileName: 'report.briffio', bytesBase64: packBase64() });
  // What main does on second-instance: a change of address within the open page.
  await app.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/import/${jobId}`);
  await expect(app.getByRole('heading', { level: 1, name: translation('en', 'import:review.heading') })).toBeVisible();
  await expect(app.getByRole('heading', { level: 1 })).toBeFocused();
});

for (const lang of ['en', 'cy'] as const) {
  test(`a file that cannot be imported arrives as its translated reason, with a way to choose another (${lang})`, async ({ page, server }) => {
    const { jobId } = await bridge(server)('import.start', { fileName: 'broken.briffio', bytesBase64: Buffer.from('not a pack').toString('base64') });
    await chooseLanguage(server, lang);
    const foreign = await guardNetwork(page, () => server.origin);
    await page.goto(`${server.url}#/import/${jobId}`);

    await expect(page.getByRole('heading', { level: 1, name: translation(lang, 'import:failed.heading') })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(translation(lang, 'errors:code.import_damaged'));
    await expect(page.getByText(translation(lang, 'import:nothingSaved'))).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard: the link to try another file is reachable and opens the chooser.
    const another = page.getByRole('link', { name: translation(lang, 'import:chooseAnother') });
    await another.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: translation(lang, 'import:heading') })).toBeVisible();
    expect(foreign).toEqual([]);
  });
}

test('an import that is no longer open says so instead of failing', async ({ app, server }) => {
  // A job id from an earlier run (Briffio restarted since): the address outlived the job.
  await app.goto(`${server.url}#/import/0f8fad5b-d9cb-469f-a165-70867728950e`);
  await expect(app.getByRole('heading', { level: 1, name: translation('en', 'import:gone.heading') })).toBeVisible();
  expect(await axeViolations(app)).toEqual([]);
});
