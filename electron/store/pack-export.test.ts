import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../shared/pack';
import { loadSampleLibrary, seedSampleLibrary } from '../seed/sample-library';
import { useTempDirs } from '../test-support/temp-dir';
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

  it('answers null for a report that is not there', () => {
    const store = Store.open(path.join(tempDir(), 'briffio.sqlite'));
    expect(store.exportPack(12345)).toBeNull();
    store.close();
  });
});
