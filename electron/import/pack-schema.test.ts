import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePackProblems, packSchema, type PackInput } from '../../shared/pack';
import { loadSampleLibrary, seedSampleLibrary } from '../seed/sample-library';
import { Store } from '../store/store';
import { useTempDirs } from '../test-support/temp-dir';
import { packJsonSchema } from './pack-json-schema';
import { validateJsonSchema } from './testing/json-schema-subset';

const ROOT = path.resolve(__dirname, '..', '..');
const SCHEMA_FILE = path.join(ROOT, 'schemas', 'briffio-pack.schema.json');
const tempDir = useTempDirs();
const samples = loadSampleLibrary(path.join(ROOT, 'assets', 'sample-library'));
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Packs broken in the ways a hand-made pack goes wrong, each with the field that is at fault. */
function brokenPacks(): [string, unknown, string][] {
  const base = clone(samples[0]!) as PackInput & Record<string, unknown>;
  const broken: [string, (pack: Record<string, unknown> & PackInput) => void, string][] = [
    ['the format name is wrong', (pack) => ((pack as Record<string, unknown>)['format'] = 'briffio'), 'format'],
    ['a newer version', (pack) => ((pack as Record<string, unknown>)['version'] = 2), 'version'],
    ['no committee', (pack) => delete (pack as Record<string, unknown>)['committee'], 'committee'],
    ['a committee key with capitals', (pack) => (pack.committee.key = 'CPAC'), 'committee.key'],
    ['no Welsh committee name', (pack) => delete (pack.committee.name as Partial<Record<string, string>>)['cy'], 'committee.name.cy'],
    ['a meeting date written the British way', (pack) => (pack.meeting.date = '16/01/2018'), 'meeting.date'],
    ['a report kind that does not exist', (pack) => ((pack.report as Record<string, unknown>)['kind'] = 'minutes'), 'report.kind'],
    ['a period written as words', (pack) => (pack.report.period = 'Quarter 2 2017/18'), 'report.period'],
    ['no versions', (pack) => (pack.report.versions = []), 'report.versions'],
    ['three versions', (pack) => (pack.report.versions = [...pack.report.versions, ...pack.report.versions, ...pack.report.versions].slice(0, 3)), 'report.versions'],
    ['a blank title', (pack) => (pack.report.versions[0]!.title = '   '), 'report.versions.0.title'],
    ['a section of an unknown kind', (pack) => ((pack.report.versions[0]!.sections[0] as Record<string, unknown>)['kind'] = 'chapter'), 'report.versions.0.sections.0.kind'],
    ['a block with no type', (pack) => delete (pack.report.versions[0]!.sections[0]!.blocks[0] as Record<string, unknown>)['type'], 'report.versions.0.sections.0.blocks.0'],
    ['an indicator unit that does not exist', (pack) => ((pack.indicators![0] as Record<string, unknown>)['unit'] = 'furlongs'), 'indicators.0.unit'],
    ['a value given as text', (pack) => ((pack.measurements![0] as Record<string, unknown>)['value'] = '56.6%'), 'measurements.0.value'],
    ['a page number of zero', (pack) => ((pack.measurements![0] as Record<string, unknown>)['page'] = 0), 'measurements.0.page'],
  ];
  return broken.map(([label, breakIt, field]) => {
    const pack = clone(base);
    breakIt(pack);
    return [label, pack, field];
  });
}

describe('the published JSON Schema', () => {
  it('is the one generated from shared/pack.ts (regenerate: npm run -s import -- --schema > schemas/briffio-pack.schema.json)', () => {
    expect(schema).toEqual(packJsonSchema());
  });

  it('and the zod schema both accept every sample pack', () => {
    for (const pack of samples) {
      expect(packSchema.safeParse(pack).success).toBe(true);
      expect(validateJsonSchema(schema, JSON.parse(JSON.stringify(pack)))).toEqual([]);
    }
  });

  it('and the zod schema both accept what the exporter writes', () => {
    const store = Store.open(path.join(tempDir(), 'briffio.sqlite'));
    seedSampleLibrary(store, samples, '2026-01-01T00:00:00.000Z');
    const ids = store.library().committees.flatMap((c) => c.meetings.flatMap((m) => m.reports.map((r) => r.id)));
    expect(ids).toHaveLength(samples.length);
    for (const id of ids) {
      const exported = JSON.parse(JSON.stringify(store.exportPack(id)));
      expect(packSchema.safeParse(exported).success).toBe(true);
      expect(validateJsonSchema(schema, exported)).toEqual([]);
    }
    store.close();
  });

  it.each(brokenPacks())('and the zod schema both reject a pack with %s, naming the field', (_label, pack, field) => {
    const zod = packSchema.safeParse(pack);
    expect(zod.success).toBe(false);
    const zodFields = describePackProblems(zod.error!).map((line) => line.split(':')[0]);
    expect(zodFields.some((path) => path === field || path!.startsWith(`${field}.`))).toBe(true);
    const jsonFields = validateJsonSchema(schema, pack).map((line) => line.split(':')[0]);
    expect(jsonFields.some((path) => path === field || path!.startsWith(`${field}.`) || path === field.split('.').slice(0, -1).join('.'))).toBe(true);
  });

  it('leaves to Briffio the cross-checks JSON Schema cannot express (documented in docs/pack-format.md)', () => {
    const unknownIndicator = clone(samples[0]!);
    unknownIndicator.measurements[0]!.indicator = 'no-such-indicator';
    const wrongYears = clone(samples[0]!);
    wrongYears.report.period = '2017-19.Q2';
    for (const pack of [unknownIndicator, wrongYears]) {
      expect(validateJsonSchema(schema, pack)).toEqual([]);
      expect(packSchema.safeParse(pack).success).toBe(false);
    }
  });
});
