import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/result';
import { fixturePack } from '../test-support/fixture-pack';
import { useTempDirs } from '../test-support/temp-dir';
import { migrate, openDatabase } from './database';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { Store } from './store';

const tempDir = useTempDirs();
const NOW = '2026-01-01T00:00:00.000Z';

describe('migrations', () => {
  it('creates the whole schema from an empty file and records the version', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
      (row) => row.name,
    );
    for (const table of ['committees', 'meetings', 'reports', 'report_versions', 'sections', 'blocks', 'indicators', 'measurements', 'key_stats', 'annotations', 'annotation_tags', 'questions', 'question_evidence', 'settings']) {
      expect(tables).toContain(table);
    }
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'").all();
    expect(strict).toEqual([]);
    db.close();
  });

  it('runs all pending migrations in one transaction: a failing step leaves the database as it was', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    openDatabase(file).close();
    const broken = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'adds a table', up: 'CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT;' }, { version: SCHEMA_VERSION + 2, name: 'fails', up: 'CREATE TABLE broken (' }];
    const db = new Database(file);
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'extra'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a database written by a newer Briffio and leaves the file byte for byte untouched', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x INTEGER)');
    future.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    future.close();
    const before = readFileSync(file);
    let failure: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('database_newer');
    expect((failure as AppFailure).message).toMatch(/newer version of Briffio/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database with a clear error and does not overwrite it', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    writeFileSync(file, 'this is a shopping list, not a database'.repeat(200));
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'database_corrupt' }));
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('store', () => {
  it('writes a pack and reads it back as a report with sections, blocks, indicators and key stats', () => {
    const store = Store.open(path.join(tempDir(), 'db.sqlite'));
    const { reportId, created } = store.writePack(fixturePack(), { origin: 'import', now: NOW });
    expect(created).toBe(true);
    const report = store.report(reportId)!;
    expect(report.committee.name.cy).toBe('Pwyllgor Craffu Prawf');
    const en = report.versions.find((v) => v.lang === 'en')!;
    expect(en.sections.map((s) => s.heading)).toEqual(['Overview', 'Summary']);
    expect(en.sections[0]!.blocks.map((b) => [b.kind, b.number, b.listIndex])).toEqual([
      ['paragraph', '1', null],
      ['list_item', 'a', 0],
      ['list_item', 'b', 0],
    ]);
    expect(en.sections[1]!.blocks.map((b) => b.group)).toEqual(['working_well', 'worried', 'to_do']);
    expect(report.indicators).toHaveLength(1);
    expect(report.indicators[0]!.measurements.map((m) => [m.period, m.value])).toEqual([
      ['2020-21.Q1', 88],
      ['2020-21.Q2', 91.5],
    ]);
    expect(report.keyStats[0]!.value).toBe(512);
    store.close();
  });

  it('joins measurements of one indicator across reports by code, however the code is spelt', () => {
    const store = Store.open(path.join(tempDir(), 'db.sqlite'));
    store.writePack(fixturePack(), { origin: 'import', now: NOW });
    const later = fixturePack({ key: 'later-report', period: '2020-21.Q3', date: '2021-02-01', value: 93 });
    const renamed = { ...later, indicators: later.indicators.map((i) => ({ ...i, key: 'other-key', code: 'tst 001' })), measurements: later.measurements.map((m) => ({ ...m, indicator: 'other-key' })) };
    const { reportId } = store.writePack(renamed, { origin: 'import', now: NOW });
    const periods = store.report(reportId)!.indicators[0]!.measurements.map((m) => m.period);
    expect(periods).toEqual(['2020-21.Q1', '2020-21.Q1', '2020-21.Q2', '2020-21.Q3']);
    store.close();
  });

  it('lists committees, meetings and reports newest first', () => {
    const store = Store.open(path.join(tempDir(), 'db.sqlite'));
    store.writePack(fixturePack({ key: 'older', period: '2020-21.Q1', date: '2020-09-01', title: 'Older' }), { origin: 'import', now: NOW });
    store.writePack(fixturePack({ key: 'newer', period: '2020-21.Q2', date: '2020-11-10', title: 'Newer' }), { origin: 'import', now: NOW });
    const library = store.library();
    expect(library.committees).toHaveLength(1);
    expect(library.committees[0]!.meetings.map((m) => m.date)).toEqual(['2020-11-10', '2020-09-01']);
    expect(library.committees[0]!.meetings[0]!.reports[0]!.title.en).toBe('Newer');
    expect(library.committees[0]!.meetings[0]!.reports[0]!.languages).toEqual(['en']);
    store.close();
  });

  it('keeps settings across reopening the database', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const first = Store.open(file);
    expect(first.settings().language).toBe('en');
    first.updateSettings({ language: 'cy', languageChosen: true });
    first.close();
    const second = Store.open(file);
    expect(second.settings()).toMatchObject({ language: 'cy', languageChosen: true });
    second.close();
  });

  it('rolls back a pack that fails half way, leaving earlier data intact', () => {
    const store = Store.open(path.join(tempDir(), 'db.sqlite'));
    store.writePack(fixturePack(), { origin: 'import', now: NOW });
    const before = store.library();
    const bad = fixturePack({ key: 'bad-report', date: '2021-01-01' });
    // A measurement pointing at an indicator the pack does not define fails mid-write.
    const broken = { ...bad, measurements: [...bad.measurements, { ...bad.measurements[0]!, indicator: 'missing' }] };
    expect(() => store.writePack(broken, { origin: 'import', now: NOW })).toThrow();
    expect(store.library()).toEqual(before);
    store.close();
  });
});
