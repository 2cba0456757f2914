// Question-list figures: the calls a councillor's list and meeting mode make — reading a list of
// 60 questions with three pieces of evidence each (every piece re-resolved against the library),
// an autosave, a move, carrying forward, and exporting in both languages — through the handler table.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import { dispatch } from '../../shared/dispatch';
import { openCore, type BriffioCore } from '../../electron/core/open-core';

const appRoot = process.env.BRIFFIO_ROOT ?? process.cwd();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'briffio-bench-'));

async function call<N extends CallName>(core: BriffioCore, name: N, input: CallInput<N>): Promise<CallResult<N>> {
  const result = await dispatch(core.handlers, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as CallResult<N>;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(label: string, times: number, work: (i: number) => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  console.log(`${label.padEnd(34)} p50 ${percentile(samples, 50).toFixed(3)} ms   p95 ${percentile(samples, 95).toFixed(3)} ms   (${times} calls)`);
}

async function main(): Promise<void> {
  const core = openCore({ dataDir, appRoot, version: 'bench', host: 'browser' });
  const library = await call(core, 'library.get', {});
  const committee = library.committees[0]!;
  const meeting = committee.meetings[0]!;
  const report = await call(core, 'report.get', { reportId: meeting.reports[0]!.id });
  const version = report.versions[0]!;
  const section = version.sections.find((s) => s.blocks.length > 0)!;
  const indicators = report.indicators.map((i) => i.indicator.id);
  const ids: string[] = [];
  for (let n = 0; n < 60; n++) {
    const question = await call(core, 'questions.create', {
      meetingId: meeting.id,
      text: `Question ${n + 1} about the figures`,
      addressedTo: n % 2 ? 'director' : 'cabinet_member',
      evidence: [
        { kind: 'indicator', reportId: report.id, indicatorId: indicators[n % indicators.length]! },
        { kind: 'passage', reportId: report.id, sectionKey: section.key, blockIndex: n % section.blocks.length, lang: version.lang },
        { kind: 'section', reportId: report.id, sectionKey: section.key },
      ],
    });
    ids.push(question.id);
  }
  await measure('questions.list (60 questions)', 100, () => call(core, 'questions.list', { meetingId: meeting.id }));
  await measure('questions.update (autosave)', 300, (i) => call(core, 'questions.update', { id: ids[i % ids.length]!, answerNotes: `Note ${i}` }));
  await measure('questions.move (keyboard, one step)', 300, (i) => call(core, 'questions.move', { id: ids[i % ids.length]!, direction: i % 3 ? 'up' : 'down' }));
  await measure('questions.move (drag, anywhere)', 300, (i) => call(core, 'questions.move', { id: ids[(i * 7) % ids.length]!, toIndex: (i * 13) % ids.length }));
  await measure('questions.export (markdown, cy)', 30, () => call(core, 'questions.export', { meetingId: meeting.id, format: 'markdown', language: 'cy' }));
  await measure('questions.export (text, en)', 30, () => call(core, 'questions.export', { meetingId: meeting.id, format: 'text', language: 'en' }));
  const next = await call(core, 'meetings.create', { committeeId: committee.id, date: '2099-01-01' });
  await measure('questions.carryForward (60)', 1, () => call(core, 'questions.carryForward', { fromMeetingId: meeting.id, toMeetingId: next.id }));
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
}

void main();
