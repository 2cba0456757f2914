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
  'app.openDataFolder': [],
  'library.get': [],
  'report.get': [{}, { reportId: '1' }, { reportId: -1 }, { reportId: 1.5 }, { reportId: 1, extra: 2 }],
  'settings.get': [],
  'settings.update': [{}, { language: 'fr' }, { language: 'cy', colour: 'red' }, { textSize: 'huge' }, { languageChosen: 'yes' }, { backupFolder: 'relative/folder' }, { backupFolder: '' }, { backupFolder: 42 }],
  'indicators.list': [{ indicatorId: 1 }],
  'indicator.get': [{}, { indicatorId: '1' }, { indicatorId: 0 }, { indicatorId: -3 }, { indicatorId: 2.5 }, { indicatorId: 1, reportId: 1 }],
  'import.start': [
    {},
    { fileName: 'report.pdf' },
    { bytesBase64: 'JVBERi0=' },
    { fileName: '', bytesBase64: 'JVBERi0=' },
    { fileName: 'x'.repeat(256), bytesBase64: 'JVBERi0=' },
    { fileName: 'report.pdf', bytesBase64: 'not base64!' },
    { fileName: 'report.pdf', bytesBase64: 42 },
    { fileName: 'report.pdf', bytesBase64: 'JVBERi0=', path: '/etc/passwd' },
  ],
  'import.progress': [{}, { jobId: 'job-1' }, { jobId: 42 }, { jobId: '3f1b2c4d-0000-4000-8000-000000000000', extra: 1 }],
  'import.cancel': [{}, { jobId: '../../etc' }, { jobId: null }],
  'import.save': [
    {},
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000' },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { period: '2017/18 Q2' } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { period: '2017-19.Q2' } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { meetingDate: '16 January 2018' } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { committee: { mode: 'existing' } } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { committee: { mode: 'existing', key: 'Bad Key' } } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { committee: { mode: 'new', name: {}, council: {}, extra: 1 } } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { reportKind: 'minutes' } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { language: 'fr' } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { target: { mode: 'existing' } } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { target: { mode: 'existing', reportId: 0 } } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { droppedIndicatorKeys: 'cs-lac-58' } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { title: '   ' } },
    { jobId: '3f1b2c4d-0000-4000-8000-000000000000', corrections: { sql: 'DROP TABLE reports' } },
  ],
  'report.exportPack': [{}, { reportId: '1' }, { reportId: 0 }, { reportId: 1, format: 'csv' }],
  'search.query': [
    {},
    { text: 42 },
    { text: null },
    { text: 'x'.repeat(501) },
    { text: 'care', limit: 0 },
    { text: 'care', limit: 51 },
    { text: 'care', limit: 2.5 },
    { text: 'care', committeeId: '1' },
    { text: 'care', committeeId: 0 },
    { text: 'care', period: 'Q2 2017' },
    { text: 'care', period: 7 },
    { text: 'care', language: 'cy' },
  ],
  'search.rebuild': [{ force: true }],
  'meetings.list': [{ committeeId: '1' }, { committeeId: 0 }, { committeeId: 1.5 }, { committeeId: null }, { committeeId: 1, date: '2020-01-01' }],
  'meetings.create': [
    {},
    { committeeId: 1 },
    { date: '2020-01-01' },
    { committeeId: 1, date: '2020-02-30' },
    { committeeId: 1, date: '1 January 2020' },
    { committeeId: 1, date: '2020-1-1' },
    { committeeId: 1, date: 20200101 },
    { committeeId: -1, date: '2020-01-01' },
    { committeeId: 1, date: '2020-01-01', time: '10:00' },
  ],
  'questions.list': [{}, { meetingId: '1' }, { meetingId: 0 }, { meetingId: 1, language: 'cy' }],
  'questions.create': [
    {},
    { meetingId: 1 },
    { meetingId: 1, text: 'Why?' },
    { meetingId: 1, text: 'Why?', addressedTo: 'mayor' },
    { meetingId: 1, text: 42, addressedTo: 'director' },
    { meetingId: 1, text: 'x'.repeat(4001), addressedTo: 'director' },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', priority: 'urgent' },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', status: 'answered' },
    { meetingId: 1, text: 'Why?', addressedTo: 'other', addressedRole: 'x'.repeat(201) },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: {} },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: [{ kind: 'rumour' }] },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: [{ kind: 'report' }] },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: [{ kind: 'report', reportId: 1, measurementId: 3 }] },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: [{ kind: 'passage', reportId: 1, sectionKey: 'overview' }] },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: [{ kind: 'passage', reportId: 1, sectionKey: 'overview', blockIndex: -1 }] },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: [{ kind: 'passage', reportId: 1, sectionKey: 'overview', quote: '   ' }] },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: [{ kind: 'indicator', reportId: 1, indicatorId: 1, period: '2017/18 Q2' }] },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: [{ kind: 'change', reportId: 1, indicatorId: 1, period: '2017-18.Q2' }] },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: [{ kind: 'change', listChange: 'moved', reportId: 1, comparedReportId: 2, sectionKey: 's', quote: 'q' }] },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: [{ kind: 'annotation', annotationId: 'x' }] },
    { meetingId: 1, text: 'Why?', addressedTo: 'director', evidence: Array.from({ length: 51 }, () => ({ kind: 'report', reportId: 1 })) },
  ],
  'questions.update': [
    {},
    { id: 'not an id!' },
    { id: '3f1b2c4d-0000-4000-8000-000000000000' },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', status: 'carried_forward' },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', status: 'done' },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', answerNotes: 7 },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', answerNotes: 'x'.repeat(20001) },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', meetingId: 2 },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', position: 'V' },
  ],
  'questions.move': [
    {},
    { id: '3f1b2c4d-0000-4000-8000-000000000000' },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', toIndex: -1 },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', toIndex: 1.5 },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', direction: 'left' },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', toIndex: 1, direction: 'up' },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', position: 'V' },
  ],
  'questions.delete': [{}, { id: 42 }, { id: '' }, { id: '../../etc' }, { id: '3f1b2c4d-0000-4000-8000-000000000000', hard: true }],
  'questions.restore': [{}, { id: 42 }, { id: 'x'.repeat(65) }, { ids: ['3f1b2c4d-0000-4000-8000-000000000000'] }],
  'questions.addEvidence': [
    {},
    { questionId: '3f1b2c4d-0000-4000-8000-000000000000' },
    { questionId: '3f1b2c4d-0000-4000-8000-000000000000', evidence: [] },
    { questionId: '3f1b2c4d-0000-4000-8000-000000000000', evidence: { kind: 'indicator', reportId: 1 } },
    { questionId: 1, evidence: { kind: 'report', reportId: 1 } },
  ],
  'questions.removeEvidence': [
    {},
    { questionId: '3f1b2c4d-0000-4000-8000-000000000000' },
    { questionId: '3f1b2c4d-0000-4000-8000-000000000000', evidenceId: '1' },
    { questionId: '3f1b2c4d-0000-4000-8000-000000000000', evidenceId: 0 },
  ],
  'questions.carryForward': [
    {},
    { fromMeetingId: 1 },
    { fromMeetingId: 1, toMeetingId: 1 },
    { fromMeetingId: '1', toMeetingId: 2 },
    { fromMeetingId: 1, toMeetingId: 2, statuses: ['answered'] },
  ],
  'questions.export': [
    {},
    { meetingId: 1, format: 'markdown' },
    { meetingId: 1, format: 'pdf', language: 'en' },
    { meetingId: 1, format: 'text', language: 'fr' },
    { meetingId: 1, format: 'text', language: 'cy', includeNotes: false },
  ],
  'questions.savePdf': [
    {},
    { meetingId: 1 },
    { language: 'en' },
    { meetingId: 0, language: 'en' },
    { meetingId: '1', language: 'cy' },
    { meetingId: 1, language: 'fr' },
    { meetingId: 1, language: 'en', filePath: '/tmp/evil.pdf' },
  ],
  'annotations.list': [{}, { reportId: '1' }, { reportId: 0 }, { reportId: 1, colour: 'red' }, { reportId: 1, tag: '   ' }, { reportId: 1, tag: 'x'.repeat(65) }, { reportId: 1, text: 'care' }],
  'annotations.listAll': [{ text: 42 }, { text: 'x'.repeat(501) }, { colour: 'orange' }, { tag: '' }, { reportId: 1 }],
  'annotations.create': [
    {},
    { reportId: 1, colour: 'yellow' },
    { reportId: 1, colour: 'yellow', target: { kind: 'text', lang: 'en', sectionKey: 'overview', start: 5, end: 5 } },
    { reportId: 1, colour: 'yellow', target: { kind: 'text', lang: 'en', sectionKey: 'overview', start: 9, end: 3 } },
    { reportId: 1, colour: 'yellow', target: { kind: 'text', lang: 'en', sectionKey: 'overview', start: -1, end: 3 } },
    { reportId: 1, colour: 'yellow', target: { kind: 'text', lang: 'fr', sectionKey: 'overview', start: 0, end: 3 } },
    { reportId: 1, colour: 'yellow', target: { kind: 'text', lang: 'en', sectionKey: 'overview', start: 0, end: 3, exact: 'Vis' } },
    { reportId: 1, colour: 'yellow', target: { kind: 'section', lang: 'en' } },
    { reportId: 1, colour: 'yellow', target: { kind: 'indicator', indicatorId: '1' } },
    { reportId: 1, colour: 'yellow', target: { kind: 'page', page: 3 } },
    { reportId: 1, colour: 'red', target: { kind: 'section', lang: 'en', sectionKey: 'overview' } },
    { reportId: 1, colour: 'yellow', target: { kind: 'section', lang: 'en', sectionKey: 'overview' }, body: 42 },
    { reportId: 1, colour: 'yellow', target: { kind: 'section', lang: 'en', sectionKey: 'overview' }, body: 'x'.repeat(100_001) },
    { reportId: 1, colour: 'yellow', target: { kind: 'section', lang: 'en', sectionKey: 'overview' }, tags: 'urgent' },
    { reportId: 1, colour: 'yellow', target: { kind: 'section', lang: 'en', sectionKey: 'overview' }, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
    { reportId: 1, colour: 'yellow', target: { kind: 'section', lang: 'en', sectionKey: 'overview' }, id: '3f1b2c4d-0000-4000-8000-000000000000' },
  ],
  'annotations.update': [
    {},
    { id: '3f1b2c4d-0000-4000-8000-000000000000' },
    { id: 'not-a-uuid', body: 'x' },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', colour: 'black' },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', body: null },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', body: 'x', reportId: 2 },
    { id: '3f1b2c4d-0000-4000-8000-000000000000', target: { kind: 'section', lang: 'en', sectionKey: 'overview' } },
  ],
  'annotations.delete': [{}, { id: 42 }, { id: "'; DROP TABLE annotations; --" }, { id: '3f1b2c4d-0000-4000-8000-000000000000', hard: true }],
  'annotations.restore': [{}, { id: '' }, { id: '3f1b2c4d-0000-4000-8000-00000000000' }, { ids: ['3f1b2c4d-0000-4000-8000-000000000000'] }],
  'annotations.exportW3C': [{ format: 'json' }],
  'annotations.exportDocument': [{}, { format: 'markdown' }, { format: 'pdf', language: 'en' }, { format: 'html', language: 'fr' }, { format: 'html', language: 'cy', include: 'all' }],
  'annotations.importW3C': [{}, { document: 42 }, { document: null }, { document: ['not', 'a', 'collection'] }, { document: {}, merge: false }],
  'backup.export': [{ folder: '/tmp' }],
  'backup.restore': [{}, { document: 7 }, { document: true }, { document: {}, replace: true }],
  'backup.status': [{ verbose: true }],
  'backup.runNow': [{ folder: '/tmp' }],
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
