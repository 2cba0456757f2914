import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packSchema, type Pack } from '../../shared/pack';
import { loadSampleLibrary, seedSampleLibrary } from '../seed/sample-library';
import { useTempDirs } from '../test-support/temp-dir';
import { readIndicatorDetail } from './indicator-queries';
import { Store } from './store';

const ROOT = path.resolve(__dirname, '..', '..');
const tempDir = useTempDirs();
const samples = loadSampleLibrary(path.join(ROOT, 'assets', 'sample-library'));

/** What a pack says about its report, in a form that does not depend on write order. */
function content(pack: Pack) {
  return {
    committee: pack.committee.key,
    meeting: pack.meeting,
    report: { key: pack.report.key, kind: pack.report.kind, period: pack.report.period, keyStats: pack.report.keyStats },
    versions: [...pack.report.versions].sort((a, b) => a.lang.localeCompare(b.lang)),
    indicators: pack.indicators.map((i) => [i.key, i.code ?? null, i.unit]).sort(),
    dimensions: [...pack.dimensions].sort((a, b) => a.key.localeCompare(b.key)),
    measurements: pack.measurements.map((m) => JSON.stringify(m)).sort(),
  };
}

/** A sample pack as if imported from a PDF: every section, paragraph, list item and value on a page. */
function withPages(sample: Pack): Pack {
  const pack = structuredClone(sample);
  for (const version of pack.report.versions) {
    version.sections.forEach((section, s) => {
      section.page = s + 2;
      for (const block of section.blocks) {
        if (block.type === 'paragraph') block.page = s + 2;
        else block.items.forEach((item, i) => (item.page = s + 2 + (i % 2)));
      }
    });
  }
  pack.measurements.forEach((m, i) => (m.page = 10 + (i % 3)));
  return pack;
}

describe('exporting a stored report as a Briffio pack', () => {
  it('gives back each sample pack as it was written', () => {
    const store = Store.open(path.join(tempDir(), 'briffio.sqlite'));
    seedSampleLibrary(store, samples, '2026-01-01T00:00:00.000Z');
    const reports = store.library().committees.flatMap((c) => c.meetings.flatMap((m) => m.reports));
    for (const sample of samples) {
      const id = reports.find((report) => report.key === sample.report.key)!.id;
      const exported = store.exportPack(id)!;
      const usedDimensions = new Set(sample.measurements.map((m) => m.dimension).filter(Boolean));
      expect(content(exported)).toEqual(content({ ...sample, dimensions: sample.dimensions.filter((d) => usedDimensions.has(d.key)) }));
    }
    store.close();
  });

  it('keeps page numbers of sections, blocks and values', () => {
    const store = Store.open(path.join(tempDir(), 'briffio.sqlite'));
    const sample = structuredClone(samples[0]!);
    sample.report.versions[0]!.sections[0]!.page = 3;
    const block = sample.report.versions[0]!.sections[0]!.blocks[0]!;
    if (block.type === 'paragraph') block.page = 4;
    else block.items[0]!.page = 4;
    sample.measurements[0]!.page = 5;
    const { reportId } = store.writePack(sample, { origin: 'import', now: '2026-01-01T00:00:00.000Z' });
    const exported = store.exportPack(reportId)!;
    const section = exported.report.versions.find((v) => v.lang === sample.report.versions[0]!.lang)!.sections[0]!;
    expect(section.page).toBe(3);
    const first = section.blocks[0]!;
    expect(first.type === 'paragraph' ? first.page : first.items[0]!.page).toBe(4);
    expect(exported.measurements.find((m) => m.page !== undefined)?.page).toBe(5);
    store.close();
  });

  it('survives export and import into another library with every page as it was', () => {
    const first = Store.open(path.join(tempDir(), 'briffio.sqlite'));
    const paged = withPages(samples[0]!);
    const { reportId } = first.writePack(paged, { origin: 'import', now: '2026-01-01T00:00:00.000Z' });
    // Through a file: written as JSON and read back as the importer reads it.
    const file = JSON.stringify(first.exportPack(reportId));
    first.close();

    const second = Store.open(path.join(tempDir(), 'briffio.sqlite'));
    const reimported = second.writePack(packSchema.parse(JSON.parse(file)), { origin: 'import', now: '2026-01-02T00:00:00.000Z' });
    const again = second.exportPack(reimported.reportId)!;
    const usedDimensions = new Set(paged.measurements.map((m) => m.dimension).filter(Boolean));
    expect(content(again)).toEqual(content({ ...paged, dimensions: paged.dimensions.filter((d) => usedDimensions.has(d.key)) }));
    second.close();
  });

  it('answers null for a report that is not there', () => {
    const store = Store.open(path.join(tempDir(), 'briffio.sqlite'));
    expect(store.exportPack(12345)).toBeNull();
    store.close();
  });
});

describe('pages on the report screen and the indicator screens', () => {
  it('gives each section, paragraph and value of an imported report its page', () => {
    const store = Store.open(path.join(tempDir(), 'briffio.sqlite'));
    const paged = withPages(samples[0]!);
    const { reportId } = store.writePack(paged, { origin: 'import', now: '2026-01-01T00:00:00.000Z' });
    const view = store.report(reportId)!;
    for (const version of view.versions) {
      const written = paged.report.versions.find((v) => v.lang === version.lang)!;
      expect(version.sections.map((section) => section.page)).toEqual(written.sections.map((section) => section.page));
      for (const section of version.sections) {
        expect(section.blocks.every((block) => block.page === section.page || block.page === section.page! + 1)).toBe(true);
      }
    }
    const stated = view.indicators.flatMap((entry) => entry.measurements).filter((m) => m.sourceReportId === reportId);
    expect(stated.length).toBeGreaterThan(0);
    expect(stated.every((m) => m.page !== null && m.page >= 10 && m.page <= 12)).toBe(true);
    // The indicator screen's history reads the same page for the same figure.
    const indicatorId = view.indicators[0]!.indicator.id;
    const detail = readIndicatorDetail(store.db, indicatorId)!;
    const fromView = view.indicators[0]!.measurements.map((m) => [m.id, m.page]);
    expect(detail.measurements.map((m) => [m.id, m.page])).toEqual(expect.arrayContaining(fromView));
    store.close();
  });

  it('says no page (null, not a number) for the sample library, which has none', () => {
    const store = Store.open(path.join(tempDir(), 'briffio.sqlite'));
    seedSampleLibrary(store, samples, '2026-01-01T00:00:00.000Z');
    const reports = store.library().committees.flatMap((c) => c.meetings.flatMap((m) => m.reports));
    for (const summary of reports) {
      const view = store.report(summary.id)!;
      const sections = view.versions.flatMap((v) => v.sections);
      expect(sections.every((section) => section.page === null && section.blocks.every((block) => block.page === null))).toBe(true);
      expect(view.indicators.flatMap((entry) => entry.measurements).every((m) => m.page === null)).toBe(true);
    }
    store.close();
  });
});
