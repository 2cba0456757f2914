import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/dispatch';
import type { LibraryView, ReportView } from '../../shared/domain';
import type { IndicatorDetailView, IndicatorListView } from '../../shared/indicators';
import { indicatorMovements, previousReport, worryChanges } from '../../shared/indicators-changes';
import type { Result } from '../../shared/result';
import { openCore, type BriffioCore } from '../core/open-core';
import { useTempDirs } from '../test-support/temp-dir';

/**
 * The indicator calls against the bundled sample library (assets/sample-library), read the way
 * the Indicators and indicator-detail screens read them.
 */

const tempDir = useTempDirs();
const repoRoot = path.resolve(__dirname, '../..');

function open(): BriffioCore {
  return openCore({ dataDir: tempDir(), appRoot: repoRoot, version: 'test', host: 'browser', now: () => '2026-01-01T00:00:00.000Z' });
}

async function call<T>(core: BriffioCore, name: Parameters<typeof dispatch>[1], input: unknown): Promise<T> {
  const result = (await dispatch(core.handlers, name, input)) as Result<T>;
  if (!result.ok) throw new Error(`${String(name)} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function reportByKey(core: BriffioCore, key: string): Promise<ReportView> {
  const library = await call<LibraryView>(core, 'library.get', {});
  const summary = library.committees.flatMap((c) => c.meetings.flatMap((m) => m.reports)).find((r) => r.key === key);
  if (!summary) throw new Error(`no report ${key}`);
  return call<ReportView>(core, 'report.get', { reportId: summary.id });
}

describe('indicators.list', () => {
  it('lists every indicator once, coded ones first, with its latest stated figure and the report it came from', async () => {
    const core = open();
    const { indicators } = await call<IndicatorListView>(core, 'indicators.list', {});
    const keys = indicators.map((summary) => summary.indicator.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(indicators[0]!.indicator.code).toBeTruthy();
    const placed = indicators.find((summary) => summary.indicator.code === 'CS LAC 58')!;
    expect(placed.latest).toMatchObject({ period: '2019-20.Q1', value: 57, face: 'may', target: 60 });
    expect(placed.latestReport).toMatchObject({ key: 'cla-2019-20-q1', period: '2019-20.Q1', languages: ['en', 'cy'] });
    expect(placed.offTarget).toBe(true);
    expect(placed.history.map((point) => point.value)).toEqual([62.9, 61.9, 56.6, 57]);
    core.close();
  });

  it('marks an indicator that got worse two periods running, and one whose latest figure is pending', async () => {
    const core = open();
    const { indicators } = await call<IndicatorListView>(core, 'indicators.list', {});
    const careLeavers = indicators.find((summary) => summary.indicator.key === 'care-leavers-ete-12m')!;
    expect(careLeavers.worseStreak).toBe(2);
    const visits = indicators.find((summary) => summary.indicator.code === 'SCC/025')!;
    expect(visits.latest).toMatchObject({ period: '2019-20.Q1', value: null, pending: true });
    expect(visits.offTarget).toBe(false);
    core.close();
  });
});

describe('indicator.get', () => {
  it('places each figure in its report: section heading in both languages and the paragraph’s block index', async () => {
    const core = open();
    const { indicators } = await call<IndicatorListView>(core, 'indicators.list', {});
    const placed = indicators.find((summary) => summary.indicator.code === 'CS LAC 58')!;
    const detail = await call<IndicatorDetailView>(core, 'indicator.get', { indicatorId: placed.indicator.id });
    const q2 = await reportByKey(core, 'cpac-2017-18-q2-cover');
    const stated = detail.measurements.find((m) => m.sourceReportId === q2.id && m.role === 'current')!;
    expect(stated).toMatchObject({ period: '2017-18.Q2', value: 61.9, place: { sectionKey: 'detailed-commentary', blockNumber: '26' } });
    expect(stated.place!.heading.en).toBeTruthy();
    expect(stated.place!.heading.cy).toBeTruthy();
    const english = q2.versions.find((v) => v.lang === 'en')!.sections.find((s) => s.key === 'detailed-commentary')!;
    expect(english.blocks[stated.place!.blockIndex.en!]!.number).toBe('26');
    expect(detail.reports.map((r) => r.key).sort()).toEqual(['cla-2018-19-annual', 'cla-2019-20-q1', 'cpac-2017-18-q1-cover', 'cpac-2017-18-q2-cover']);
    core.close();
  });

  it('answers not_found for an indicator that does not exist', async () => {
    const core = open();
    expect(await dispatch(core.handlers, 'indicator.get', { indicatorId: 99999 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: expect.any(String) },
    });
    core.close();
  });

  it('reads an indicator’s measurements through the index', () => {
    const core = open();
    const plan = core.store.db.prepare('EXPLAIN QUERY PLAN SELECT * FROM measurements WHERE indicator_id = ?').all(1) as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING INDEX/);
    core.close();
  });
});

describe('what changed since the last report, on the sample library', () => {
  it('follows the annual report with the Quarter 1 2019-20 report and finds new and departed worries', async () => {
    const core = open();
    const library = await call<LibraryView>(core, 'library.get', {});
    const q1 = await reportByKey(core, 'cla-2019-20-q1');
    const previous = previousReport(library, q1);
    expect(previous?.key).toBe('cla-2018-19-annual');
    const annual = await call<ReportView>(core, 'report.get', { reportId: previous!.id });
    const english = (report: ReportView) => report.versions.find((v) => v.lang === 'en')!;
    const changes = worryChanges(english(q1), english(annual));
    const added = changes.added.map((item) => item.text).join('\n');
    const removed = changes.removed.map((item) => item.text).join('\n');
    // Restated with a new figure: carried over, not new.
    expect(added).not.toMatch(/waiting for adoption/);
    expect(removed).not.toMatch(/waiting for adoption/);
    expect(added).toMatch(/Social worker vacancies/);
    expect(removed).toMatch(/dentist|Dental registration/);
    expect(changes.carried).toBeGreaterThanOrEqual(3);
    core.close();
  });

  it('ranks the Quarter 1 2019-20 movements by polarity', async () => {
    const core = open();
    const q1 = await reportByKey(core, 'cla-2019-20-q1');
    const movements = indicatorMovements(q1, '2018-19.FY');
    const keys = (list: readonly { indicator: { key: string } }[]) => list.map((m) => m.indicator.key);
    // 57.0% placed in Cardiff, up from 56.6%, is good news; fewer allocated a social worker is not.
    expect(keys(movements.improved)).toContain('cs-lac-58');
    expect(keys(movements.declined)).toContain('cla-allocated');
    // Children looked after has no better direction: it changed, from the Quarter 4 figure.
    expect(movements.changed.find((m) => m.indicator.key === 'cla-count')).toMatchObject({ previous: { period: '2018-19.Q4', value: 900 }, current: { value: 934 } });
    // Adoptions this quarter (7) are never set against the whole previous year's total (42).
    const all = [...movements.improved, ...movements.declined, ...movements.changed, ...movements.sustained];
    expect(keys(all)).not.toContain('adoptions');
    expect(keys(all)).not.toContain('cla-starts');
    // The vacancy rate was last given in 2017/18: too long ago to be "since the last report".
    expect(keys(all)).not.toContain('sw-vacancies');
    core.close();
  });
});
