import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ReportView } from '../shared/domain';
import { packSchema } from '../shared/pack';
import { makeReportPdf, makeScannedPdf } from '../electron/import/fixtures/make-pdf';
import { test, expect, axeViolations } from './support/fixtures';
import { translation } from './support/locales';
import { samplePack, titleOf } from './support/sample-library';
import type { RunningServer } from './support/server';

// Reports written for the tests (electron/import/fixtures); the PDFs are made here, not stored.
const FIXTURES = path.resolve(__dirname, '..', 'electron', 'import', 'fixtures');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const COVER_TITLE = 'Corporate Parenting Advisory Committee Performance Summary – Quarter 3 2017/18';

/** A translation with its {{placeholders}} filled in. */
function words(lang: 'en' | 'cy', key: string, values: Record<string, string | number>): string {
  return translation(lang, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

async function openImport(app: Page): Promise<void> {
  await app.getByRole('navigation', { name: translation('en', 'common:nav.label') }).getByRole('link', { name: translation('en', 'common:nav.import') }).click();
  await expect(app.getByRole('heading', { level: 1, name: translation('en', 'import:heading') })).toBeVisible();
}

/** What the report screen is given for a report: used to check that values joined the library's trends. */
async function reportData(server: RunningServer, reportId: number): Promise<ReportView> {
  const token = new URL(server.url).searchParams.get('token') ?? '';
  const response = await fetch(`${server.origin}/api/report.get`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Briffio-Token': token },
    body: JSON.stringify({ reportId }),
  });
  const result = (await response.json()) as { ok: true; value: ReportView };
  return result.value;
}

test.describe('importing a report', () => {
  // Each test makes and reads a real PDF in a fresh library: more work than most screens, not a wait.
  test.describe.configure({ timeout: 120_000 });

  test('a PDF chosen on the Import screen is reviewed, saved, opened, and its indicators join the sample trends', async ({ app, server }) => {
    await openImport(app);
    expect(await axeViolations(app)).toEqual([]);
    const pdf = Buffer.from(await makeReportPdf(fixture('cover-report.txt'), { footer: true }));
    await app.getByLabel(translation('en', 'import:choose.label')).setInputFiles({ name: 'cpac-q3-2017-18.pdf', mimeType: 'application/pdf', buffer: pdf });

    // The review screen shows what was found.
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'import:review.heading') })).toBeVisible({ timeout: 30_000 });
    await expect(app.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(app.getByLabel(translation('en', 'import:review.identity.committee'), { exact: true })).toHaveValue('cpac');
    await expect(app.getByLabel(translation('en', 'import:review.identity.meetingDate'), { exact: true })).toHaveValue('2018-03-14');
    await expect(app.getByLabel(translation('en', 'import:review.identity.quarter'), { exact: true })).toHaveValue('3');
    await expect(app.getByLabel(translation('en', 'import:review.identity.year'), { exact: true })).toHaveValue('2017');
    await expect(app.getByLabel(translation('en', 'import:review.identity.title'), { exact: true })).toHaveValue(COVER_TITLE);
    const sections = app.getByRole('table').filter({ has: app.getByRole('columnheader', { name: translation('en', 'import:review.sections.column.heading') }) });
    await expect(sections.getByRole('rowheader', { name: 'Detailed Commentary – Quarter 3 2017/18' })).toBeVisible();
    const indicators = app.getByRole('table').filter({ has: app.getByRole('columnheader', { name: translation('en', 'import:review.indicators.column.keep') }) });
    const lac58 = indicators.getByRole('row').filter({ hasText: 'CS LAC 58' });
    await expect(lac58).toContainText('60.8% (378 / 622)');
    await expect(lac58).toContainText('“Percentage of children in regulated placements who are placed in Cardiff”');
    expect(await axeViolations(app)).toEqual([]);

    // Leave one figure out, then save.
    await app.getByRole('checkbox', { name: /^Keep FAM KPI 01/ }).uncheck();
    await app.getByRole('button', { name: translation('en', 'import:review.save') }).click();
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'import:saved.heading') })).toBeVisible();
    await app.getByRole('link', { name: translation('en', 'import:saved.open') }).click();

    await expect(app.getByRole('heading', { level: 1, name: COVER_TITLE })).toBeVisible();
    await expect(app.locator('main')).toContainText('60.8%');
    const reportId = Number(/#\/report\/(\d+)/.exec(app.url())![1]);
    // CS LAC 58's history now runs from the sample library's quarters into the imported one.
    const report = await reportData(server, reportId);
    const history = report.indicators.find((entry) => entry.indicator.code === 'CS LAC 58')!.measurements;
    expect(history.filter((m) => m.sourceReportId !== reportId).map((m) => m.period)).toEqual(expect.arrayContaining(['2017-18.Q1', '2017-18.Q2']));
    expect(history.filter((m) => m.sourceReportId === reportId && m.role === 'current').map((m) => [m.period, m.value])).toEqual([['2017-18.Q3', 60.8]]);
    // The figure left out on the review screen was not saved.
    expect(report.indicators.map((entry) => entry.indicator.code)).not.toContain('FAM KPI 01');

    // Each section says which page of the PDF it starts on; each figure, the page that printed it.
    const section = (heading: string) => app.locator('section').filter({ has: app.getByRole('heading', { level: 2, name: heading, exact: true }) });
    await expect(section('Financial Implications').getByText(words('en', 'report:sectionPage', { page: 2 }), { exact: true })).toBeVisible();
    await expect(section('Reasons for this Report').getByText(words('en', 'report:sectionPage', { page: 1 }), { exact: true })).toBeVisible();
    // CS LAC 58 joined the library's indicator, so its card is named by the library's title.
    const sampleQ2 = samplePack((pack) => pack.report.key === 'cpac-2017-18-q2-cover');
    const lac58Title = sampleQ2.indicators.find((indicator) => indicator.code === 'CS LAC 58')!.title;
    const card = app.getByRole('article', { name: lac58Title.en });
    await expect(card).toContainText('CS LAC 58');
    await expect(card.getByRole('link', { name: words('en', 'indicators:card.whereOnPage', { page: 2 }) })).toBeVisible();
    expect(await axeViolations(app)).toEqual([]);

    // The indicator's history names the page beside the paragraph; the sample library's reports have none.
    await card.getByRole('link', { name: translation('en', 'indicators:card.history') }).click();
    const historyTable = app.getByRole('region', { name: translation('en', 'indicators:detail.history.caption') });
    await expect(historyTable.getByRole('row').filter({ hasText: '60.8%' }).getByRole('link')).toHaveText(
      words('en', 'indicators:detail.place.paragraphPage', { report: COVER_TITLE, number: '10', page: 2 }),
    );
    const sampleTitle = titleOf(sampleQ2, 'en');
    await expect(historyTable.getByRole('link', { name: words('en', 'indicators:detail.place.paragraph', { report: sampleTitle, number: '26' }), exact: true }).first()).toBeVisible();

    // It is in the library, under its committee and meeting.
    await app.getByRole('navigation', { name: translation('en', 'common:nav.label') }).getByRole('link', { name: translation('en', 'common:nav.library') }).click();
    await expect(app.getByRole('link', { name: COVER_TITLE, exact: true })).toBeVisible();

    // In Welsh, the page is "tudalen" (the imported report has only its English version).
    await app.getByRole('link', { name: COVER_TITLE, exact: true }).click();
    await app.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(section('Financial Implications').getByText(words('cy', 'report:sectionPage', { page: 2 }), { exact: true })).toBeVisible();
    const welshCard = app.getByRole('article', { name: lac58Title.cy });
    await expect(welshCard.getByRole('link', { name: words('cy', 'indicators:card.whereOnPage', { page: 2 }) })).toBeVisible();
    expect(await axeViolations(app)).toEqual([]);
  });

  test('Export as pack saves the report as a Briffio pack that imports again', async ({ app }) => {
    const sample = samplePack((pack) => pack.report.key === 'cpac-2017-18-q2-cover');
    const welshTitle = titleOf(sample, 'cy');
    await app.getByRole('button', { name: 'Cymraeg' }).click();
    await app.getByRole('link', { name: welshTitle, exact: true }).click();
    await expect(app.getByRole('heading', { level: 1, name: welshTitle })).toBeVisible();
    // The sample library's reports have no pages, so no section says one.
    await expect(app.getByText(/^tudalen \d+$/)).toHaveCount(0);

    const downloading = app.waitForEvent('download');
    await app.getByRole('button', { name: translation('cy', 'report:exportPack.button') }).click();
    const download = await downloading;
    // Named after the title, with the "/" a file name cannot hold replaced.
    const fileName = `${welshTitle.replace('/', '-')}.briffio`;
    expect(download.suggestedFilename()).toBe(fileName);
    const report = app.getByRole('article').filter({ has: app.getByRole('heading', { level: 1, name: welshTitle }) });
    await expect(report.getByText(words('cy', 'report:exportPack.done', { file: fileName }))).toBeVisible();
    expect(await axeViolations(app)).toEqual([]);

    // The file is a pack Briffio accepts: the same report, both language versions, its figures.
    const file = readFileSync(await download.path());
    const pack = packSchema.parse(JSON.parse(file.toString('utf8')));
    expect(pack.report.key).toBe(sample.report.key);
    expect(pack.report.versions.map((version) => version.title).sort()).toEqual(sample.report.versions.map((version) => version.title).sort());
    expect(pack.measurements).toHaveLength(sample.measurements.length);

    // And it imports again through the Import screen, as a new revision of the same report.
    await app.getByRole('navigation', { name: translation('cy', 'common:nav.label') }).getByRole('link', { name: translation('cy', 'common:nav.import') }).click();
    await app.getByLabel(translation('cy', 'import:choose.label')).setInputFiles({ name: fileName, mimeType: 'application/x-briffio-pack', buffer: file });
    await expect(app.getByRole('heading', { level: 1, name: translation('cy', 'import:review.heading') })).toBeVisible();
    await expect(app.getByRole('radio', { name: translation('cy', 'import:review.target.existing') })).toBeChecked();
    await app.getByRole('button', { name: translation('cy', 'import:review.save') }).click();
    await expect(app.getByRole('heading', { level: 1, name: translation('cy', 'import:saved.heading') })).toBeVisible();
    await app.getByRole('link', { name: translation('cy', 'import:saved.open') }).click();
    await expect(app.getByRole('heading', { level: 1, name: welshTitle })).toBeVisible();
  });

  test('a file dropped on the window is imported; a Welsh report goes in as the Welsh version', async ({ app }) => {
    // First the English report, dropped on the library screen.
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'library:heading') })).toBeVisible();
    await dropFile(app, 'cover-q3.txt', fixture('cover-report.txt'));
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'import:review.heading') })).toBeVisible();
    await app.getByRole('button', { name: translation('en', 'import:review.save') }).click();
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'import:saved.heading') })).toBeVisible();

    // Then its Welsh version, with the interface in Welsh.
    await app.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(app.getByRole('heading', { level: 1, name: translation('cy', 'import:saved.heading') })).toBeVisible();
    await dropFile(app, 'adroddiad-ch3.txt', fixture('welsh-cover-report.txt'));
    await expect(app.getByRole('heading', { level: 1, name: translation('cy', 'import:review.heading') })).toBeVisible();
    await expect(app.getByRole('radio', { name: translation('cy', 'import:review.target.existing') })).toBeChecked();
    await expect(app.getByText(translation('cy', 'import:review.target.translation.cy'))).toBeVisible();
    await expect(app.getByRole('table').first()).toContainText(translation('cy', 'import:review.sections.kind.numbered'));
    expect(await axeViolations(app)).toEqual([]);
    await app.getByRole('button', { name: translation('cy', 'import:review.save') }).click();
    await expect(app.getByRole('heading', { level: 1, name: translation('cy', 'import:saved.heading') })).toBeVisible();
    await app.getByRole('link', { name: translation('cy', 'import:saved.open') }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Crynodeb Perfformiad y Pwyllgor Ymgynghorol Rhianta Corfforaethol – Chwarter 3 2017/18' })).toBeVisible();
    await expect(app.locator('main')).toContainText('tŷ newydd');
  });

  test('reading shows pages read and can be cancelled; nothing is saved', async ({ app }) => {
    await openImport(app);
    // Progress answers are held at "page 3 of 40" until Cancel is pressed, so the test does not race the reader.
    let held = true;
    await app.route('**/api/import.progress', async (route) => {
      if (!held) return route.continue();
      const { jobId } = route.request().postDataJSON() as { jobId: string };
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, value: { jobId, fileName: 'long.pdf', state: 'running', pagesDone: 3, pagesTotal: 40 } }),
      });
    });
    await app.route('**/api/import.cancel', async (route) => {
      held = false;
      await route.continue();
    });
    const pdf = Buffer.from(await makeReportPdf(fixture('cover-report.txt')));
    await app.getByLabel(translation('en', 'import:choose.label')).setInputFiles({ name: 'long.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(app.getByRole('heading', { level: 1, name: 'Reading long.pdf' })).toBeVisible();
    await expect(app.getByRole('progressbar', { name: 'Pages read: 3 of 40' })).toHaveAttribute('value', '3');
    expect(await axeViolations(app)).toEqual([]);
    await app.getByRole('button', { name: translation('en', 'import:cancel') }).click();
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'import:cancelled.heading') })).toBeVisible();
    await expect(app.getByText(translation('en', 'import:nothingSaved'))).toBeVisible();
    await app.getByRole('navigation', { name: translation('en', 'common:nav.label') }).getByRole('link', { name: translation('en', 'common:nav.library') }).click();
    await expect(app.getByRole('link', { name: COVER_TITLE, exact: true })).toHaveCount(0);
  });

  test('a scanned PDF, and a pack that fails the schema, each get one clear reason in both languages', async ({ app }) => {
    await openImport(app);
    await app.getByLabel(translation('en', 'import:choose.label')).setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makeScannedPdf(2)) });
    await expect(app.getByRole('heading', { level: 1, name: translation('en', 'import:failed.heading') })).toBeVisible();
    await expect(app.getByRole('alert')).toHaveText(translation('en', 'errors:code.import_no_text'));

    await app.getByRole('link', { name: translation('en', 'import:chooseAnother') }).click();
    await app.getByRole('button', { name: 'Cymraeg' }).click();
    const broken = JSON.stringify({ format: 'briffio-pack', version: 1, committee: { key: 'Not A Key' } });
    await app.getByLabel(translation('cy', 'import:choose.label')).setInputFiles({ name: 'pecyn.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await expect(app.getByRole('heading', { level: 1, name: translation('cy', 'import:failed.heading') })).toBeVisible();
    await expect(app.getByRole('alert')).toHaveText(translation('cy', 'errors:code.import_invalid_pack'));
    await expect(app.getByRole('listitem').filter({ hasText: 'committee.key' })).toBeVisible();
    await expect(app.getByRole('listitem').filter({ hasText: 'meeting' })).toBeVisible();
    expect(await axeViolations(app)).toEqual([]);
  });
});

/** Drags a file over the window and drops it, as Windows Explorer or Finder would. */
async function dropFile(app: Page, name: string, text: string): Promise<void> {
  const transfer = await app.evaluateHandle(
    ({ fileName, content }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'text/plain' }));
      return data;
    },
    { fileName: name, content: text },
  );
  // The window listens once the app has rendered; until the overlay shows, the drag is offered again.
  await expect(async () => {
    await app.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(app.getByText(/Drop the file to import it|Gollyngwch y ffeil i'w mewnforio/)).toBeVisible({ timeout: 1000 });
  }).toPass();
  await app.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}
