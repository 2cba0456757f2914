// Opening an annotated report (issue #4): how long from navigation to a report with 500 private
// annotations until every highlight is painted — each note's highlight and numbered marker in the
// report text, the notes loaded, and a frame painted after — in headless Chromium against browser
// mode. The side panel is closed as a report opens; opening it (the toggle pressed until its list
// shows all 500 and a frame is painted) is timed separately. The baseline is the same report with
// no annotations. Prints p50/p95/max and the ratio; it is not a pass/fail test (target: under 1 s
// from navigation on the 2-core development machine).
//
// Two data folders are made from the sample library (its longest report, in English): one with
// 500 notes spread through the report's sections, one with none. Both are removed at the end, and
// the browser-mode servers stopped, even when something fails or the run is interrupted.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { sectionPlainText } from '../../shared/anchoring';
import { ANNOTATION_COLOURS, type Annotation } from '../../shared/annotation-model';
import { dispatch } from '../../shared/dispatch';
import type { LibraryView, ReportView } from '../../shared/domain';
import { openCore, type BriffioCore } from '../../electron/core/open-core';

const root = process.env.BRIFFIO_ROOT ?? process.cwd();
const RUNS = 10;
const NOTES = 500;
/** A run that is not ready by then has failed (a highlight that never paints), not merely slow. */
const RUN_TIMEOUT_MS = 30_000;

const folders: string[] = [];
const servers: ChildProcess[] = [];
let browser: Browser | null = null;

/** Stops what this benchmark started and removes its folders; safe to call more than once. */
function cleanUpNow(): void {
  for (const child of servers.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

async function cleanUp(): Promise<void> {
  const closing = browser?.close().catch(() => undefined);
  browser = null;
  const exits = servers.filter((child) => child.exitCode === null && child.signalCode === null).map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of servers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all([closing, ...exits]);
  cleanUpNow();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUpNow();
    process.exit(130);
  });
}

async function call<T>(core: BriffioCore, name: Parameters<typeof dispatch>[1], input: unknown): Promise<T> {
  const result = await dispatch(core.handlers, name, input);
  if (!result.ok) throw new Error(`${String(name)}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** A deterministic spread of positions, so runs compare. */
function* positions(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield state / 2147483648;
  }
}

interface Prepared {
  readonly dataDir: string;
  readonly reportId: number;
  readonly key: string;
  readonly characters: number;
  readonly sections: number;
  readonly notedSections: number;
}

/**
 * A data folder with the sample library, the interface in English, and `notes` annotations on the
 * sample library's longest report, round-robin through its sections (each 10–50 characters at a
 * deterministic place, some crossing into the next paragraph), made through the handler table.
 */
async function prepare(notes: number): Promise<Prepared> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'briffio-bench-open-'));
  folders.push(dataDir);
  const core = openCore({ dataDir, appRoot: root, version: 'bench', host: 'browser', rollingBackups: false });
  try {
    core.store.updateSettings({ language: 'en', languageChosen: true });
    const library = await call<LibraryView>(core, 'library.get', {});
    const reports = await Promise.all(
      library.committees.flatMap((c) => c.meetings.flatMap((m) => m.reports)).map((r) => call<ReportView>(core, 'report.get', { reportId: r.id })),
    );
    const english = (report: ReportView) => report.versions.find((v) => v.lang === 'en');
    const size = (report: ReportView) => english(report)?.sections.reduce((sum, section) => sum + sectionPlainText(section).length, 0) ?? 0;
    const report = [...reports].sort((a, b) => size(b) - size(a) || a.key.localeCompare(b.key))[0];
    const version = report && english(report);
    if (!report || !version) throw new Error('The sample library has no English report to annotate.');
    const sections = version.sections.map((section) => ({ section, text: sectionPlainText(section) })).filter((s) => s.text.length > 60);
    const next = positions(7);
    for (let i = 0; i < notes; i++) {
      const { section, text } = sections[i % sections.length]!;
      const start = Math.floor(next.next().value * (text.length - 50));
      await call<Annotation>(core, 'annotations.create', {
        reportId: report.id,
        target: { kind: 'text', lang: version.lang, sectionKey: section.key, start, end: start + 10 + Math.floor(next.next().value * 40) },
        colour: ANNOTATION_COLOURS[i % ANNOTATION_COLOURS.length],
        body: `Note ${i + 1}: ask about the figures in this passage`,
        tags: i % 7 === 0 ? ['follow up'] : [],
      });
    }
    const placed = (await call<Annotation[]>(core, 'annotations.list', { reportId: report.id })).filter((n) => n.anchorState === 'placed').length;
    if (placed !== notes) throw new Error(`Only ${placed} of ${notes} annotations were placed.`);
    return { dataDir, reportId: report.id, key: report.key, characters: size(report), sections: version.sections.length, notedSections: Math.min(notes, sections.length) };
  } finally {
    core.close();
  }
}

function startServer(dataDir: string): Promise<string> {
  const child = spawn(process.execPath, [path.join(root, 'build', 'electron', 'browser-mode.cjs'), '--no-open', '--data-dir', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Briffio browser mode: (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}) before it was ready`)));
  });
}

interface Timing {
  /** Until the report's text (every section) is on screen. */
  readonly text: number;
  /** Until the notes are loaded, every highlight and marker is in the text, and a frame is painted. */
  readonly ready: number;
}

/**
 * Runs in the page. With `hash`, an in-app navigation (the library is on screen; the clock starts
 * as the hash changes); without, the page has just started loading the report and the clock is
 * performance.now(), which counts from the start of the navigation. The readiness check is
 * written out here because the page's Content-Security-Policy forbids building one from a string.
 */
function timeInPage(page: Page, options: { hash?: string; notes: number; sections: number; timeout: number }): Promise<Timing> {
  return page.evaluate(
    ({ hash, notes, sections, timeout }) =>
      new Promise<Timing>((resolve, reject) => {
        const start = hash === undefined ? 0 : performance.now();
        let text: number | null = null;
        const state = () => {
          const body = document.querySelector('.report__body');
          const sectionsShown = body?.querySelectorAll('section.report-section').length ?? 0;
          const marks = body?.querySelectorAll('mark[data-annotation]') ?? [];
          const ids = new Set<string | null>();
          // A highlighted piece may be covered by several notes: its mark names them all.
          for (const mark of marks) for (const id of (mark.getAttribute('data-annotation') ?? '').split(' ')) if (id) ids.add(id);
          const markers = body?.querySelectorAll('button.hl-marker').length ?? 0;
          const panel = document.getElementById('annotation-panel');
          const loaded = panel !== null && panel.querySelector('[role="status"], [role="alert"]') === null;
          return { sectionsShown, highlights: ids.size, markers, loaded };
        };
        const check = (): boolean => {
          const now = state();
          if (text === null && now.sectionsShown >= sections) text = performance.now() - start;
          return text !== null && now.loaded && now.highlights === notes && now.markers === notes;
        };
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`not ready after ${timeout} ms: ${JSON.stringify(state())}, expected ${notes} notes in ${sections} sections`));
        }, timeout);
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          // Two frames: the first runs before the paint that shows the highlights, the second after it.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve({ text: text!, ready: performance.now() - start })));
        };
        const observer = new MutationObserver(() => {
          if (check()) finish();
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
        if (hash !== undefined) window.location.hash = hash;
        else if (check()) finish();
      }),
    options,
  );
}

/**
 * Runs in the page, on a report that is ready: presses the side panel's toggle and times until the
 * panel is shown listing every note, and a frame is painted after.
 */
function timePanelInPage(page: Page, options: { notes: number; timeout: number }): Promise<number> {
  return page.evaluate(
    ({ notes, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const toggle = document.querySelector<HTMLButtonElement>('button[aria-controls="annotation-panel"]');
        if (!toggle || toggle.getAttribute('aria-expanded') !== 'false') {
          reject(new Error('the side panel toggle is missing, or the panel is already open'));
          return;
        }
        const state = () => {
          const panel = document.getElementById('annotation-panel');
          return { shown: panel !== null && !panel.hidden, listed: panel?.querySelectorAll('.annotation-list > li').length ?? 0 };
        };
        const check = () => {
          const now = state();
          return now.shown && now.listed === notes;
        };
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`side panel not ready after ${timeout} ms: ${JSON.stringify(state())}, expected ${notes} notes`));
        }, timeout);
        const start = performance.now();
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        };
        const observer = new MutationObserver(() => {
          if (check()) finish();
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
        toggle.click();
        if (check()) finish();
      }),
    options,
  );
}

/** A full page load straight into the report (code, settings, report and notes all loaded afresh). */
async function timeColdLoad(page: Page, url: string, prepared: Prepared, notes: number): Promise<Timing> {
  await page.goto('about:blank');
  await page.goto(`${url}#/report/${prepared.reportId}`, { waitUntil: 'commit' });
  return timeInPage(page, { notes, sections: prepared.sections, timeout: RUN_TIMEOUT_MS });
}

/** In-app navigation from the library to the report, as a councillor clicks a report. */
async function timeInApp(page: Page, prepared: Prepared, notes: number): Promise<Timing> {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.locator('.report__body').waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return timeInPage(page, { hash: `#/report/${prepared.reportId}`, notes, sections: prepared.sections, timeout: RUN_TIMEOUT_MS });
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function describe(label: string, samples: readonly number[]): string {
  const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
  return `${label.padEnd(52)} p50 ${ms(percentile(samples, 50))}   p95 ${ms(percentile(samples, 95))}   max ${ms(Math.max(...samples))}`;
}

/**
 * One run, tried a second time (after loading the page afresh) if it fails: build/ and dist/ are
 * shared, and a rebuild made meanwhile by another command leaves a loaded page without its
 * script. A highlight that never paints fails both tries.
 */
async function run(page: Page, url: string, prepared: Prepared, time: () => Promise<Timing>): Promise<Timing> {
  try {
    return await time();
  } catch (error) {
    console.error(`a run failed, trying it once more: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    return time();
  }
}

async function measure(page: Page, url: string, prepared: Prepared, notes: number): Promise<{ cold: Timing[]; inApp: Timing[]; panel: number[] }> {
  const cold: Timing[] = [];
  const inApp: Timing[] = [];
  const panel: number[] = [];
  // One warm-up of each path (index 0, not kept), so the figures are not dominated by first-time compilation.
  // After each full load, the side panel is opened (from closed, on a report just opened).
  for (let index = 0; index <= RUNS; index++) {
    const timing = await run(page, url, prepared, () => timeColdLoad(page, url, prepared, notes));
    const opening = await timePanelInPage(page, { notes, timeout: RUN_TIMEOUT_MS });
    if (index > 0) {
      cold.push(timing);
      panel.push(opening);
    }
  }
  for (let index = 0; index <= RUNS; index++) {
    const timing = await run(page, url, prepared, () => timeInApp(page, prepared, notes));
    if (index > 0) inApp.push(timing);
  }
  return { cold, inApp, panel };
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed; the benchmark needs build/ and dist/.');

  const annotated = await prepare(NOTES);
  const plain = await prepare(0);
  if (plain.key !== annotated.key) throw new Error('The baseline is not the same report.');
  const [annotatedUrl, plainUrl] = await Promise.all([startServer(annotated.dataDir), startServer(plain.dataDir)]);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

  const withNotes = await measure(page, annotatedUrl, annotated, NOTES);
  const baseline = await measure(page, plainUrl, plain, 0);

  await run(page, annotatedUrl, annotated, () => timeColdLoad(page, annotatedUrl, annotated, NOTES));
  const elements = await page.evaluate(() => ({ marks: document.querySelectorAll('.report__body mark').length, all: document.querySelectorAll('*').length }));
  const ready = (timings: readonly Timing[]) => timings.map((t) => t.ready);
  const text = (timings: readonly Timing[]) => timings.map((t) => t.text);
  console.log(
    `report: ${annotated.key} (${annotated.characters.toLocaleString('en-GB')} characters, ${annotated.sections} sections), ` +
      `${NOTES} highlights in ${annotated.notedSections} sections (${elements.marks} <mark> elements, ${elements.all.toLocaleString('en-GB')} elements in the page); ${RUNS} runs each after a warm-up`,
  );
  console.log('ready = notes loaded, every highlight and marker in the text, then a frame painted (the side panel is closed)');
  console.log('side panel = from pressing its toggle on the report just opened until it lists every note and a frame is painted');
  console.log(describe(`full page load, ${NOTES} notes: ready`, ready(withNotes.cold)));
  console.log(describe(`full page load, ${NOTES} notes: report text on screen`, text(withNotes.cold)));
  console.log(describe('full page load, no notes (baseline): ready', ready(baseline.cold)));
  console.log(describe(`in-app navigation, ${NOTES} notes: ready`, ready(withNotes.inApp)));
  console.log(describe(`in-app navigation, ${NOTES} notes: report text on screen`, text(withNotes.inApp)));
  console.log(describe('in-app navigation, no notes (baseline): ready', ready(baseline.inApp)));
  console.log(describe(`side panel opened, ${NOTES} notes listed`, withNotes.panel));
  console.log(describe('side panel opened, no notes (baseline)', baseline.panel));
  const ratio = (a: readonly Timing[], b: readonly Timing[]) => (percentile(ready(a), 50) / percentile(ready(b), 50)).toFixed(2);
  console.log(`ratio of p50s, ${NOTES} notes / none, full page load:        ${ratio(withNotes.cold, baseline.cold)}x`);
  console.log(`ratio of p50s, ${NOTES} notes / none, in-app navigation:     ${ratio(withNotes.inApp, baseline.inApp)}x`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
