// Report screen figures: how long from navigation until a report with 30 indicators and 10
// trend charts is on screen and usable (its contents list and every chart drawn), in headless
// Chromium against browser mode; and, as the baseline, the same content saved as a static HTML
// page. Prints the figures and their ratio; it is not a pass/fail test (target: under 300 ms and
// within 2x of the static page on this machine).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { packSchema, type Pack, type PackInput } from '../../shared/pack';
import { Store } from '../../electron/store/store';

const root = process.env.BRIFFIO_ROOT ?? process.cwd();
const RUNS = 12;
const INDICATORS = 30;
const CHARTS = 10;
const QUARTERS = ['2017-18.Q1', '2017-18.Q2', '2017-18.Q3', '2017-18.Q4', '2018-19.Q1', '2018-19.Q2', '2018-19.Q3', '2018-19.Q4'];
const PERIOD = '2019-20.Q1';

/** A report written for the benchmark: 30 indicators, the first 10 with eight earlier quarters each. */
function benchPack(): Pack {
  const indicators: PackInput['indicators'] = [];
  const measurements: NonNullable<PackInput['measurements']> = [];
  const paragraphs: { type: 'paragraph'; number: string; text: string }[] = [];
  for (let i = 1; i <= INDICATORS; i++) {
    const key = `bench-${i}`;
    const code = `BEN ${String(i).padStart(2, '0')}`;
    const percent = i % 3 !== 0;
    indicators.push({
      key,
      code,
      title: { en: `Benchmark indicator number ${i}`, cy: `Dangosydd meincnod rhif ${i}` },
      unit: percent ? 'percent' : 'count',
      polarity: i % 4 === 0 ? 'lower_is_better' : 'higher_is_better',
      plan: i % 2 === 0 ? 'corporate_plan' : 'directorate_delivery_plan',
      area: { en: 'Benchmark Area', cy: 'Maes Meincnod' },
    });
    const value = percent ? 40 + ((i * 7) % 55) + 0.5 : 100 + i * 13;
    const target = percent ? 70 : undefined;
    measurements.push({
      indicator: key,
      period: PERIOD,
      value,
      ...(percent ? { numerator: Math.round(value * 4), denominator: 400 } : {}),
      ...(target !== undefined ? { target, face: value >= target ? 'will' : i % 2 ? 'may' : 'will_not' } : {}),
      arrow: (['improved', 'sustained', 'declined'] as const)[i % 3],
      role: 'current',
      sectionKey: 'commentary',
      blockNumber: String(i),
    });
    if (i <= CHARTS) {
      QUARTERS.forEach((period, q) => {
        measurements.push({ indicator: key, period, value: percent ? 50 + ((q * 3 + i) % 40) : 80 + q * 9 + i, role: 'series', sectionKey: 'commentary' });
      });
    }
    paragraphs.push({ type: 'paragraph', number: String(i), text: `${code} stood at ${value}${percent ? '%' : ''} this quarter, as the chart shows.` });
  }
  const input: PackInput = {
    format: 'briffio-pack',
    version: 1,
    committee: { key: 'bench-committee', name: { en: 'Benchmark Committee', cy: 'Pwyllgor Meincnod' }, council: { en: 'Bench Council', cy: 'Cyngor Meincnod' } },
    meeting: { date: '2019-10-20' },
    report: {
      key: 'bench-report',
      kind: 'performance',
      period: PERIOD,
      versions: [
        {
          lang: 'en',
          title: 'Benchmark performance report',
          sections: [
            {
              key: 'summary',
              kind: 'signs_of_safety',
              heading: 'Summary',
              blocks: [
                { type: 'list', group: 'working_well', items: [{ text: 'Reviews are on time.' }, { text: 'Visits are on time.' }] },
                { type: 'list', group: 'worried', items: [{ text: 'Placements are scarce.' }, { text: 'Caseloads are high.' }] },
                { type: 'list', group: 'to_do', items: [{ text: 'Recruit foster carers.' }, { text: 'Review placements.' }] },
              ],
            },
            { key: 'commentary', kind: 'numbered', heading: 'Commentary', blocks: paragraphs },
          ],
        },
      ],
      keyStats: [
        { label: { en: 'Children looked after', cy: 'Plant sy’n derbyn gofal' }, value: 934, unit: 'count' },
        { label: { en: 'Starts this quarter', cy: 'Dechrau y chwarter hwn' }, value: 71, unit: 'count' },
      ],
    },
    indicators,
    measurements,
  };
  return packSchema.parse(input);
}

function startServer(dataDir: string): Promise<{ url: string; origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(root, 'build', 'electron', 'browser-mode.cjs'), '--no-open', '--data-dir', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Briffio browser mode: (\S+)/.exec(output);
      if (match) resolve({ url: match[1]!, origin: new URL(match[1]!).origin, child });
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code})`)));
  });
}

/*
 * Both timers below run in the page and stop once the contents list and every chart's svg exist
 * and a frame has been drawn with them. The readiness check is written out in each, because the
 * page's Content-Security-Policy forbids building a shared one from a string.
 */

/** In-app navigation from the library to the report, as a councillor clicks a report. */
async function timeInAppNavigation(page: Page, reportHash: string): Promise<number> {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page.evaluate(
    ({ hash, charts }) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const ready = () =>
          document.querySelector('nav.report-toc') !== null && document.querySelectorAll('.report-trends figure svg[role="img"]').length >= charts;
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        window.location.hash = hash;
      }),
    { hash: reportHash, charts: CHARTS },
  );
}

/** A full page load straight into the report (code, settings and data all loaded afresh). */
async function timeColdLoad(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(
    (charts) =>
      new Promise<number>((resolve) => {
        const ready = () =>
          document.querySelector('nav.report-toc') !== null && document.querySelectorAll('.report-trends figure svg[role="img"]').length >= charts;
        // performance.now() counts from the start of the navigation.
        const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        if (ready()) return finish();
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          finish();
        });
        observer.observe(document, { childList: true, subtree: true });
      }),
    CHARTS,
  );
}

/** The static page: the report screen's own markup and stylesheet, no script. */
async function timeStatic(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))));
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function describe(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `${label.padEnd(44)} median ${median(samples).toFixed(0).padStart(4)} ms   best ${sorted[0]!.toFixed(0).padStart(4)} ms   worst ${sorted.at(-1)!.toFixed(0).padStart(4)} ms`;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed; the benchmark needs build/ and dist/.');

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'briffio-bench-report-'));
  const store = Store.open(path.join(dataDir, 'briffio.sqlite'));
  const { reportId } = store.writePack(benchPack(), { origin: 'import', now: new Date().toISOString() });
  store.updateSettings({ language: 'en', languageChosen: true });
  store.close();

  const server = await startServer(dataDir);
  let staticServer: http.Server | null = null;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const reportHash = `#/report/${reportId}`;
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    // One warm-up of each path, so the figures are not dominated by first-time compilation.
    await timeInAppNavigation(page, reportHash);
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) warm.push(await timeInAppNavigation(page, reportHash));

    // The same content as a static page: the rendered report screen and the app's stylesheet.
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await timeInAppNavigation(page, reportHash);
    const main = await page.locator('body').evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('script').forEach((script) => script.remove());
      return copy.innerHTML;
    });
    const cssDir = path.join(root, 'dist', 'renderer', 'assets');
    const css = readdirSync(cssDir)
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(path.join(cssDir, file), 'utf8'))
      .join('\n');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static report</title><link rel="stylesheet" href="/app.css"></head><body>${main}</body></html>`;
    staticServer = http.createServer((request, response) => {
      if (request.url === '/app.css') {
        response.writeHead(200, { 'Content-Type': 'text/css' }).end(css);
      } else {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
      }
    });
    await new Promise<void>((resolve) => staticServer!.listen(0, '127.0.0.1', resolve));
    const staticUrl = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}/report.html`;

    await timeColdLoad(page, `${server.url}${reportHash}`);
    const cold: number[] = [];
    for (let run = 0; run < RUNS; run++) cold.push(await timeColdLoad(page, `${server.url}${reportHash}`));

    await timeStatic(page, staticUrl);
    const baseline: number[] = [];
    for (let run = 0; run < RUNS; run++) baseline.push(await timeStatic(page, staticUrl));

    const size = (await page.evaluate(() => document.querySelectorAll('*').length)).toLocaleString('en-GB');
    console.log(`report screen: ${INDICATORS} indicators, ${CHARTS} trend charts (${size} elements on the static page), ${RUNS} runs each`);
    console.log(describe('navigation in the app (library → report)', warm));
    console.log(describe('full page load of the app at the report', cold));
    console.log(describe('static HTML page of the same content', baseline));
    console.log(`ratio, in-app navigation / static page:      ${(median(warm) / median(baseline)).toFixed(2)}x`);
    console.log(`ratio, full app load / static page:          ${(median(cold) / median(baseline)).toFixed(2)}x`);
    console.log('targets: in-app navigation under 300 ms, and within 2x of the static page');
  } finally {
    await browser.close();
    staticServer?.close();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
