import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionPlainText } from '../../shared/anchoring';
import { parseBackupDocument, type BackupDocument } from '../../shared/backup-model';
import { fixturePack } from '../test-support/fixture-pack';
import { useTempDirs } from '../test-support/temp-dir';
import { Store } from './store';

const tempDir = useTempDirs();
const T0 = '2026-01-01T09:00:00.000Z';
const META = { createdAt: '2026-01-03T09:00:00.000Z', appVersion: 'test', schemaVersion: 1 };
const FIRST = fixturePack({ key: 'first', period: '2020-21.Q1', date: '2020-09-01' });
const SECOND = fixturePack({ key: 'second', period: '2020-21.Q2', date: '2020-11-10' });
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function library(...packs: ReturnType<typeof fixturePack>[]): Store {
  const store = Store.open(path.join(tempDir(), 'db.sqlite'));
  for (const pack of packs) store.writePack(pack, { origin: 'import', now: T0 });
  return store;
}

function reportId(store: Store, key: string): number {
  return (store.db.prepare('SELECT id FROM reports WHERE key = ?').get(key) as { id: number }).id;
}

/** Private data of every kind: notes (one deleted), questions (one carried forward) with evidence, settings. */
function fillPrivateData(store: Store): void {
  const first = reportId(store, 'first');
  const second = reportId(store, 'second');
  const text = sectionPlainText(store.report(first)!.versions[0]!.sections[0]!);
  const start = text.indexOf('rose this quarter');
  store.annotations.create({ id: id(1), reportId: first, target: { kind: 'text', lang: 'en', sectionKey: 'overview', start, end: start + 17 }, colour: 'green', body: 'Why?', tags: ['visits', 'ask'] }, T0);
  store.annotations.create({ id: id(2), reportId: second, target: { kind: 'section', lang: 'en', sectionKey: 'summary' }, colour: 'blue', body: '', tags: [] }, T0);
  const indicatorId = store.report(second)!.indicators[0]!.indicator.id;
  store.annotations.create({ id: id(3), reportId: second, target: { kind: 'indicator', indicatorId }, colour: 'pink', body: 'Trend', tags: [] }, T0);
  store.annotations.create({ id: id(4), reportId: first, target: { kind: 'section', lang: 'en', sectionKey: 'overview' }, colour: 'yellow', body: 'Gone', tags: [] }, T0);
  store.annotations.delete(id(4), '2026-01-02T09:00:00.000Z');
  store.updateSettings({ language: 'cy', languageChosen: true, textSize: 'large', theme: 'dark' });

  // Questions are the questions area's; written here as plain rows so this test does not depend
  // on that area's calls, only on the tables every backup must carry.
  const meetingOf = (report: number) => (store.db.prepare('SELECT meeting_id FROM reports WHERE id = ?').get(report) as { meeting_id: number }).meeting_id;
  const insertQuestion = store.db.prepare(
    `INSERT INTO questions (id, meeting_id, text, addressed_to, priority, position, status, answer_notes, carried_from_id, created_at, updated_at)
     VALUES (?, ?, ?, 'director', 'high', ?, ?, ?, ?, ?, ?)`,
  );
  insertQuestion.run(id(11), meetingOf(first), 'Why did visits rise?', 'a0', 'carried_forward', '', null, T0, T0);
  insertQuestion.run(id(12), meetingOf(second), 'Why did visits rise?', 'a0', 'draft', 'Answer pending', id(11), T0, T0);
  const measurement = (store.db.prepare('SELECT id FROM measurements WHERE source_report_id = ? LIMIT 1').get(first) as { id: number }).id;
  const insertEvidence = store.db.prepare(
    `INSERT INTO question_evidence (question_id, ordinal, kind, report_id, section_key, indicator_id, measurement_id, annotation_id, quote, snapshot)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  insertEvidence.run(id(11), 0, 'indicator', first, null, indicatorId, measurement, null, null, 'Visits held on time: 91.5%');
  insertEvidence.run(id(11), 1, 'annotation', first, 'overview', null, null, id(1), 'rose this quarter', 'Why?');
}

describe('backup and restore of private data', () => {
  it('restores losslessly into a fresh library: notes, deleted notes, questions, evidence and settings', () => {
    const here = library(FIRST, SECOND);
    fillPrivateData(here);
    const backup = here.backups.exportDocument(META);
    // Library rows are named by stable keys, never by this laptop's row ids.
    const [carried] = backup.data.questions;
    expect(carried!.references['meeting_id']).toEqual({ table: 'meetings', committee: 'test-committee', date: '2020-09-01' });
    expect(carried!.evidence[0]!.references).toEqual({
      report_id: { table: 'reports', report: 'first' },
      indicator_id: { table: 'indicators', indicator: 'test-visits' },
      measurement_id: { table: 'measurements', indicator: 'test-visits', period: '2020-21.Q1', dimension: '', report: 'first' },
    });
    expect(carried!.evidence[0]!.columns).not.toHaveProperty('id');
    // It travels as a file: text, then parsed and checked as any restored file is.
    const parsed = parseBackupDocument(JSON.stringify(backup));
    expect(parsed.ok).toBe(true);

    const there = library(FIRST, SECOND);
    const summary = there.backups.restore((parsed as { document: BackupDocument }).document);
    expect(summary).toEqual({
      outcome: 'restored',
      annotations: { imported: 4, updated: 0, unchanged: 0, unplaced: 0 },
      questions: { imported: 2, updated: 0, unchanged: 0 },
      settingsRestored: true,
      skipped: [],
    });
    expect(there.backups.exportDocument(META)).toEqual(backup);
    expect(there.annotations.listAll()).toEqual(here.annotations.listAll());
    expect(there.annotations.get(id(4))).toBeNull();
    expect(there.settings()).toMatchObject({ language: 'cy', textSize: 'large', theme: 'dark' });
    here.close();
    there.close();
  });

  it('restoring the same backup again changes nothing, and a newer copy wins', () => {
    const here = library(FIRST, SECOND);
    fillPrivateData(here);
    const backup = here.backups.exportDocument(META);
    const there = library(FIRST, SECOND);
    there.backups.restore(backup);
    const again = there.backups.restore(backup);
    expect(again).toMatchObject({ annotations: { imported: 0, updated: 0, unchanged: 4 }, questions: { imported: 0, updated: 0, unchanged: 2 } });
    expect(there.backups.exportDocument(META)).toEqual(backup);

    there.annotations.update(id(1), { body: 'Edited here later' }, '2026-02-01T00:00:00.000Z');
    there.backups.restore(backup);
    expect(there.annotations.get(id(1))!.body).toBe('Edited here later');
    here.close();
    there.close();
  });

  it('skips, with the missing key, notes and questions whose report or meeting is not in the library', () => {
    const here = library(FIRST, SECOND);
    fillPrivateData(here);
    const backup = here.backups.exportDocument(META);
    const there = library(FIRST);
    const summary = there.backups.restore(backup);
    expect(summary.skipped).toEqual([
      { id: id(2), reason: 'report_missing', detail: 'second' },
      { id: id(3), reason: 'report_missing', detail: 'second' },
      { id: id(12), reason: 'meeting_missing', detail: 'test-committee 2020-11-10' },
    ]);
    expect(summary).toMatchObject({ annotations: { imported: 2 }, questions: { imported: 1 } });
    // The question that was carried forward keeps its evidence, including the note it cites.
    const evidence = there.db.prepare('SELECT kind, annotation_id, measurement_id IS NOT NULL AS measured FROM question_evidence ORDER BY ordinal').all();
    expect(evidence).toEqual([
      { kind: 'indicator', annotation_id: null, measured: 1 },
      { kind: 'annotation', annotation_id: id(1), measured: 0 },
    ]);
    here.close();
    there.close();
  });

  it('is a consistent snapshot of one moment: settings as typed, not the backup folder of this laptop', () => {
    const here = library(FIRST);
    here.updateSettings({ backupFolder: '/media/usb/briffio' });
    const backup = here.backups.exportDocument(META);
    expect(backup.data.settings).toEqual({ language: 'en', languageChosen: false, textSize: 'normal', theme: 'system' });
    const there = library(FIRST);
    there.backups.restore(backup);
    expect(there.settings().backupFolder).toBeNull();
    here.close();
    there.close();
  });
});

describe('parseBackupDocument', () => {
  it('names why a file is refused', () => {
    const store = library(FIRST);
    const backup = store.backups.exportDocument(META);
    store.close();
    expect(parseBackupDocument('not json at all')).toMatchObject({ ok: false, reason: 'not_json' });
    expect(parseBackupDocument({ format: 'briffio-pack', version: 1 })).toMatchObject({ ok: false, reason: 'wrong_format' });
    expect(parseBackupDocument({ ...backup, version: 2 })).toMatchObject({ ok: false, reason: 'newer_version' });
    expect(parseBackupDocument({ ...backup, data: { ...backup.data, annotations: [{ id: 'x' }] } })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseBackupDocument({ ...backup, data: { ...backup.data, questions: [{ columns: { id: 7 }, references: {}, evidence: [] }] } })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseBackupDocument({ ...backup, data: { ...backup.data, questions: [{ columns: { 'id; DROP TABLE x': 'a' }, references: {}, evidence: [] }] } })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
