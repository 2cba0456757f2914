// Annotation figures (issue #4): a report with 500 annotations — what opening it costs the main
// process (report.get + annotations.list through the handler table), mapping every highlight onto
// its blocks for painting (shared/anchoring.ts, the pure part the report screen runs), re-anchoring
// all 500 when a revised version arrives, My notes search, export/import and a backup. The DOM
// paint itself is measured by the report screen's own benchmark once that screen draws highlights.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { blockLayout, rangeInBlocks, sectionPlainText } from '../../shared/anchoring';
import { ANNOTATION_COLOURS, type Annotation } from '../../shared/annotation-model';
import { dispatch } from '../../shared/dispatch';
import type { LibraryView, ReportView } from '../../shared/domain';
import { packSchema, type Pack } from '../../shared/pack';
import { openCore, type BriffioCore } from '../../electron/core/open-core';

const appRoot = process.env.BRIFFIO_ROOT ?? process.cwd();
const NOTES = 500;
const dirs: string[] = [];

function open(): BriffioCore {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'briffio-bench-'));
  dirs.push(dataDir);
  return openCore({ dataDir, appRoot, version: 'bench', host: 'browser', rollingBackups: false });
}

async function call<T>(core: BriffioCore, name: Parameters<typeof dispatch>[1], input: unknown): Promise<T> {
  const result = await dispatch(core.handlers, name, input);
  if (!result.ok) throw new Error(`${String(name)}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeOnce<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

/** A deterministic spread of positions, so runs compare. */
function* positions(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield state / 2147483648;
  }
}

async function main(): Promise<void> {
  const core = open();
  const library = await call<LibraryView>(core, 'library.get', {});
  const reports = await Promise.all(
    library.committees.flatMap((c) => c.meetings.flatMap((m) => m.reports)).map((r) => call<ReportView>(core, 'report.get', { reportId: r.id })),
  );
  // The report with the most text: the hardest case for painting and re-anchoring.
  const size = (report: ReportView) => report.versions.reduce((sum, v) => sum + v.sections.reduce((s, section) => s + sectionPlainText(section).length, 0), 0);
  const report = reports.sort((a, b) => size(b) - size(a))[0]!;
  const version = report.versions.find((v) => v.lang === 'en') ?? report.versions[0]!;
  const sections = version.sections.map((section) => ({ section, text: sectionPlainText(section) })).filter((s) => s.text.length > 60);
  const next = positions(7);

  const [, createTime] = await timeOnce(async () => {
    for (let i = 0; i < NOTES; i++) {
      const { section, text } = sections[i % sections.length]!;
      const start = Math.floor(next.next().value * (text.length - 50));
      await call<Annotation>(core, 'annotations.create', {
        reportId: report.id,
        target: { kind: 'text', lang: version.lang, sectionKey: section.key, start, end: start + 10 + Math.floor(next.next().value * 40) },
        colour: ANNOTATION_COLOURS[i % ANNOTATION_COLOURS.length],
        body: `Note ${i}: ask about the figures in this passage`,
        tags: i % 7 === 0 ? ['follow up'] : [],
      }).catch(() => undefined);
    }
  });
  console.log(`report: ${report.key} (${size(report).toLocaleString('en-GB')} characters), ${NOTES} highlights`);
  console.log(`create ${NOTES} (one call each):        ${createTime.toFixed(0)} ms total, ${(createTime / NOTES).toFixed(2)} ms a note`);

  const openTimes: number[] = [];
  const paint: number[] = [];
  let pieces = 0;
  for (let run = 0; run < 50; run++) {
    const start = performance.now();
    const [opened, notes] = await Promise.all([
      call<ReportView>(core, 'report.get', { reportId: report.id }),
      call<Annotation[]>(core, 'annotations.list', { reportId: report.id }),
    ]);
    openTimes.push(performance.now() - start);
    const paintStart = performance.now();
    const bySection = new Map(opened.versions.find((v) => v.lang === version.lang)!.sections.map((s) => [s.key, blockLayout(s)]));
    pieces = 0;
    for (const note of notes) {
      if (note.target.kind !== 'text') continue;
      const section = bySection.get(note.target.sectionKey);
      if (section) pieces += rangeInBlocks(section, note.target.start, note.target.end).length;
    }
    paint.push(performance.now() - paintStart);
  }
  console.log(`open: report.get + annotations.list      p50 ${percentile(openTimes, 50).toFixed(2)} ms   p95 ${percentile(openTimes, 95).toFixed(2)} ms   (50 runs)`);
  console.log(`paint: map highlights onto blocks        p50 ${percentile(paint, 50).toFixed(2)} ms   p95 ${percentile(paint, 95).toFixed(2)} ms   (${pieces} pieces)`);

  const autosave: number[] = [];
  const first = (await call<Annotation[]>(core, 'annotations.list', { reportId: report.id }))[0]!;
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    await call(core, 'annotations.update', { id: first.id, body: `typing… ${i}` });
    autosave.push(performance.now() - start);
  }
  console.log(`autosave: annotations.update            p50 ${percentile(autosave, 50).toFixed(2)} ms   p95 ${percentile(autosave, 95).toFixed(2)} ms   (200 calls)`);

  const [, search] = await timeOnce(() => call(core, 'annotations.listAll', { text: 'figures' }));
  console.log(`My notes search over ${NOTES}:              ${search.toFixed(1)} ms`);

  // A revised version: a sentence inserted at the top of every section shifts every passage.
  const file = path.join(appRoot, 'assets', 'sample-library', `${report.key}.pack.json`);
  const pack = packSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const revised: Pack = {
    ...pack,
    report: {
      ...pack.report,
      versions: pack.report.versions.map((v) => ({
        ...v,
        sections: v.sections.map((s) => ({ ...s, blocks: [{ type: 'paragraph' as const, text: 'This paragraph was added in the revised version of the report.' }, ...s.blocks] })),
      })),
    },
  };
  const [, reanchor] = await timeOnce(() => core.store.writePack(revised, { origin: 'import', now: new Date().toISOString() }));
  const unplaced = (await call<Annotation[]>(core, 'annotations.list', { reportId: report.id })).filter((n) => n.anchorState === 'unplaced').length;
  console.log(`revised version: write + re-anchor ${NOTES}:  ${reanchor.toFixed(0)} ms (${unplaced} unplaced)`);

  const [exported, exportTime] = await timeOnce(() => call<{ document: unknown }>(core, 'annotations.exportW3C', {}));
  const other = open();
  const [, importTime] = await timeOnce(() => call(other, 'annotations.importW3C', { document: exported.document }));
  console.log(`export W3C: ${exportTime.toFixed(0)} ms;  import into a fresh library: ${importTime.toFixed(0)} ms`);
  const [, backupTime] = await timeOnce(() => call(core, 'backup.export', {}));
  console.log(`backup.export: ${backupTime.toFixed(0)} ms`);
  other.close();
  core.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

void main();
