import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES, type CallName } from '../../shared/contract';
import { dispatch } from '../../shared/dispatch';
import type { LibraryView } from '../../shared/domain';
import type { Result } from '../../shared/result';
import { SCHEMA_VERSION } from '../store/migrations';
import { fixturePack } from '../test-support/fixture-pack';
import { makeAppRoot } from '../test-support/temp-app-root';
import { useTempDirs } from '../test-support/temp-dir';
import { openCore } from './open-core';

const tempDir = useTempDirs();

function open(dataDir = tempDir()) {
  const appRoot = makeAppRoot(tempDir(), [
    fixturePack({ key: 'first', period: '2020-21.Q1', date: '2020-09-01' }),
    fixturePack({ key: 'second', period: '2020-21.Q2', date: '2020-11-10' }),
  ]);
  return openCore({ dataDir, appRoot, version: '9.9.9', host: 'browser', now: () => '2026-01-01T00:00:00.000Z' });
}

function countRows(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  const { n } = db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number };
  db.close();
  return n;
}

describe('openCore', () => {
  it('seeds the sample library on first run, and opening again never duplicates it', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    const library = (await dispatch(first.handlers, 'library.get', {})) as Result<LibraryView>;
    expect(library.ok && library.value.committees[0]!.meetings.flatMap((m) => m.reports)).toHaveLength(2);
    first.close();
    const second = open(dataDir);
    second.close();
    const third = open(dataDir);
    third.close();
    for (const table of ['reports', 'report_versions', 'sections', 'blocks', 'measurements', 'indicators', 'committees', 'meetings']) {
      const once = open(tempDir());
      const expected = countRows(once.databaseFile, table);
      once.close();
      expect([table, countRows(path.join(dataDir, 'briffio.sqlite'), table)]).toEqual([table, expected]);
    }
  });

  it('answers app.info with the version, data folder and schema', async () => {
    const core = open();
    const info = await dispatch(core.handlers, 'app.info', {});
    expect(info).toEqual({
      ok: true,
      value: expect.objectContaining({ version: '9.9.9', dataDir: core.dataDir, schemaVersion: SCHEMA_VERSION, host: 'browser' }),
    });
    core.close();
  });

  it('tells listeners when settings change and persists them', async () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    const seen: string[] = [];
    core.onSettingsChanged((settings) => seen.push(settings.language));
    const result = await dispatch(core.handlers, 'settings.update', { language: 'cy', languageChosen: true });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ language: 'cy' }) });
    expect(seen).toEqual(['cy']);
    core.close();
    const again = open(dataDir);
    expect(again.getSettings().language).toBe('cy');
    again.close();
  });

  it('answers not_found for a report that does not exist', async () => {
    const core = open();
    expect(await dispatch(core.handlers, 'report.get', { reportId: 999 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: expect.any(String) },
    });
    core.close();
  });
});

/** Inputs no call accepts, plus inputs that are wrong for a specific call. */
const MALFORMED_FOR_EVERY_CALL: unknown[] = [null, 42, 'text', [], { unexpected: true }, { __proto__: { polluted: true }, extra: 1 }];
const MALFORMED_BY_CALL: Record<CallName, unknown[]> = {
  'app.info': [],
  'library.get': [],
  'report.get': [{}, { reportId: '1' }, { reportId: -1 }, { reportId: 1.5 }, { reportId: 1, extra: 2 }],
  'settings.get': [],
  'settings.update': [{}, { language: 'fr' }, { language: 'cy', colour: 'red' }, { textSize: 'huge' }, { languageChosen: 'yes' }],
};

describe('every call rejects malformed input and changes nothing', () => {
  for (const name of CALL_NAMES) {
    it(`${name} answers {ok:false, invalid_input} for malformed payloads`, async () => {
      const core = open();
      const file = core.databaseFile;
      core.store.db.pragma('wal_checkpoint(TRUNCATE)');
      const before = readFileSync(file);
      const settingsBefore = core.getSettings();
      for (const payload of [...MALFORMED_FOR_EVERY_CALL, ...MALFORMED_BY_CALL[name]]) {
        const result = await dispatch(core.handlers, name, payload);
        expect({ payload, result }).toEqual({ payload, result: { ok: false, error: { code: 'invalid_input', message: expect.stringContaining(name) } } });
      }
      expect(core.getSettings()).toEqual(settingsBefore);
      core.store.db.pragma('wal_checkpoint(TRUNCATE)');
      expect(readFileSync(file).equals(before)).toBe(true);
      core.close();
    });
  }

  it('refuses unknown call names', async () => {
    const core = open();
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      expect(await dispatch(core.handlers, name, {})).toEqual({ ok: false, error: { code: 'unknown_call', message: expect.any(String) } });
    }
    core.close();
  });
});
