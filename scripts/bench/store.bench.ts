// Store figures: first-run open + seeding of the sample library, reopen, and the two calls every
// screen makes (library.get, report.get), measured through the handler table.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../shared/dispatch';
import { openCore } from '../../electron/core/open-core';

const appRoot = process.env.BRIFFIO_ROOT ?? process.cwd();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'briffio-bench-'));

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const [core, firstOpen] = time(() => openCore({ dataDir, appRoot, version: 'bench', host: 'browser' }));
  console.log(`first run (migrate + seed sample library): ${firstOpen.toFixed(1)} ms`);
  core.close();
  const [again, reopen] = time(() => openCore({ dataDir, appRoot, version: 'bench', host: 'browser' }));
  console.log(`later start (open existing library):        ${reopen.toFixed(1)} ms`);

  const library = await dispatch(again.handlers, 'library.get', {});
  const reportIds = library.ok
    ? (library.value as { committees: { meetings: { reports: { id: number }[] }[] }[] }).committees.flatMap((c) => c.meetings.flatMap((m) => m.reports.map((r) => r.id)))
    : [];
  for (const [name, input] of [
    ['library.get', {}],
    ['report.get', { reportId: reportIds[0] }],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i < 300; i++) {
      const start = performance.now();
      await dispatch(again.handlers, name, input);
      samples.push(performance.now() - start);
    }
    console.log(`${name.padEnd(12)} p50 ${percentile(samples, 50).toFixed(3)} ms   p95 ${percentile(samples, 95).toFixed(3)} ms   (300 calls)`);
  }
  again.close();
  rmSync(dataDir, { recursive: true, force: true });
}

void main();
