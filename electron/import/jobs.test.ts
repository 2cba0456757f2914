import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportCorrectionsInput, ImportDraft, ImportProgress } from '../../shared/import';
import { importCorrectionsSchema } from '../../shared/import';
import { dispatch } from '../../shared/dispatch';
import type { Result } from '../../shared/result';
import { openCore } from '../core/open-core';
import { loadSampleLibrary, seedSampleLibrary } from '../seed/sample-library';
import { Store } from '../store/store';
import { useTempDirs } from '../test-support/temp-dir';
import { makeReportPdf, makeScannedPdf } from './fixtures/make-pdf';
import { ImportJobs } from './jobs';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(__dirname, 'fixtures');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const NOW = '2026-03-01T10:00:00.000Z';
const tempDir = useTempDirs();

/** A library as a councillor has it after first run: the sample library, seeded. */
function library(): { store: Store; jobs: ImportJobs } {
  const store = Store.open(path.join(tempDir(), 'briffio.sqlite'));
  seedSampleLibrary(store, loadSampleLibrary(path.join(ROOT, 'assets', 'sample-library')), NOW);
  return { store, jobs: new ImportJobs({ store, now: () => NOW }) };
}

async function read(jobs: ImportJobs, fileName: string, bytes: Uint8Array): Promise<{ jobId: string; progress: ImportProgress; draft: ImportDraft }> {
  const jobId = jobs.start(fileName, bytes);
  const progress = await jobs.settled(jobId);
  if (!progress.draft) throw new Error(`import of ${fileName} ended ${progress.state}: ${progress.error?.code} ${progress.error?.message}`);
  return { jobId, progress, draft: progress.draft };
}

const corrections = (input: ImportCorrectionsInput) => importCorrectionsSchema.parse(input);

function count(store: Store, table: string): number {
  return (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function trend(store: Store, reportId: number, code: string): [string, number | null][] {
  const report = store.report(reportId)!;
  const entry = report.indicators.find((item) => item.indicator.code === code)!;
  return entry.measurements.filter((m) => m.dimension === '' && m.role !== 'series').map((m) => [m.period, m.value]);
}

describe('importing a report into the library', () => {
  it('reads a generated PDF with page progress, and saves it as a new report whose indicators join the sample trends', async () => {
    const { store, jobs } = library();
    const pdf = await makeReportPdf(fixture('cover-report.txt'), { footer: true });
    const { jobId, progress, draft } = await read(jobs, 'cpac-q3-2017-18.pdf', pdf);
    expect(progress).toMatchObject({ state: 'done', pagesDone: progress.pagesTotal });
    expect(progress.pagesTotal).toBeGreaterThan(1);
    expect(draft.identity).toMatchObject({ committeeKey: 'cpac', period: '2017-18.Q3', meetingDate: '2018-03-14', kind: 'cover' });
    expect(draft.candidates).toEqual([]);
    expect(draft.indicators.find((indicator) => indicator.code === 'CS LAC 58')?.match).toMatchObject({ key: 'cs-lac-58', by: 'code' });

    const saved = jobs.save(jobId, corrections({ target: { mode: 'new' } }));
    expect(saved).toMatchObject({ created: true, lang: 'en', revision: 1 });
    const report = store.report(saved.reportId)!;
    expect(report).toMatchObject({ kind: 'cover', period: '2017-18.Q3', meeting: { date: '2018-03-14' }, committee: { key: 'cpac' } });
    expect(report.versions[0]!.sections.map((section) => section.key)).toEqual(['reasons', 'overview', 'detailed-commentary', 'financial', 'legal', 'recommendation']);
    // The new quarter extends the trend the sample library already holds for CS LAC 58.
    expect(trend(store, saved.reportId, 'CS LAC 58')).toEqual(expect.arrayContaining([['2017-18.Q1', 62.9], ['2017-18.Q2', 61.9], ['2017-18.Q3', 60.8]]));
    // Library indicators keep their own Welsh titles.
    const cla = report.indicators.find((item) => item.indicator.code === 'CS LAC 58')!.indicator;
    expect(cla.title.cy).toBe('Canran y plant mewn lleoliadau a reoleiddir sydd wedi’u lleoli yng Nghaerdydd');
    // The job is finished with: asking about it again is "not found".
    expect(() => jobs.progress(jobId)).toThrow(expect.objectContaining({ code: 'not_found' }));
    store.close();
  });

  it('applies the review screen’s corrections: period, committee, title, and indicators dropped', async () => {
    const { store, jobs } = library();
    const { jobId } = await read(jobs, 'cover.txt', bytesOf(fixture('cover-report.txt')));
    const saved = jobs.save(
      jobId,
      corrections({
        target: { mode: 'new' },
        period: '2017-18.Q4',
        title: 'Performance summary, Quarter 4',
        committee: { mode: 'new', name: { en: 'Children and Young People Scrutiny Committee', cy: 'Pwyllgor Craffu Plant a Phobl Ifanc' }, council: { en: 'City and County of Cardiff' } },
        droppedIndicatorKeys: ['code-famkpi01'],
      }),
    );
    const report = store.report(saved.reportId)!;
    expect(report.period).toBe('2017-18.Q4');
    expect(report.versions[0]!.title).toBe('Performance summary, Quarter 4');
    expect(report.committee.name).toEqual({ en: 'Children and Young People Scrutiny Committee', cy: 'Pwyllgor Craffu Plant a Phobl Ifanc' });
    expect(report.committee.council).toEqual({ en: 'City and County of Cardiff', cy: 'City and County of Cardiff' });
    expect(report.indicators.map((item) => item.indicator.code)).not.toContain('FAM KPI 01');
    expect(report.indicators.map((item) => item.indicator.code)).toContain('CS LAC 58');
    store.close();
  });

  it('needs a committee, a meeting date and a period, and writes nothing without them', async () => {
    const { store, jobs } = library();
    const { jobId, draft } = await read(jobs, 'performance.txt', bytesOf(fixture('performance-report.txt')));
    expect(draft.identity).toMatchObject({ committeeKey: null, meetingDate: null, period: '2017-18.Q3', kind: 'performance' });
    const reports = count(store, 'reports');
    expect(() => jobs.save(jobId, corrections({ target: { mode: 'new' } }))).toThrow(expect.objectContaining({ code: 'import_incomplete' }));
    expect(count(store, 'reports')).toBe(reports);
    const saved = jobs.save(jobId, corrections({ target: { mode: 'new' }, committee: { mode: 'existing', key: 'cpac' }, meetingDate: '2018-03-14' }));
    const report = store.report(saved.reportId)!;
    expect(report.versions[0]!.sections.find((section) => section.key === 'children-looked-after')).toMatchObject({ kind: 'signs_of_safety', area: 'Children Looked After' });
    expect(report.keyStats.map((stat) => [stat.label.en, stat.value, stat.indicatorKey])).toEqual([
      ['Children looked after', 802, 'cla-count'],
      ['Starts of being looked after', 96, 'cla-starts'],
      ['Children looked after in regulated placements placed within Cardiff', 60.8, 'cs-lac-58'],
      ['Permanence secured for children through adoption', 11, 'adoptions'],
    ]);
    store.close();
  });

  it('makes a revised paper a new revision of the same report: notes stay with it, question links survive', async () => {
    const { store, jobs } = library();
    const first = await read(jobs, 'cover.txt', bytesOf(fixture('cover-report.txt')));
    const { reportId } = jobs.save(first.jobId, corrections({ target: { mode: 'new' } }));
    const measurementId = (store.db.prepare("SELECT m.id FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.code = 'CS LAC 58' AND m.source_report_id = ? AND m.period = '2017-18.Q3'").get(reportId) as { id: number }).id;
    const meetingId = store.report(reportId)!.meeting.id;
    store.db
      .prepare("INSERT INTO annotations (id, report_id, target_kind, section_key, colour, body, sort_key, created_at, updated_at) VALUES ('a1', ?, 'section', 'detailed-commentary', 'yellow', 'Ask about placements', '0001', ?, ?)")
      .run(reportId, NOW, NOW);
    store.db.prepare("INSERT INTO questions (id, meeting_id, text, addressed_to, position, created_at, updated_at) VALUES ('q1', ?, 'Why fewer local placements?', 'director', 'a0', ?, ?)").run(meetingId, NOW, NOW);
    store.db.prepare("INSERT INTO question_evidence (question_id, ordinal, kind, report_id, measurement_id) VALUES ('q1', 0, 'indicator', ?, ?)").run(reportId, measurementId);

    const revised = fixture('cover-report.txt').replace('60.8% (378 / 622)', '61.0% (380 / 623)');
    const second = await read(jobs, 'cover-revised.txt', bytesOf(revised));
    expect(second.draft.candidates).toEqual([expect.objectContaining({ reportId, reason: 'same_report', languages: ['en'] })]);
    const saved = jobs.save(second.jobId, corrections({ target: { mode: 'existing', reportId } }));
    expect(saved).toEqual({ reportId, created: false, lang: 'en', revision: 2 });

    expect(store.report(reportId)!.versions.map((version) => [version.lang, version.revision])).toEqual([['en', 2]]);
    expect(count(store, 'annotations')).toBe(1);
    const evidence = store.db
      .prepare('SELECT m.value FROM question_evidence e JOIN measurements m ON m.id = e.measurement_id WHERE e.question_id = ?')
      .get('q1') as { value: number } | undefined;
    expect(evidence).toEqual({ value: 61 });
    store.close();
  });

  it('imports a Welsh report as the Welsh version of the English one, its sections lined up with the English', async () => {
    const { store, jobs } = library();
    const english = await read(jobs, 'cover.txt', bytesOf(fixture('cover-report.txt')));
    const { reportId } = jobs.save(english.jobId, corrections({ target: { mode: 'new' } }));
    const measurements = count(store, 'measurements');

    const welsh = await read(jobs, 'adroddiad.pdf', await makeReportPdf(fixture('welsh-cover-report.txt')));
    expect(welsh.draft.language).toBe('cy');
    expect(welsh.draft.candidates).toEqual([expect.objectContaining({ reportId, languages: ['en'] })]);
    const saved = jobs.save(welsh.jobId, corrections({ target: { mode: 'existing', reportId } }));
    expect(saved).toEqual({ reportId, created: false, lang: 'cy', revision: 1 });

    const report = store.report(reportId)!;
    expect(report.versions.map((version) => version.lang).sort()).toEqual(['cy', 'en']);
    const cy = report.versions.find((version) => version.lang === 'cy')!;
    const en = report.versions.find((version) => version.lang === 'en')!;
    expect(cy.sections.map((section) => section.key)).toEqual(en.sections.map((section) => section.key));
    expect(cy.sections[0]!.heading).toBe('Rhesymau dros yr Adroddiad');
    expect(cy.signedOn).toBe('2018-02-09');
    // A language version adds words, not figures.
    expect(count(store, 'measurements')).toBe(measurements);
    store.close();
  });

  it('stops a running import when cancelled, and writes nothing', async () => {
    const { store, jobs } = library();
    const long = Array.from({ length: 12 }, () => fixture('cover-report.txt')).join('\f');
    const before = count(store, 'reports');
    const jobId = jobs.start('long.pdf', await makeReportPdf(long));
    expect(jobs.cancel(jobId).state).toBe('cancelled');
    expect((await jobs.settled(jobId)).state).toBe('cancelled');
    expect(() => jobs.save(jobId, corrections({}))).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(count(store, 'reports')).toBe(before);
    store.close();
  });

  it('reports a file it cannot read with its reason, and writes nothing', async () => {
    const { store, jobs } = library();
    const before = count(store, 'reports');
    const jobId = jobs.start('scan.pdf', await makeScannedPdf(2));
    expect(await jobs.settled(jobId)).toMatchObject({ state: 'failed', error: { code: 'import_no_text' } });
    expect(() => jobs.save(jobId, corrections({}))).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(count(store, 'reports')).toBe(before);
    store.close();
  });

  it('reads back an exported pack as a new revision of the same report', async () => {
    const { store, jobs } = library();
    const reportId = store.library().committees.flatMap((c) => c.meetings.flatMap((m) => m.reports)).find((r) => r.key === 'cla-2018-19-annual')!.id;
    const exported = store.exportPack(reportId)!;
    const { jobId, draft } = await read(jobs, 'cla-2018-19-annual.pack.json', bytesOf(JSON.stringify(exported)));
    expect(draft.source.format).toBe('pack');
    expect(draft.candidates[0]).toMatchObject({ reportId, reason: 'same_key' });
    const saved = jobs.save(jobId, corrections({ target: { mode: 'existing', reportId } }));
    expect(saved).toEqual({ reportId, created: false, lang: 'en', revision: 2 });
    expect(store.exportPack(reportId)).toEqual(exported);
    store.close();
  });
});

describe('the import calls, through the contract', () => {
  it('start, progress and save answer as the renderer expects; an oversized file fails with its reason', async () => {
    const appRoot = ROOT;
    const core = openCore({ dataDir: tempDir(), appRoot, version: 'test', host: 'browser', now: () => NOW });
    const started = (await dispatch(core.handlers, 'import.start', {
      fileName: 'cover.txt',
      bytesBase64: Buffer.from(fixture('cover-report.txt')).toString('base64'),
    })) as Result<{ jobId: string }>;
    if (!started.ok) throw new Error(started.error.message);
    let progress = (await dispatch(core.handlers, 'import.progress', { jobId: started.value.jobId })) as Result<ImportProgress>;
    // Reading happens after `start` has answered: the first poll may still see it running.
    expect(progress).toMatchObject({ ok: true, value: { state: expect.stringMatching(/^(running|done)$/) } });
    while (progress.ok && progress.value.state === 'running') {
      await new Promise<void>((resolve) => setImmediate(resolve));
      progress = (await dispatch(core.handlers, 'import.progress', { jobId: started.value.jobId })) as Result<ImportProgress>;
    }
    expect(progress).toMatchObject({ ok: true, value: { state: 'done', draft: { identity: { period: '2017-18.Q3' } } } });
    const saved = await dispatch(core.handlers, 'import.save', { jobId: started.value.jobId, corrections: { target: { mode: 'new' } } });
    expect(saved).toMatchObject({ ok: true, value: { created: true } });
    expect(await dispatch(core.handlers, 'import.progress', { jobId: started.value.jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(core.handlers, 'report.exportPack', { reportId: 99999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    core.close();
  });
});
